/**
 * The probes of an OAuth 2.0 (3LO) access token. The JWT is read locally first (expiry, scopes,
 * client id, type); an expired or wrong-type token is reported without a call that cannot succeed.
 * Then accessible-resources tells which sites the grant reaches, and /myself through the gateway
 * checks the token on the chosen site (or on each granted Jira site, five at most). The token goes
 * to the gateway of the site's environment only (api.atlassian.com, or api.atlassian-us-gov-mod.com
 * for a Government Cloud site); it is never refreshed (Atlassian rotates refresh tokens, so a
 * refresh from here would break the integration's own).
 * (https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/,
 * https://developer.atlassian.com/platform/framework/agc/guides/manage-3lo-apps)
 *
 * Round trips: for a named site whose cloudId is cached, accessible-resources and the gateway's
 * /myself are asked at once (one round trip); /myself is asked again only when the grant names
 * another id for the site (a stale cache). Otherwise /myself waits for accessible-resources.
 * A Site URL on a custom domain costs one round trip first: its anonymous tenant_info ∥ serverInfo
 * (lib/kinds/custom-domain/recognise.ts). Recognised as Cloud, the cloudId tenant_info named is the
 * site's key in the grant, so accessible-resources and /myself are then asked at once; a Data Center
 * answer stops there, before the token is sent anywhere. The token never goes to the custom domain
 * itself (OAuth tokens belong to the gateway, https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/).
 * A legacy *.jira.com name costs nothing more: its anonymous tenant_info goes beside accessible-resources.
 */
import { parseTenantCloudId, readAccessibleResources } from '../../atlassian/responses';
import { tokenFingerprint } from '../../atlassian/token-shape';
import {
  accessibleResourcesUrl,
  gatewayMyselfUrl,
  jsmOpsUrl,
  siteEnvironment,
  type EnvironmentHosts,
} from '../../atlassian/urls';
import type { OAuthAccessTokenProfile } from '../../model/profile';
import type { Observation, ProbeId } from '../../model/report';
import { orderFindings } from '../../model/verdict';
import { bearerAuth } from '../../probe/auth';
import { cachedCloudId, rememberCloudId } from '../../probe/cloud-id';
import type { EngineDeps } from '../../probe/deps';
import { gatewayOnly } from '../../probe/policy';
import { probeRequest, type ReportParts, type Run } from '../../probe/run';
import { environmentFindings, localiseFindings, missingGrants } from '../environment';
import { JSM_OPS_ALERT_SCOPE, readJsmOps } from '../jsm-ops';
import { customDomainFindings, recogniseCustomDomain, type CustomDomainSeen } from '../custom-domain/recognise';
import type { DiagnosisSteps } from '../types';
import { classifyOAuth, type OAuthSeen } from './classify';
import { lintOAuthToken, type OAuthLint } from './lint';
import { chosenSite, isLegacySiteName, targetSites } from './sites';

interface OAuthPlanSeen extends OAuthSeen {
  /** JSM operations through the gateway, for a token that holds an operations scope. */
  jsmOps?: Observation;
  missingGrants?: string[];
}

/** A token whose JWT lists an operations scope is also checked on JSM operations (OAuth base). */
function wantsJsmOps(lint: OAuthLint): boolean {
  return lint.facts?.scopes.includes(JSM_OPS_ALERT_SCOPE) ?? false;
}

async function planOAuthToken(lint: OAuthLint, run: Run, deps: EngineDeps): Promise<OAuthPlanSeen> {
  // A custom domain is asked what it is, anonymously, whatever the token looks like: a Data Center
  // server is named as such even when the token could not be sent anyway.
  const customDomain = lint.site?.customDomain ? await recogniseCustomDomain(lint, lint.site, run, deps) : undefined;
  const seen = await planWithToken(lint, run, deps, customDomain);
  if (customDomain) seen.customDomain = customDomain;
  return seen;
}

