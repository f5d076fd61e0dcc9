/**
 * Hostile input shared by the engine test (tests/unit/hostile-inputs.test.ts) and the form test
 * (tests/component/storage-hostile-form.test.tsx): each row replaces one field of a good profile.
 */
import * as world from '../../emulator';

export const GOOD = { siteUrl: `https://${world.ACME_HOST}`, email: world.ADMIN_EMAIL, apiToken: world.UNSCOPED_TOKEN };
const MB = 1024 * 1024;

export type HostileField = 'siteUrl' | 'email' | 'apiToken';

export const HOSTILE_INPUTS: [string, HostileField, string][] = [
  ['an empty site URL', 'siteUrl', ''],
  ['a site URL of blanks', 'siteUrl', '   \t '],
  ['words instead of a URL', 'siteUrl', 'not a url at all'],
  ['a javascript: URL', 'siteUrl', 'javascript:alert(document.cookie)'],
  ['a scheme alone', 'siteUrl', 'https://'],
  ['user info hiding another host', 'siteUrl', 'https://acme.atlassian.net@evil.example'],
  ['a non-Atlassian host', 'siteUrl', 'https://evil.example'],
  ['an ftp URL', 'siteUrl', 'ftp://acme.atlassian.net'],
  ['a port', 'siteUrl', 'https://acme.atlassian.net:8443'],
  ['a Cyrillic look-alike host', 'siteUrl', 'https://аcme.atlassian.net'],
  ['a punycode host', 'siteUrl', 'https://xn--acme-9ua.atlassian.net'],
  ['a NUL in the URL', 'siteUrl', 'https://acme.atlassian.net/\u0000'],
  ['a header injection in the URL', 'siteUrl', 'https://acme.atlassian.net\r\nX-Injected: 1'],
  ['a 1 MB URL', 'siteUrl', `https://${'a'.repeat(MB)}.atlassian.net`],
  ['an emoji host', 'siteUrl', 'https://🙂.atlassian.net'],
  ['a right-to-left override in the URL', 'siteUrl', '\u202Eten.naissalta.emca//:sptth'],
  ['a placeholder', 'siteUrl', 'https://{your-domain}.atlassian.net'],
  ['an empty email', 'email', ''],
  ['not an email', 'email', 'ada at acme'],
  ['an email with a newline', 'email', `${world.ADMIN_EMAIL}\n`],
  ['an email with a NUL', 'email', `ada\u0000@acme.com`],
  ['a non-Latin email', 'email', 'ады@акме.рф'],
  ['an emoji email', 'email', '😀@acme.com'],
  ['a 1 MB email', 'email', `${'a'.repeat(MB)}@acme.com`],
  ['a right-to-left email', 'email', '\u202Emoc.emca@ada'],
  ['an empty token', 'apiToken', ''],
  ['a token of blanks', 'apiToken', ' \t '],
  ['a token with a NUL', 'apiToken', `${world.UNSCOPED_TOKEN.slice(0, 20)}\u0000${world.UNSCOPED_TOKEN.slice(20)}`],
  ['a token with CR LF and a header', 'apiToken', `${world.UNSCOPED_TOKEN}\r\nX-Evil: 1`],
  ['a 1 MB token', 'apiToken', `ATATT${'x'.repeat(MB)}`],
  ['an emoji token', 'apiToken', '🔑🔑🔑🔑🔑🔑🔑🔑'],
  ['a right-to-left token', 'apiToken', `\u202E${world.UNSCOPED_TOKEN}`],
  ['a pasted Basic header', 'apiToken', 'Basic YWRhQGFjbWUuY29tOkFUQVRUeHh4'],
  ['a Bearer value', 'apiToken', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc'],
];
