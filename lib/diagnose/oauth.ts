/**
 * Diagnosis of an OAuth 2.0 (3LO) access token. The JWT is read locally first (expiry, scopes,
 * client id, type: facts §3.2); an expired or wrong-type token is reported without a call that
 * cannot succeed. Then accessible-resources tells which sites the grant reaches (facts §3.1), and
 * /myself through the gateway checks the token on the chosen site (or on each granted Jira site).
 * The token goes to api.atlassian.com only (facts §1.9); it is never refreshed (facts §3.3).
 */
import { JIRA_MYSELF, OAUTH_ACCESSIBLE_RESOURCES_URL } from '../atlassian/endpoints';
import { relativeTime, type OAuthTokenFacts } from '../atlassian/oauth-token';
import { bodyLine, parseJson, readMyself } from '../atlassian/responses';
import { GATEWAY_HOST } from '../atlassian/site-url';
import { tokenFingerprint } from '../atlassian/token-shape';
import type { FindingParams } from '../findings/catalogue';
import type { FindingCode } from '../model/codes';
import { gatewayMyselfUrl } from '../findings/fix-commands';
import { makeFinding } from '../findings/make-finding';
import type { OAuthAccessTokenProfile } from '../model/profile';
import { evidenceOf, failureFinding } from './classify';
import { orderFindings } from '../model/verdict';
import { lintOAuthToken } from './lint-kinds';
import { secretDestinationAllowed, type PolicyDecision } from '../probe/policy';
import { finishReport, probeRequest, shownBearer, startRun } from '../probe/run';
import type { EngineDeps } from '../probe/deps';
import type { AccountSummary, Finding, Observation, ProbeId, Report } from '../model/report';

export interface AccessibleResource {
  id: string;
  name: string;
  url: string;
  scopes: string[];
}

/** OAuth tokens belong to the gateway only. */
export function gatewayOnly(url: string): PolicyDecision {
  const decision = secretDestinationAllowed(url);
  if (!decision.allowed) return decision;
  return new URL(url).hostname === GATEWAY_HOST
    ? decision
    : { allowed: false, reason: 'OAuth access tokens are only sent to api.atlassian.com' };
}

export function parseResources(observation: Observation): AccessibleResource[] | undefined {
  if (observation.status !== 200) return undefined;
  const json = parseJson(observation);
  if (!Array.isArray(json)) return undefined;
  return json.flatMap((item: unknown) => {
    if (item === null || typeof item !== 'object') return [];
    const r = item as Record<string, unknown>;
    if (typeof r.id !== 'string' || typeof r.url !== 'string') return [];
    const scopes = Array.isArray(r.scopes) ? r.scopes.filter((s): s is string => typeof s === 'string') : [];
    return [{ id: r.id, name: typeof r.name === 'string' ? r.name : r.url, url: r.url.replace(/\/+$/, ''), scopes }];
  });
}

/** The same id appears once per container (Jira, Confluence): facts §3.1. Jira's carry Jira scopes. */
function jiraSites(resources: AccessibleResource[]): AccessibleResource[] {
  const seen = new Set<string>();
  return resources.filter((r) => {
    if (seen.has(r.id) || !r.scopes.some((s) => /jira/.test(s))) return false;
    seen.add(r.id);
    return true;
  });
}

function tokenFacts(facts: OAuthTokenFacts | undefined, nowMs: number): { label: string; value: string }[] {
  if (!facts) return [];
  const rows: { label: string; value: string }[] = [];
  if (facts.expiresAt)
    rows.push({
      label: facts.expired ? 'Expired' : 'Expires',
      value: `${relativeTime(Date.parse(facts.expiresAt), nowMs)} (${facts.expiresAt})`,
    });
  rows.push({ label: 'Scopes', value: facts.scopes.join(' ') || 'none in the token' });
  if (facts.clientId) rows.push({ label: 'Client id', value: facts.clientId });
  if (facts.tokenType) rows.push({ label: 'Token type', value: facts.tokenType });
  if (facts.subject) rows.push({ label: 'Account id', value: facts.subject });
  return rows;
}

