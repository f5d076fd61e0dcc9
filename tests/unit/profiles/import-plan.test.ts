import { describe, expect, it } from 'vitest';
import { planImport, secretDestination } from '../../../lib/profiles/import-plan';
import type { PublicProfile } from '../../../lib/profiles/record';

const at = '2026-01-10T09:00:00.000Z';
const dc = (serverUrl: string, id = 'dc-a'): PublicProfile => ({
  id,
  kind: 'dc-pat',
  name: 'Jira A',
  serverUrl,
  createdAt: at,
  updatedAt: at,
});
const cloud = (siteUrl: string): PublicProfile => ({
  id: 'c-1',
  kind: 'cloud-api-token',
  name: 'Acme',
  siteUrl,
  email: 'ada@acme.com',
  createdAt: at,
  updatedAt: at,
});

describe('secretDestination', () => {
  it('names where the secret is sent: the site host, the server origin, the kind', () => {
    expect(secretDestination(dc('https://jira-a.corp.example/jira'))).toBe('https://jira-a.corp.example');
    expect(secretDestination(cloud('acme.atlassian.net/'))).toBe('acme.atlassian.net');
    expect(secretDestination(cloud('https://ACME.atlassian.net.'))).toBe('acme.atlassian.net');
  });
});

describe('planImport: a replace that sends the stored secret elsewhere', () => {
  it('says the destination changes, old → new (Data Center server moved to another origin)', () => {
    const [planned] = planImport(
      [{ profile: dc('https://jira-b.other.example') }],
      [dc('https://jira-a.corp.example')],
    );
    expect(planned).toMatchObject({
      status: 'conflict',
      destination: { from: 'https://jira-a.corp.example', to: 'https://jira-b.other.example' },
    });
  });

  it('a change of kind or of site host is a change of destination; a new path on the same origin is not', () => {
    const other = { ...cloud('https://other.atlassian.net'), id: 'c-1' };
    expect(planImport([{ profile: other }], [cloud('https://acme.atlassian.net')])[0]?.destination).toEqual({
      from: 'acme.atlassian.net',
      to: 'other.atlassian.net',
    });
    const renamed = { ...dc('https://jira-a.corp.example/jira'), name: 'Renamed' };
    expect(planImport([{ profile: renamed }], [dc('https://jira-a.corp.example')])[0]?.destination).toBeUndefined();
    const asOauth: PublicProfile = {
      id: 'c-1',
      kind: 'oauth-access-token',
      name: 'Acme',
      siteUrl: 'https://acme.atlassian.net',
      createdAt: at,
      updatedAt: at,
    };
    expect(planImport([{ profile: asOauth }], [cloud('https://acme.atlassian.net')])[0]?.destination).toBeDefined();
  });
});
