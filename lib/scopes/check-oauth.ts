/**
 * Scope check of an OAuth 2.0 (3LO) access token. The JWT `scope` claim is read locally first
 * (facts §3.2), then accessible-resources names the sites and the scopes granted on each
 * (facts §3.1); the catalogue probes through the gateway confirm (facts §1.7). 15 requests at most.
 * The token is never refreshed (facts §3.3) and goes to api.atlassian.com only (facts §1.9).
 */
import { OAUTH_ACCESSIBLE_RESOURCES_URL } from '../atlassian/endpoints';
import { CAPABILITIES, scopesAllow } from '../atlassian/scope-catalogue';
import { parseAccount } from '../atlassian/responses';
import { tokenFingerprint } from '../atlassian/token-shape';
import { evidenceOf } from '../diagnose/classify';
import { lintOAuthToken } from '../diagnose/lint-kinds';
import { gatewayOnly, parseResources } from '../diagnose/oauth';
import { probeRequest, shownBearer, startRun } from '../probe/run';
import type { EngineDeps } from '../probe/deps';
import type { Finding } from '../model/report';
import { makeFinding } from '../findings/make-finding';
import type { OAuthAccessTokenProfile } from '../model/profile';
import { probeCatalogue } from './catalogue-probes';
import { finishScopeReport, type ScopeCheckMeta } from './finish';
import { capabilityRow } from './interpret';
import type { ScopeReport } from './types';
import { parseMyPermissions } from './unscoped';

export async function checkOAuthScopes(
  profile: OAuthAccessTokenProfile,
  deps: EngineDeps,
  meta: ScopeCheckMeta,
): Promise<ScopeReport> {
  const lint = lintOAuthToken(profile, deps.now());
  const fingerprint = tokenFingerprint(lint.token);
  const jwtScopes = lint.facts?.scopes ?? [];
  const expiresAt = lint.facts?.expiresAt;
  const failed = (summary: string, findings: Finding[], run?: ReturnType<typeof startRun>) =>
    finishScopeReport(profile, run, deps.now(), meta, {
      model: 'failed',
      summary,
      rows: [],
      findings,
      tokenFingerprint: fingerprint,
      siteUrl: lint.site?.origin,
      declaredScopes: jwtScopes,
      expiresAt,
    });
  if (!lint.canSendCredential)
    return failed('The token cannot be used as it is (see the findings): no call was made.', lint.findings);

  const run = startRun(deps, gatewayOnly);
  const authorization = `Bearer ${lint.token}`;
  const shown = shownBearer(fingerprint);
  const resourcesObs = await run.send({
    probe: probeRequest('accessible-resources', OAUTH_ACCESSIBLE_RESOURCES_URL, 'bearer', shown),
    authorization,
  });
  const resources = parseResources(resourcesObs);
  if (!resources) {
    return failed(
      'Atlassian did not accept the token (accessible-resources), so no scope could be checked.',
      [
        makeFinding(
          'CREDENTIALS_REJECTED',
          { variant: 'oauth', status: String(resourcesObs.status) },
          { probeId: resourcesObs.probe.id, evidence: evidenceOf(resourcesObs) },
        ),
      ],
      run,
    );
  }
  const chosen = lint.site
    ? resources.find((r) => r.url.toLowerCase() === lint.site?.origin)
    : (resources.find((r) => r.scopes.some((s) => /jira/.test(s))) ?? resources[0]);
  if (!chosen) {
    return failed(
      'The token grants no access to this site, so there is nothing to check there.',
      [
        makeFinding(
          resources.length === 0 ? 'OAUTH_NO_SITES' : 'OAUTH_SITE_NOT_GRANTED',
          { host: lint.site?.host, sites: resources.map((r) => r.url).join(', ') },
          { probeId: resourcesObs.probe.id, evidence: evidenceOf(resourcesObs) },
        ),
      ],
      run,
    );
  }
  // facts §3.1: the same id appears once per container (Jira, Confluence); their scopes add up.
  const siteScopes = resources.filter((r) => r.id === chosen.id).flatMap((r) => r.scopes);
  const declaredScopes = [...new Set([...jwtScopes, ...siteScopes])].sort();
  const seen = await probeCatalogue(run, chosen.id, { scheme: 'bearer', authorization, shown });
  const rows = CAPABILITIES.map((c) => capabilityRow(c, seen.get(c.id), scopesAllow(c, siteScopes)));
  const myselfObs = seen.get('read-own-profile');
  const account = myselfObs?.status === 200 ? parseAccount(myselfObs) : undefined;
  const findings: Finding[] = [
    makeFinding(
      'OAUTH_GRANT',
      { sites: `${chosen.name} (${chosen.url})`, scopes: declaredScopes.join(' '), cloudId: chosen.id },
      { probeId: resourcesObs.probe.id, evidence: evidenceOf(resourcesObs) },
    ),
  ];
  for (const c of CAPABILITIES) {
    const o = seen.get(c.id)!;
    if (rows.find((r) => r.id === c.id)?.state === 'missing') {
      findings.push(
        makeFinding(
          'SCOPE_MISSING',
          {
            detail: c.label,
            probeUrl: o.probe.url,
            status: '401',
            scopesClassic: c.classic.join(', ') || '(none: granular only)',
            scopesGranular: c.granular.join(', '),
          },
          { probeId: o.probe.id, evidence: evidenceOf(o) },
        ),
      );
    }
  }
  return finishScopeReport(profile, run, deps.now(), meta, {
    model: 'oauth',
    userPermissions: parseMyPermissions(seen.get('read-own-permissions')),
    summary: `An OAuth token for ${chosen.name}: "declared" comes from the token and the site's grant; the state is what the gateway answered.`,
    rows,
    findings,
    tokenFingerprint: fingerprint,
    siteUrl: chosen.url,
    cloudId: chosen.id,
    ...(account ? { account } : {}),
    declaredScopes,
    expiresAt,
  });
}
