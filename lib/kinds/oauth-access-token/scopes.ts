/**
 * Scope check of an OAuth 2.0 (3LO) access token. The JWT `scope` claim is read locally first,
 * then accessible-resources names the sites and the scopes granted on each; adaptive probes through
 * the gateway check them: each scope is shown as declared and as proven. 16 requests at most. The token is never refreshed and goes to
 * api.atlassian.com only (https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/).
 * A Site URL on a custom domain is first asked anonymously what it is (two more requests): Cloud,
 * its grant is found by the cloudId its tenant_info named; anything else stops the check unsent.
 */
import { parseAccount, readAccessibleResources } from '../../atlassian/responses';
import { tokenFingerprint } from '../../atlassian/token-shape';
import { accessibleResourcesUrl, siteEnvironment } from '../../atlassian/urls';
import { makeFinding } from '../../findings/make-finding';
import type { OAuthAccessTokenProfile } from '../../model/profile';
import type { Finding } from '../../model/report';
import { bearerAuth } from '../../probe/auth';
import type { EngineDeps } from '../../probe/deps';
import { evidenceOf } from '../../probe/evidence';
import { gatewayOnly } from '../../probe/policy';
import { probeRequest, startRun } from '../../probe/run';
import { finishScopeReport, type ScopeCheckMeta } from '../../scopes/finish';
import { checkStats, checkThroughGateway } from '../../scopes/gateway-check';
import { SCOPE_CHECK_MAX_REQUESTS } from '../../scopes/limits';
import { scopeMissingFindings } from '../../scopes/missing';
import type { ScopeReport } from '../../scopes/types';
import { parseMyPermissions } from '../../scopes/unscoped';
import { environmentFindings, localiseFindings, missingGrants } from '../environment';
import { customDomainFindings, recogniseCustomDomain } from '../custom-domain/recognise';
import { unusableResourcesFinding } from './classify';
import { lintOAuthToken } from './lint';
import { legacyCloudId } from './plan';
import { chosenSite } from './sites';

export async function checkOAuthScopes(
  profile: OAuthAccessTokenProfile,
  deps: EngineDeps,
  meta: ScopeCheckMeta,
): Promise<ScopeReport> {
  const lint = lintOAuthToken(profile, deps.now());
  const fingerprint = tokenFingerprint(lint.token);
  const jwtScopes = lint.facts?.scopes ?? [];
  const expiresAt = lint.facts?.expiresAt;
  // The site's environment: a Government Cloud site's token goes to api.atlassian-us-gov-mod.com
  // only, after the user granted it, and the report names only that environment's hosts.
  const env = siteEnvironment(lint.site?.host);
  const missing = lint.canSendCredential ? await missingGrants(env, undefined, deps) : [];
  const inEnv = (findings: Finding[]) =>
    localiseFindings([...findings, ...environmentFindings(env, lint.site, missing)], env);
  const failed = (summary: string, findings: Finding[], run?: ReturnType<typeof startRun>) =>
    finishScopeReport(profile, run, deps.now(), meta, {
      model: 'failed',
      summary,
      rows: [],
      findings: inEnv(findings),
      tokenFingerprint: fingerprint,
      siteUrl: lint.site?.origin,
      declaredScopes: jwtScopes,
      expiresAt,
    });
  if (!lint.canSendCredential)
    return failed('The token cannot be used as it is (see the findings): no call was made.', lint.findings);
  if (missing.length > 0)
    return failed(
      `Nothing was sent: the browser has not granted ${missing.join(' and ')}. Save the profile again to grant it.`,
      [],
    );

  const run = startRun(deps, (url) => gatewayOnly(url, env.environment), { maxRequests: SCOPE_CHECK_MAX_REQUESTS });
  // A custom domain is asked what it is, anonymously, before the token goes anywhere; the token
  // itself still goes to the gateway only, and the grant is matched by the cloudId it named.
  const custom = lint.site?.customDomain ? await recogniseCustomDomain(lint, lint.site, run, deps) : undefined;
  const customFindings = lint.site && custom ? customDomainFindings(lint.site, custom, { oauth: true }) : [];
  if (custom && custom.kind !== 'cloud')
    return failed(
      'The site was not recognised as an Atlassian Cloud site, so no scope was checked: see the findings.',
      customFindings,
      run,
    );
  const { authorization, shown } = bearerAuth(lint.token, fingerprint);
  const [resourcesObs, legacyId] = await Promise.all([
    run.send({
      probe: probeRequest('accessible-resources', accessibleResourcesUrl(env), 'bearer', shown),
      authorization,
    }),
    legacyCloudId(lint, run, deps),
  ]);
  const resources = readAccessibleResources(resourcesObs);
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
  const unusable = unusableResourcesFinding(resourcesObs);
  const chosen = lint.site
    ? chosenSite(lint, resources, custom?.cloudId ?? legacyId)
    : (resources.find((r) => r.scopes.some((s) => /jira/.test(s))) ?? resources[0]);
  if (!chosen) {
    // A Cloud custom domain whose tenant_info named no cloudId cannot be found in the grant.
    const unmatched = resources.length > 0 && custom !== undefined && custom.cloudId === undefined;
    return failed(
      unmatched
        ? 'The grant could not be matched to this site (its cloudId is unknown), so no scope was checked.'
        : 'The token grants no access to this site, so there is nothing to check there.',
      [
        makeFinding(
          resources.length === 0 ? 'OAUTH_NO_SITES' : 'OAUTH_SITE_NOT_GRANTED',
          {
            host: lint.site?.host,
            origin: lint.site?.origin,
            sites: resources.map((r) => r.url).join(', '),
            ...(unmatched ? { variant: 'custom-domain' } : {}),
          },
          { probeId: resourcesObs.probe.id, evidence: evidenceOf(resourcesObs) },
        ),
        ...(unusable ? [unusable] : []),
        ...customFindings,
      ],
      run,
    );
  }
  // The same id appears once per container (Jira, Confluence); their scopes add up.
  const siteScopes = resources.filter((r) => r.id === chosen.id).flatMap((r) => r.scopes);
  const declaredScopes = [...new Set([...jwtScopes, ...siteScopes])].sort();
  const gateway = await checkThroughGateway(
    run,
    chosen.id,
    { scheme: 'bearer', authorization, shown },
    declaredScopes,
    undefined,
    env,
  );
  const { seen, rows, scopes } = gateway;
  const myselfObs = seen.get('read-own-profile');
  const account = myselfObs?.status === 200 ? parseAccount(myselfObs) : undefined;
  const findings: Finding[] = [
    makeFinding(
      'OAUTH_GRANT',
      { sites: `${chosen.name} (${chosen.url})`, scopes: declaredScopes.join(' '), cloudId: chosen.id },
      { probeId: resourcesObs.probe.id, evidence: evidenceOf(resourcesObs) },
    ),
  ];
  if (unusable) findings.push(unusable);
  findings.push(...scopeMissingFindings(rows, seen), ...customFindings);
  return finishScopeReport(profile, run, deps.now(), meta, {
    model: 'oauth',
    userPermissions: parseMyPermissions(seen.get('read-own-permissions')),
    summary: `An OAuth token for ${chosen.name}: "declared" comes from the token and the site's grant; the state is what the gateway's answers prove.`,
    rows,
    scopes,
    check: checkStats(run, 1 + gateway.rounds, gateway.stoppedBy, gateway.inference),
    findings: inEnv(findings),
    tokenFingerprint: fingerprint,
    siteUrl: chosen.url,
    cloudId: chosen.id,
    ...(account ? { account } : {}),
    declaredScopes,
    expiresAt,
  });
}