async function planWithToken(
  lint: OAuthLint,
  run: Run,
  deps: EngineDeps,
  customDomain: CustomDomainSeen | undefined,
): Promise<OAuthPlanSeen> {
  if (!lint.canSendCredential) return {};
  if (customDomain && customDomain.kind !== 'cloud') return {};
  const env: EnvironmentHosts = siteEnvironment(lint.site?.host);
  const missing = await missingGrants(env, undefined, deps);
  if (missing.length > 0) return { missingGrants: missing };
  const auth = bearerAuth(lint.token, tokenFingerprint(lint.token));
  const send = (id: ProbeId, url: string) =>
    run.send({ probe: probeRequest(id, url, 'bearer', auth.shown), authorization: auth.authorization });
  const myselfOn = (id: ProbeId, cloudId: string) => send(id, gatewayMyselfUrl(cloudId, env));
  const jsmOn = (cloudId: string) =>
    wantsJsmOps(lint) ? send('jsm-ops', jsmOpsAlertsUrl(cloudId, env)) : Promise.resolve(undefined);

  // A custom domain's cloudId comes from its tenant_info in this run, never from an older answer.
  const cached = customDomain
    ? customDomain.cloudId
    : lint.site
      ? await cachedCloudId(deps.cache, lint.site.host)
      : undefined;
  const [resources, early, earlyJsm, legacyId] = await Promise.all([
    send('accessible-resources', accessibleResourcesUrl(env)),
    cached ? myselfOn('gateway-myself', cached) : Promise.resolve(undefined),
    cached ? jsmOn(cached) : Promise.resolve(undefined),
    legacyCloudId(lint, run, deps),
  ]);
  const siteCloudId = customDomain?.cloudId ?? legacyId;
  const granted = readAccessibleResources(resources);
  if (!granted) return { resources };
  const chosen = chosenSite(lint, granted, siteCloudId);
  if (lint.site && chosen) await rememberCloudId(deps.cache, lint.site.host, chosen.id);
  const targets = targetSites(lint, granted, siteCloudId);
  const matched = siteCloudId !== undefined && !customDomain ? { siteCloudId } : {};
  if (early && chosen && chosen.id === cached) {
    // The cached id was right: the gateway's answer came in the same round trip.
    return withJsm({ resources, myself: [early], ...matched }, earlyJsm);
  }
  const [myself, jsmOps] = await Promise.all([
    Promise.all(
      targets.map((site, i) =>
        myselfOn(i === 0 ? 'gateway-myself' : `gateway-myself@${new URL(site.url).hostname}`, site.id),
      ),
    ),
    targets[0] ? jsmOn(targets[0].id) : Promise.resolve(undefined),
  ]);
  return withJsm({ resources, myself, ...matched }, jsmOps);
}

/**
 * A legacy *.jira.com Site URL: its anonymous tenant_info (asked beside accessible-resources, no
 * token) names the cloudId the grant lists the site under. Only once the browser granted the origin.
 */
export async function legacyCloudId(lint: OAuthLint, run: Run, deps: EngineDeps): Promise<string | undefined> {
  const site = lint.site;
  if (!site || !isLegacySiteName(site)) return undefined;
  if (deps.isOriginGranted && !(await deps.isOriginGranted(site.origin))) return undefined;
  const tenant = await run.send({ probe: probeRequest('tenant-info', `${site.origin}/_edge/tenant_info`, 'none') });
  return parseTenantCloudId(tenant);
}

function withJsm(seen: OAuthPlanSeen, jsmOps: Observation | undefined): OAuthPlanSeen {
  if (jsmOps) seen.jsmOps = jsmOps;
  return seen;
}

/** JSM operations' alerts list, OAuth base (`/ex/jira/{cloudId}/jsm/ops/api/v1/alerts`), one entry. */
function jsmOpsAlertsUrl(cloudId: string, env: EnvironmentHosts): string {
  return jsmOpsUrl(cloudId, '/v1/alerts?size=1', { via: 'oauth', env });
}

function classifyOAuthSeen(lint: OAuthLint, seen: OAuthPlanSeen, nowMs: number): ReportParts {
  const parts = classifyOAuth(lint, seen, nowMs);
  const env = siteEnvironment(lint.site?.host);
  const findings = [
    ...parts.findings,
    ...(seen.jsmOps ? [readJsmOps(seen.jsmOps, { variant: 'oauth' })] : []),
    ...environmentFindings(env, lint.site, seen.missingGrants ?? []),
    ...(lint.site && seen.customDomain ? customDomainFindings(lint.site, seen.customDomain, { oauth: true }) : []),
  ];
  return { ...parts, findings: localiseFindings(orderFindings(findings), env) };
}

export const OAUTH_ACCESS_TOKEN_DIAGNOSIS: DiagnosisSteps<OAuthAccessTokenProfile, OAuthLint, OAuthPlanSeen> = {
  lint: (profile, nowMs) => lintOAuthToken(profile, nowMs),
  policy: (lint) => (url) => gatewayOnly(url, siteEnvironment(lint.site?.host).environment),
  plan: (_profile, lint, run, deps) => planOAuthToken(lint, run, deps),
  classify: classifyOAuthSeen,
};
