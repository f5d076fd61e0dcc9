/**
 * Jira and Confluence Data Center: a server of the customer's own. A personal access token goes as
 * `Authorization: Bearer <token>` (https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html);
 * a username with its password is a Basic login like any other, so neither a username nor a
 * non-Atlassian host is a mistake here. What is: a PAT sent as a Basic password
 * (https://github.com/cosmix/jira-mcp/issues/46), a Cloud API token or `email:token`
 * (https://github.com/ankitpokhrel/jira-cli/issues/323), Cloud-only paths `/rest/api/3` and
 * `/search/jql` (https://github.com/atlassian-api/atlassian-python-api/issues/1572), an email where
 * the login is the username (https://github.com/AtlassianPS/JiraPS/issues/353), Confluence paths
 * under `/wiki` or `/rest/api/1.0` (https://github.com/b1ff/atlassian-dc-mcp/issues/2,
 * https://github.com/atlassian-api/atlassian-python-api/issues/1672). The server URL is judged by
 * the engine's own `parseServerUrl`.
 */
import { parseServerUrl } from '../../../atlassian/server-url';
import { maskEmail } from '../../../atlassian/responses';
import { makeFinding } from '../../../findings/make-finding';
import type { Finding } from '../../../model/report';
import type { RequestFacts } from '../../facts';
import { emailPlaceholder, secretPlaceholder } from '../../read/placeholders';
import { isAtlassianApiToken, looksLikeDcPat } from '../../read/token-kinds';
import { spanIn } from '../../read/words';
import { encodingFindings } from '../credential';
import { decidedBy } from '../rule';
import type { TargetRules } from './types';

