import { describe, expect, it } from 'vitest';
import { verdictSentence } from '@/components/verdict';
import { makeFinding } from '@/lib/findings/make-finding';
import type { FindingCode } from '@/lib/model/codes';
import type { Verdict } from '@/lib/model/report';
import { orderFindings, verdictOf } from '@/lib/model/verdict';

function sentence(codes: FindingCode[], params: Record<string, string> = {}, verdict?: Verdict): string {
  const findings = orderFindings(codes.map((code) => makeFinding(code, params)));
  return verdictSentence({ verdict: verdict ?? verdictOf(findings), findings });
}

describe('the sentence a report opens with, read from the findings’ groups', () => {
  it.each<[FindingCode[], string]>([
    [['AUTH_OK', 'TOKEN_UNSCOPED'], 'This token works'],
    [['AUTH_OK', 'TOKEN_SCOPED'], 'This token works through the API gateway only'],
    [['TOKEN_SCOPED', 'SCOPED_TOKEN_ON_SITE_URL'], 'This token works through the API gateway only'],
    [['HTTP_NOT_HTTPS', 'AUTH_OK', 'TOKEN_UNSCOPED'], 'This token works, with warnings'],
    [['RATE_LIMITED'], 'Token Doctor got no usable answer from Atlassian: nothing was learnt about the credential'],
    [['AUTH_OK', 'RATE_LIMITED'], 'This token works, with warnings'],
    [
      ['SCOPE_MISSING', 'SCOPED_TOKEN_ON_SITE_URL'],
      'This is a genuine scoped token, but its scopes do not cover the check: it was not shown to work for anything',
    ],
    [['CREDENTIALS_REJECTED'], 'Atlassian rejected these credentials'],
    [['ANONYMOUS_FALLBACK'], 'Atlassian rejected these credentials'],
    [['CAPTCHA_REQUIRED'], 'Atlassian rejected these credentials'],
    [['ADMIN_KEY_REJECTED'], 'Atlassian rejected these credentials'],
    [['OAUTH_TOKEN_EXPIRED'], 'Atlassian rejected these credentials'],
    [['PAT_REJECTED'], 'The server rejected this token'],
    [['AUTH_OK', 'NOT_SITE_ADMIN'], 'The credentials work, but a check failed'],
    [['TOKEN_IS_JWT'], 'This is not the kind of credential chosen'],
    [['PAT_ON_CLOUD'], 'This is not the kind of credential chosen'],
    [['OAUTH_WRONG_TOKEN_TYPE'], 'This is not the kind of credential chosen'],
    [['URL_MISSING_CONTEXT_PATH'], "The server URL is not where Jira's REST API lives"],
    [['HOST_PERMISSION_MISSING'], 'Token Doctor may not contact this server yet'],
    [['OAUTH_SITE_NOT_GRANTED', 'OAUTH_GRANT'], 'The app was not granted this site'],
    [['OAUTH_NO_SITES'], 'The app was not granted this site'],
    [['ADMIN_ORG_NOT_FOUND'], 'The key cannot see this organization'],
    [['IP_NOT_ALLOWLISTED'], 'Atlassian refused this request'],
    [['FORBIDDEN'], 'Atlassian refused this request'],
    [['TIMEOUT'], 'Token Doctor got no usable answer from Atlassian: nothing was learnt about the credential'],
    [['SERVER_ERROR'], 'Token Doctor got no usable answer from Atlassian: nothing was learnt about the credential'],
    [['SITE_NOT_FOUND'], 'The site URL does not lead to an Atlassian Cloud site'],
    [['REDIRECTED'], 'The site URL redirects: the integration must use the address it leads to'],
    [['REDIRECTED', 'SERVER_ERROR'], 'The site URL redirects: the integration must use the address it leads to'],
    [['EMAIL_MISSING'], 'This credential does not work as entered'],
  ])('%j → %s', (codes, expected) => {
    expect(sentence(codes)).toBe(expected);
  });

  it('opens a rejected OAuth token (the OAuth row of CREDENTIALS_REJECTED) the same way', () => {
    expect(sentence(['CREDENTIALS_REJECTED'], { variant: 'oauth' })).toBe('Atlassian rejected these credentials');
  });

  it('still opens a report stored before findings carried a group or headline', () => {
    const finding = { ...makeFinding('IP_NOT_ALLOWLISTED'), group: undefined, headline: undefined };
    expect(verdictSentence({ verdict: 'error', findings: [finding] })).toBe(
      'This check failed: the findings below say why',
    );
  });
});
