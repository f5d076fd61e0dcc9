/** Local checks of a Jira Data Center personal access token and its server URL. */
import { readEmailTokenPair, startsWithEmailPair } from '../../atlassian/email';
import { maskEmail } from '../../atlassian/responses';
import { parseServerUrl } from '../../atlassian/server-url';
import { classifyTokenShape, decodeEmailTokenPair } from '../../atlassian/token-shape';
import { makeFinding } from '../../findings/make-finding';
import type { Finding } from '../../model/report';
import { controlCharacterFinding, whitespaceFinding } from '../shared';

export interface DcPatLint {
  findings: Finding[];
  pat: string;
  server?: { origin: string; host: string; contextPath: string; base: string };
  canSendCredential: boolean;
}

/**
 * An `email:password` login in the token field (plain or base64), whose password is not a Cloud
 * API token: as Basic, Data Center logs in with the username, which may be case-sensitive, and
 * answers "The user could not be authenticated." to the email
 * (https://github.com/AtlassianPS/JiraPS/issues/353).
 */
function emailLogin(pat: string): Finding | undefined {
  let text = pat;
  if (!startsWithEmailPair(pat)) {
    try {
      text = atob(pat);
    } catch {
      return undefined;
    }
  }
  const pair = readEmailTokenPair(text);
  const secret = text.slice(text.indexOf(':') + 1);
  if (!pair || secret === '' || secret.startsWith('ATATT')) return undefined;
  const detail = maskEmail(pair.email);
  return makeFinding(
    'DC_LOGIN_CASE_SENSITIVE',
    { detail },
    { field: 'pat', evidence: [`Personal access token: a login of an email (${detail}) and its password`] },
  );
}

export function lintDcPat(input: { serverUrl: string; pat: string }): DcPatLint {
  const findings: Finding[] = [];
  const server = parseServerUrl(input.serverUrl);
  for (const problem of server.problems) {
    findings.push(
      makeFinding(
        problem.code,
        {
          detail: problem.detail,
          host: server.host,
          serverUrl: server.ok ? server.base : undefined,
          origin: server.ok ? server.base : undefined,
        },
        { field: 'serverUrl', evidence: [`Server URL: ${problem.detail}`] },
      ),
    );
  }
  const pat = input.pat.replace(/\s+/g, '');
  let canSend = server.ok;
  const shape = classifyTokenShape(input.pat);
  if (pat === '') {
    findings.push(makeFinding('TOKEN_MISSING', { detail: 'personal access token' }, { field: 'pat' }));
    canSend = false;
  } else if (pat.startsWith('ATATT') || shape.kind === 'base64-email-token' || startsWithEmailPair(pat)) {
    const pair = decodeEmailTokenPair(pat);
    const detail = pat.startsWith('ATATT')
      ? 'An ATATT… value (an Atlassian Cloud API token)'
      : `An email:token pair${pair ? ` for ${pair.email}` : ''}`;
    findings.push(
      makeFinding(
        'CLOUD_TOKEN_ON_DATA_CENTER',
        { detail },
        { field: 'pat', evidence: [`Personal access token: ${detail}`] },
      ),
    );
    const login = emailLogin(pat);
    if (login) findings.push(login);
    canSend = false;
  } else if (shape.kind === 'basic-header' || shape.kind === 'bearer-header') {
    findings.push(
      makeFinding(
        'TOKEN_LOOKS_ENCODED',
        { detail: 'a whole Authorization header value' },
        { field: 'pat', evidence: ['Personal access token: starts with an auth scheme'] },
      ),
    );
    canSend = false;
  } else if (shape.kind === 'jwt') {
    findings.push(
      makeFinding(
        'TOKEN_IS_JWT',
        { detail: shape.tokenType },
        { field: 'pat', evidence: ['Personal access token: a JWT'] },
      ),
    );
    canSend = false;
  }
  const control = controlCharacterFinding(input.pat, 'pat', 'Personal access token');
  if (control) {
    findings.push(control);
    canSend = false;
  }
  const ws = pat === '' ? undefined : whitespaceFinding(input.pat, 'pat', 'Personal access token');
  if (ws) findings.push(ws);
  const result: DcPatLint = { findings, pat, canSendCredential: canSend };
  if (server.ok)
    result.server = { origin: server.origin, host: server.host, contextPath: server.contextPath, base: server.base };
  return result;
}
