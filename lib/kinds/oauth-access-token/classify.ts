/**
 * Classification of an OAuth 2.0 (3LO) access token: a pure function of the lint and of what
 * accessible-resources and the gateway's /myself answered.
 */
import { JIRA_MYSELF } from '../../atlassian/endpoints';
import { relativeTime, type OAuthTokenFacts } from '../../atlassian/oauth-token';
import {
  bodyLine,
  isHtml,
  parseJson,
  readAccessibleResources,
  readResponse,
  unusableResources,
} from '../../atlassian/responses';
import { tokenFingerprint } from '../../atlassian/token-shape';
import type { FindingParams } from '../../findings/catalogue';
import { makeFinding } from '../../findings/make-finding';
import type { FindingCode } from '../../model/codes';
import type { AccountSummary, Finding, Observation } from '../../model/report';
import { orderFindings } from '../../model/verdict';
import { evidenceOf } from '../../probe/evidence';
import type { ReportParts } from '../../probe/run';
import { failureOrUnexpected, rateLimitNearFinding } from '../shared';
import type { CustomDomainSeen } from '../custom-domain/recognise';
import type { OAuthLint } from './lint';
import { chosenSite, targetSites } from './sites';

export interface OAuthSeen {
  /** A Site URL on a custom domain: what its anonymous answers said it is (asked before the token was sent). */
  customDomain?: CustomDomainSeen;
  /** The cloudId the named site's own tenant_info gave in this run (a custom domain or a legacy *.jira.com name). */
  siteCloudId?: string;
  /** accessible-resources, when the token was sent. */
  resources?: Observation;
  /** The gateway's /myself on each target site, in the order of `targetSites`. */
  myself?: Observation[];
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

/** Entries of accessible-resources that are not a usable site: said, while the good ones are checked. */
export function unusableResourcesFinding(resources: Observation): Finding | undefined {
  const unusable = unusableResources(resources);
  if (unusable.length === 0) return undefined;
  const shown = unusable.slice(0, 3).join('; ');
  return makeFinding(
    'OAUTH_RESOURCE_UNUSABLE',
    {
      status: resources.status?.toString(),
      probeUrl: resources.probe.url,
      detail: unusable.length > 3 ? `${shown}; and ${unusable.length - 3} more` : shown,
    },
    { probeId: resources.probe.id, evidence: evidenceOf(resources) },
  );
}

/** What a 200 accessible-resources answer that is not a list is, in a few words. */
function notAList(observation: Observation): string {
  const json = parseJson(observation);
  if (json === undefined) return observation.body.trim() === '' ? 'an empty body' : 'a body that is not JSON';
  const keys = Object.keys(json as object).slice(0, 5);
  return keys.length === 0 ? 'an empty JSON object' : `a JSON object with keys ${keys.join(', ')}`;
}

export function classifyOAuth(lint: OAuthLint, seen: OAuthSeen, nowMs: number): ReportParts {
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

  const resourcesObs = seen.resources;
  const resources = resourcesObs ? readAccessibleResources(resourcesObs) : undefined;
  if (resourcesObs && !resources) {
    if (resourcesObs.status === 401)
      add('CREDENTIALS_REJECTED', resourcesObs, { variant: 'oauth', detail: bodyLine(resourcesObs) });
    else if (resourcesObs.status === 200 && !isHtml(resourcesObs))
      // https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/: the answer is a JSON list of sites; anything else is reported, never trusted.
      add('UNEXPECTED_RESPONSE', resourcesObs, { detail: `${notAList(resourcesObs)} where a list of sites was due` });
    else findings.push(failureOrUnexpected(resourcesObs));
  } else if (resourcesObs && resources) {
    const unusable = unusableResourcesFinding(resourcesObs);
    if (unusable) findings.push(unusable);
    const siteList = [...new Map(resources.map((r) => [r.id, `${r.name} (${r.url})`])).values()].join(', ');
    const siteCloudId = seen.siteCloudId ?? seen.customDomain?.cloudId;
    if (resources.length === 0) add('OAUTH_NO_SITES', resourcesObs);
    else if (lint.site?.customDomain && siteCloudId === undefined) {
      // Recognised as Cloud by serverInfo alone: without a cloudId the grant cannot be matched to
      // the site (accessible-resources names sites by their atlassian.net address and cloudId).
      add('OAUTH_SITE_NOT_GRANTED', resourcesObs, {
        host: lint.site.host,
        origin: lint.site.origin,
        sites: siteList,
        variant: 'custom-domain',
      });
      add('OAUTH_GRANT', resourcesObs, {
        sites: siteList,
        scopes: [...new Set(resources.flatMap((r) => r.scopes))].join(' '),
        detail: lint.facts?.clientId,
      });
    } else if (lint.site && !chosenSite(lint, resources, siteCloudId))
      add('OAUTH_SITE_NOT_GRANTED', resourcesObs, { host: lint.site.host, sites: siteList });
    else {
      const targets = targetSites(lint, resources, siteCloudId);
      cloudId = targets[0]?.id;
      targets.forEach((site, i) => {
        const observation = seen.myself?.[i];
        if (!observation) return;
        const reading = readResponse(observation);
        if (reading.kind === 'accepted') {
          if (!account) {
            account = reading.account;
            add('AUTH_OK', observation, { accountName: reading.account.displayName });
          }
        } else if (reading.kind === 'scope-missing') {
          // The gateway's scope gate answers OAuth tokens the same way: "scope does not match".
          add('SCOPE_MISSING', observation, {
            detail: `${site.name}: ${reading.detail}`,
            scopesClassic: JIRA_MYSELF.classic.join(', '),
            scopesGranular: JIRA_MYSELF.granular.join(', '),
          });
        } else if (reading.kind === 'rejected' || reading.kind === 'anonymous') {
          add('CREDENTIALS_REJECTED', observation, { variant: 'oauth', detail: `${site.name}: ${reading.detail}` });
        } else {
          findings.push(failureOrUnexpected(observation));
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
  // https://community.developer.atlassian.com/t/2026-point-based-rate-limits/97828?page=9: OAuth traffic carries the points-quota headers.
  const near = rateLimitNearFinding([resourcesObs, ...(seen.myself ?? [])]);
  if (near) findings.push(near);
  return {
    tokenFingerprint: tokenFingerprint(lint.token),
    findings: orderFindings(findings),
    siteUrl: lint.site?.origin,
    cloudId,
    account,
    facts: tokenFacts(lint.facts, nowMs),
  };
}
