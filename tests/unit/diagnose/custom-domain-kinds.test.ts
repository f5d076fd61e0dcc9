/**
 * Every kind against a custom domain typed where it does not belong, or where it does: no secret
 * ever reaches a host the kind has not recognised. The Cloud kinds ask a custom domain anonymously
 * first; the gateway and Bitbucket kinds never send to it at all; a Data Center token goes to the
 * one server origin the user granted and nowhere else. Both layers are checked: the emulator's log
 * of what was sent, and each kind's own request policy.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../lib/diagnose/diagnose';
import { driverOf } from '../../../lib/kinds';
import type { Profile } from '../../../lib/model/profile';
import * as world from '../../../emulator';
import { emulatedEngine, STAMP } from './emulated-engine';

const CUSTOM_HOST = world.GLOBEX_CUSTOM_HOST;
const custom = `https://${CUSTOM_HOST}`;
const stamp = STAMP;

function setup(granted: (origin: string) => boolean) {
  return emulatedEngine({ granted });
}

/** The hosts that received a request carrying the secret. */
async function secretHosts(profile: Profile, granted: (origin: string) => boolean = () => true): Promise<string[]> {
  const { recorder, deps } = setup(granted);
  await diagnose(profile, deps);
  return [...new Set(recorder.requests.filter((r) => r.hadAuthorization).map((r) => r.host))].sort();
}

/** Would this profile's own request policy let its secret go to the custom domain? */
function policyAllowsCustom(profile: Profile): boolean {
  return driverOf(profile.kind).diagnosis((steps) => {
    const lint = steps.lint(profile, Date.now());
    return steps.policy(lint)(`${custom}/rest/api/3/myself`).allowed;
  });
}

const cases: { name: string; profile: Profile; hosts: string[] }[] = [
  {
    name: 'an organization API key with the custom domain as its org id',
    profile: { ...stamp, kind: 'org-admin-key', apiKey: world.ORG_API_KEY, orgId: custom },
    hosts: ['api.atlassian.com'],
  },
  {
    name: 'an organization API key',
    profile: { ...stamp, kind: 'org-admin-key', apiKey: world.ORG_API_KEY, orgId: '' },
    hosts: ['api.atlassian.com'],
  },
  {
    name: 'a Bitbucket API token with the custom domain as its workspace',
    profile: {
      ...stamp,
      kind: 'bitbucket-api-token',
      email: world.ADMIN_EMAIL,
      bitbucketApiToken: world.BITBUCKET_API_TOKEN,
      workspace: CUSTOM_HOST,
    },
    hosts: ['api.bitbucket.org'],
  },
  {
    name: 'a Bitbucket access token with the custom domain as its workspace',
    profile: {
      ...stamp,
      kind: 'bitbucket-access-token',
      bitbucketAccessToken: world.BITBUCKET_WORKSPACE_ACCESS_TOKEN,
      workspace: custom,
    },
    hosts: ['api.bitbucket.org'],
  },
  {
    name: 'an OAuth token whose Site URL is the custom domain',
    profile: { ...stamp, kind: 'oauth-access-token', accessToken: world.GLOBEX_OAUTH_TOKEN, siteUrl: custom },
    hosts: ['api.atlassian.com'],
  },
];

describe('a custom domain never receives a secret of a kind that does not go there', () => {
  it.each(cases)('$name: only $hosts', async ({ profile, hosts }) => {
    const sent = await secretHosts(profile);
    expect(sent.every((h) => hosts.includes(h))).toBe(true);
    expect(sent).not.toContain(CUSTOM_HOST);
    expect(policyAllowsCustom(profile)).toBe(false);
  });
});

describe('the kinds whose secret may go to a custom domain', () => {
  it('a Cloud API token: only once the domain was recognised in the run (the policy refuses it before)', async () => {
    const profile: Profile = {
      ...stamp,
      kind: 'cloud-api-token',
      siteUrl: custom,
      email: world.GLOBEX_EMAIL,
      apiToken: world.GLOBEX_UNSCOPED_TOKEN,
    };
    expect(policyAllowsCustom(profile)).toBe(false);
    // Recognised, the cloudId tenant_info named is cached: the site and the gateway are asked at once.
    expect(await secretHosts(profile)).toEqual(['api.atlassian.com', CUSTOM_HOST]);
    // Not Cloud (a Data Center server): nothing with the secret anywhere.
    expect(await secretHosts({ ...profile, siteUrl: `https://${world.DC_HOST}` })).toEqual([]);
  });

  it('a Data Center token: only to its own granted server, never to another custom domain', async () => {
    const profile: Profile = { ...stamp, kind: 'dc-pat', serverUrl: `https://${world.DC_HOST}`, pat: world.DC_PAT };
    expect(policyAllowsCustom(profile)).toBe(false);
    expect(await secretHosts(profile)).toEqual([world.DC_HOST]);
    // Not granted by the browser: nothing is sent at all.
    expect(await secretHosts(profile, () => false)).toEqual([]);
  });
});
