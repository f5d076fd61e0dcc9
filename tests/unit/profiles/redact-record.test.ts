import { describe, expect, it } from 'vitest';
import { REMOVED, redactedJson, redactRecord } from '../../../lib/profiles/redact-record';

const TOKEN = 'ATATT3xFfGF0abcdefghijklmnop0123456789ABCD1234';
/** A broken record keeps its secret under a name that does not sound like one. */
const under = (value: string) => ({ v: 9, profile: { id: 'broken', note: value } });

describe('redactRecord: by shape, whatever the key is called', () => {
  it('removes a token with a trailing newline (as pasted)', () => {
    expect(redactedJson(under(`${TOKEN}\n`))).not.toContain(TOKEN.slice(0, 20));
    expect(redactedJson(under(`  ${TOKEN}  `))).not.toContain(TOKEN.slice(0, 20));
  });

  it('removes the credential of a Basic or Bearer value and keeps the scheme', () => {
    const basic = Buffer.from(`ada@acme.com:${TOKEN}`).toString('base64');
    expect(redactRecord(under(`Basic ${basic}`))).toEqual(under(`Basic ${REMOVED}`));
    expect(redactRecord(under(`Bearer abc.def-ghi`))).toEqual(under(`Bearer ${REMOVED}`));
    expect(redactedJson(under(`Authorization: Basic ${basic}`))).not.toContain(basic.slice(0, 12));
  });

  it('removes the user info of a URL', () => {
    const out = redactedJson(under(`https://ada%40acme.com:${TOKEN}@acme.atlassian.net/rest/api/3/myself`));
    expect(out).not.toContain(TOKEN.slice(0, 20));
    expect(out).not.toContain('ada%40acme.com');
    expect(out).toContain('acme.atlassian.net/rest/api/3/myself');
    expect(redactedJson(under('https://admin:Winter2026!@jira.corp.example/'))).not.toContain('Winter2026');
  });

  it('removes the query values of a URL', () => {
    const out = redactedJson(under(`https://acme.atlassian.net/rest/api/3/myself?os_authType=basic&token=S3cr3tValue`));
    expect(out).not.toContain('S3cr3tValue');
    expect(out).not.toContain('=basic');
    expect(out).toContain('https://acme.atlassian.net/rest/api/3/myself?os_authType=');
  });

  it('removes a short Data Center token (23 characters)', () => {
    const pat = 'NjQ3ODk4NzY1NDMyOpH4sT8';
    expect(pat).toHaveLength(23);
    expect(redactedJson(under(pat))).not.toContain(pat);
    expect(redactedJson(under(`${pat}\r\n`))).not.toContain(pat);
  });

  it('removes a token-shaped word inside other text', () => {
    expect(redactedJson(under(`my token ${TOKEN} here`))).not.toContain(TOKEN.slice(0, 20));
  });

  it('keeps what the user needs to see what went wrong', () => {
    const kept = {
      kind: 'oauth-access-token',
      name: 'Acme admin (prod)',
      email: 'ada2@acme.example',
      siteUrl: 'https://acme2.atlassian.net',
      serverUrl: 'https://jira-locked.internal.example:8443/jira',
      host: 'acme2.atlassian.net',
      createdAt: '2026-01-10T09:00:00.000Z',
      v: 2,
    };
    expect(redactRecord(kept)).toEqual(kept);
  });
});
