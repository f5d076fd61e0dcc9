import { FINDING_CODES } from '../../../lib/model/codes';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../lib/findings/catalogue';
import { makeFinding } from '../../../lib/findings/make-finding';

describe('makeFinding', () => {
  it('carries the group and the sources of its row, copied', () => {
    const finding = makeFinding('SCOPED_TOKEN_ON_SITE_URL', { origin: 'https://acme.atlassian.net', cloudId: 'c-1' });
    expect(finding.group).toBe('url');
    expect(finding.sources).toEqual(CATALOGUE.SCOPED_TOKEN_ON_SITE_URL.sources);
    expect(finding.sources).not.toBe(CATALOGUE.SCOPED_TOKEN_ON_SITE_URL.sources);
    expect(finding.sources?.map((s) => s.url)).toContain('https://jira.atlassian.com/browse/CLOUD-12617');
  });

  it('gives every code a finding that survives the JSON round trip of a stored report', () => {
    for (const code of FINDING_CODES) {
      const finding = makeFinding(code);
      expect(JSON.parse(JSON.stringify(finding))).toEqual(finding);
    }
  });

  it('keeps the code a cause was raised under, with the words and severity of its own row', () => {
    const oauth = makeFinding('CREDENTIALS_REJECTED', { variant: 'oauth', status: '401' });
    expect(oauth.code).toBe('CREDENTIALS_REJECTED');
    expect(oauth.explanation).toContain('the access token is not accepted');
    expect(oauth.fix?.curl).toBeUndefined();

    const misspelt = makeFinding('HEADER_NAME_MISSPELLED', { detail: 'Acept', expected: 'Accept' });
    expect(misspelt.severity).toBe('warning');
    expect(makeFinding('HEADER_NAME_MISSPELLED', { detail: 'Authorisation', expected: 'Authorization' }).severity).toBe(
      'error',
    );
    expect(makeFinding('SMART_QUOTES', { flavour: 'powershell' }).severity).toBe('warning');
    expect(makeFinding('SMART_QUOTES', { flavour: 'sh' }).severity).toBe('error');

    const server = makeFinding('HTTP_NOT_HTTPS', { serverUrl: 'http://jira.example.com' });
    expect(server.explanation).toContain('Data Center server');
    expect(makeFinding('HTTP_NOT_HTTPS', { origin: 'https://acme.atlassian.net' }).explanation).toContain(
      'Atlassian Cloud only serves HTTPS',
    );
  });
});