export async function diagnoseOAuthToken(profile: OAuthAccessTokenProfile, deps: EngineDeps): Promise<Report> {
  const lint = lintOAuthToken(profile, deps.now());
  const run = startRun(deps, gatewayOnly);
  const fingerprint = tokenFingerprint(lint.token);
  const findings: Finding[] = [...lint.findings];
  let account: AccountSummary | undefined;
  let cloudId: string | undefined;

  const add = (code: FindingCode, observation: Observation | undefined, params: FindingParams = {}) =>
    findings.push(
      makeFinding(
        code,
        { status: observation?.status?.toString(), probeUrl: observation?.probe.url, ...params },
        observation ? { probeId: observation.probe.id, evidence: evidenceOf(observation) } : {},
      ),
    );

  if (lint.canSendCredential) {
    const authorization = `Bearer ${lint.token}`;
    const shown = shownBearer(fingerprint);
    const send = (id: ProbeId, url: string) =>
      run.send({ probe: probeRequest(id, url, 'bearer', shown), authorization });
    const resourcesObs = await send('accessible-resources', OAUTH_ACCESSIBLE_RESOURCES_URL);
    const resources = parseResources(resourcesObs);
    if (!resources) {
      const reading = readMyself(resourcesObs);
      if (resourcesObs.status === 401)
        add('CREDENTIALS_REJECTED', resourcesObs, { variant: 'oauth', detail: bodyLine(resourcesObs) });
      else
        findings.push(
          failureFinding(reading, resourcesObs, {}) ??
            makeFinding(
              'UNEXPECTED_RESPONSE',
              { probeUrl: resourcesObs.probe.url, status: String(resourcesObs.status), detail: bodyLine(resourcesObs) },
              { probeId: resourcesObs.probe.id, evidence: evidenceOf(resourcesObs) },
            ),
        );
    } else {
      const sites = jiraSites(resources);
      const siteList = [...new Map(resources.map((r) => [r.id, `${r.name} (${r.url})`])).values()].join(', ');
      const chosen = lint.site ? resources.find((r) => r.url.toLowerCase() === lint.site?.origin) : undefined;
      if (resources.length === 0) add('OAUTH_NO_SITES', resourcesObs);
      else if (lint.site && !chosen)
        add('OAUTH_SITE_NOT_GRANTED', resourcesObs, { host: lint.site.host, sites: siteList });
      else {
        const targets = chosen ? [chosen] : sites.slice(0, 5);
        const observations = await Promise.all(
          targets.map((site, i) =>
            send(
              i === 0 ? 'gateway-myself' : `gateway-myself@${new URL(site.url).hostname}`,
              gatewayMyselfUrl(site.id),
            ),
          ),
        );
        cloudId = targets[0]?.id;
        targets.forEach((site, i) => {
          const observation = observations[i]!;
          const reading = readMyself(observation);
          if (reading.kind === 'accepted') {
            if (!account) {
              account = reading.account;
              add('AUTH_OK', observation, { accountName: reading.account.displayName });
            }
          } else if (reading.kind === 'scope-missing') {
            // facts §1.7: the same "scope does not match" for OAuth tokens.
            add('SCOPE_MISSING', observation, {
              detail: `${site.name}: ${reading.detail}`,
              scopesClassic: JIRA_MYSELF.classic.join(', '),
              scopesGranular: JIRA_MYSELF.granular.join(', '),
            });
          } else if (reading.kind === 'rejected' || reading.kind === 'anonymous') {
            add('CREDENTIALS_REJECTED', observation, { variant: 'oauth', detail: `${site.name}: ${reading.detail}` });
          } else {
            findings.push(
              failureFinding(reading, observation, {}) ??
                makeFinding(
                  'UNEXPECTED_RESPONSE',
                  {
                    probeUrl: observation.probe.url,
                    status: String(observation.status),
                    detail: bodyLine(observation),
                  },
                  { probeId: observation.probe.id, evidence: evidenceOf(observation) },
                ),
            );
          }
        });
        const grantedScopes = [
          ...new Set(resources.filter((r) => targets.some((t) => t.id === r.id)).flatMap((r) => r.scopes)),
        ].join(' ');
        add('OAUTH_GRANT', resourcesObs, {
          sites: siteList,
          scopes: grantedScopes,
          cloudId,
          detail: lint.facts?.clientId,
        });
      }
    }
  }

  return finishReport(profile, run, deps, {
    tokenFingerprint: fingerprint,
    findings: orderFindings(findings),
    siteUrl: lint.site?.origin,
    cloudId,
    account,
    facts: tokenFacts(lint.facts, deps.now()),
  });
}