const EMAIL = /^[^\s@:]+@[^\s@:]+\.[^\s@:]+$/;
const CLOUD_ONLY_PATH = /\/rest\/api\/3(?=[/?#]|$)|\/search\/jql(?=[/?#]|$)/;

/** The Data Center path the Cloud-only one stands for: `/rest/api/2/…`, `/search` for `/search/jql`. */
export function dataCenterPath(path: string): string {
  return path.replace(/\/rest\/api\/3(?=[/?#]|$)/, '/rest/api/2').replace(/\/search\/jql(?=[/?#]|$)/, '/search');
}

/** The Confluence Data Center path for `/rest/api/1.0/…`: the same without the version. */
export function confluenceDcPath(path: string): string {
  return path.replace(/\/rest\/api\/1\.0(?=\/)/, '/rest/api');
}

function urlRules(facts: RequestFacts, source: string): Finding[] {
  const { target, request, urlParts } = facts;
  const url = request.url;
  if (!url || !urlParts) return [];
  const at = (part: string) => spanIn(source, url.span, part);
  const findings: Finding[] = [];
  if (urlParts.placeholders.length > 0) {
    findings.push({
      ...makeFinding(
        'URL_PLACEHOLDER',
        { detail: urlParts.placeholders.join(', ') },
        { evidence: [`URL: ${url.value}`] },
      ),
      spans: urlParts.placeholders.map(at),
    });
    if (urlParts.placeholderInHost) return findings;
  }
  const base = `${urlParts.scheme ? `${urlParts.scheme}://` : ''}${urlParts.hostText}${target.contextPath ?? ''}`;
  const server = parseServerUrl(base);
  const serverUrl = server.ok ? server.base : base;
  for (const problem of server.problems) {
    if (problem.code === 'URL_PLACEHOLDER') continue;
    findings.push({
      ...makeFinding(problem.code, { detail: problem.detail, host: target.host, serverUrl }),
      spans: [problem.code === 'HTTP_NOT_HTTPS' ? at(`${urlParts.scheme ?? 'http'}://`) : url.span],
    });
  }
  const bare = target.path.replace(/[?#].*$/, '');
  if (target.id === 'jira-dc') {
    const cloudOnly = CLOUD_ONLY_PATH.exec(bare);
    if (cloudOnly)
      findings.push({
        ...makeFinding('WRONG_API_VERSION_FOR_DATA_CENTER', {
          variant: 'request',
          path: cloudOnly[0],
          serverUrl,
          expected: dataCenterPath(bare),
        }),
        spans: [at(cloudOnly[0])],
      });
  } else {
    if (target.contextPath === '/wiki')
      findings.push({ ...makeFinding('CONFLUENCE_DC_UNDER_WIKI'), spans: [at('/wiki')] });
    if (/\/rest\/api\/1\.0\//.test(bare))
      findings.push({ ...makeFinding('CONFLUENCE_DC_API_1_0'), spans: [at('/rest/api/1.0')] });
  }
  return findings;
}

function credentialRules(facts: RequestFacts, source: string): Finding[] {
  const { credential, request } = facts;
  if (!credential) return [{ ...makeFinding('NO_CREDENTIALS_SENT'), spans: request.url ? [request.url.span] : [] }];
  const reading = credential.reading;
  const findings = encodingFindings(credential, reading);
  const add = (finding: Finding, spans = [credential.span]) => findings.push({ ...finding, spans });
  if (credential.unresolved.length > 0 || credential.scheme === 'other') return findings;

  if (credential.scheme === 'bearer') {
    const token = credential.secret ?? '';
    if (reading.bearer === 'placeholder')
      add(makeFinding('CREDENTIAL_PLACEHOLDER', { detail: reading.placeholder, expected: 'personal access token' }));
    else if (isAtlassianApiToken(token))
      add(makeFinding('CLOUD_TOKEN_ON_DATA_CENTER', { detail: 'The Bearer value (ATATT…)' }), [
        credential.header?.valueSpan ?? credential.span,
      ]);
    return findings;
  }

  // Basic, or a pair without a scheme: the header's own base64 may be a PAT itself.
  const raw = /^\s*basic\s+(\S+)\s*$/i.exec(credential.header?.value ?? '')?.[1];
  if (raw !== undefined && looksLikeDcPat(raw)) {
    add(makeFinding('PAT_SENT_AS_BASIC', { detail: 'The Basic value' }));
    return findings;
  }
  if (credential.scheme === 'basic' && !credential.decoded && credential.from === 'header') {
    const value = credential.rawValue ?? '';
    const placeholder = secretPlaceholder(value);
    if (placeholder)
      add(makeFinding('CREDENTIAL_PLACEHOLDER', { detail: placeholder, expected: 'base64 of username:token' }));
    else if (looksLikeDcPat(value)) add(makeFinding('PAT_SENT_AS_BASIC', { detail: 'The Basic value' }));
    else {
      const colon = value.indexOf(':');
      const secret = colon < 0 ? '' : value.slice(colon + 1);
      if (looksLikeDcPat(secret)) add(makeFinding('PAT_SENT_AS_BASIC', { detail: 'The Basic value "user:token"' }));
      else if (isAtlassianApiToken(secret))
        add(makeFinding('CLOUD_TOKEN_ON_DATA_CENTER', { detail: 'The Basic value "email:API token"' }));
      add(makeFinding('BASIC_NOT_ENCODED', { detail: colon < 0 ? undefined : 'username:token' }));
    }
    return findings;
  }
  const user = (credential.user ?? '').trim();
  const secret = (credential.secret ?? '').trim();
  const where =
    credential.from === 'user-option'
      ? 'The -u value'
      : credential.from === 'url-user'
        ? 'The user info of the URL'
        : 'The Basic credential';
  const badUser = emailPlaceholder(user) ?? (user !== '' ? secretPlaceholder(user) : undefined);
  const badSecret = secretPlaceholder(secret);
  if (badUser || badSecret)
    add(
      makeFinding('CREDENTIAL_PLACEHOLDER', {
        detail: [badUser, badSecret].filter(Boolean).join(', '),
        expected: 'username and token',
      }),
    );
  if (isAtlassianApiToken(secret) || isAtlassianApiToken(user))
    add(makeFinding('CLOUD_TOKEN_ON_DATA_CENTER', { detail: `${where} (email:API token)` }));
  else if (looksLikeDcPat(secret) || (!credential.hasColon && looksLikeDcPat(user)))
    add(makeFinding('PAT_SENT_AS_BASIC', { detail: where }));
  else if (EMAIL.test(user) && !badUser)
    add(makeFinding('DC_LOGIN_CASE_SENSITIVE', { detail: maskEmail(user) }), [
      credential.from === 'header' ? credential.span : spanIn(source, credential.span, user),
    ]);
  return findings;
}

export const dataCenterRules: TargetRules = (facts, source) => [
  ...decidedBy(
    facts.target,
    facts.target.id === 'jira-dc'
      ? 'the server and its context path, then /rest/api/2'
      : 'the server and its context path, then /rest/api',
    urlRules(facts, source),
  ),
  ...decidedBy(
    facts.target,
    'a personal access token goes as Bearer; Basic is the username and its password',
    credentialRules(facts, source),
  ),
];
