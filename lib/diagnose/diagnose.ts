/**
 * The engine: lint → plan probes → run them (independent ones at once) → classify → report.
 * A pure async function of a profile and injected dependencies; it runs the same in vitest, in the
 * service worker and in `npm run bench`.
 *
 * Round trips (design.md "Performance"): tenant_info ∥ site /myself is one round trip and settles
 * every unscoped token; a refused token needs the gateway (a second one) unless the site's cloudId
 * is cached, in which case site and gateway are asked at once.
 */
import { maskEmail, readMyself } from '../atlassian/responses';
import { JIRA_MYSELF, TENANT_INFO_PATH } from '../atlassian/endpoints';
import { parseTenantCloudId } from '../atlassian/responses';
import { tokenFingerprint } from '../atlassian/token-shape';
import { gatewayMyselfUrl } from '../findings/fix-commands';
import type { Profile } from '../profiles/types';
import { classifyCloudApiToken, siteRefusedCredential, verdictOf, type CloudObservations } from './classify';
import { PROBE_TIMEOUT_MS, RUN_BUDGET_MS } from './limits';
import { lintCloudApiToken } from './lint';
import { sendProbe, type ProbeContext, type ProbeSpec } from './probe';
import type { EngineDeps } from './transport';
import type { Observation, ProbeId, ProbeRequest, Report } from './types';
import type { CloudApiTokenProfile } from '../profiles/types';

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** base64 of the UTF-8 bytes of `email:token`, as the Basic scheme wants it. */
export function basicAuthorization(email: string, token: string): string {
  const bytes = new TextEncoder().encode(`${email}:${token}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `Basic ${btoa(binary)}`;
}

export function cloudIdCacheKey(host: string): string {
  return `cloudId:${host}`;
}

export async function diagnose(profile: Profile, deps: EngineDeps): Promise<Report> {
  switch (profile.kind) {
    case 'cloud-api-token':
      return diagnoseCloudApiToken(profile, deps);
  }
}

async function diagnoseCloudApiToken(profile: CloudApiTokenProfile, deps: EngineDeps): Promise<Report> {
  const startedAt = deps.now();
  const lint = lintCloudApiToken(profile);
  const probes: Observation[] = [];
  const seen: CloudObservations = {};
  let cloudId: string | undefined;

  if (lint.site) {
    const { origin, host } = lint.site;
    const ctx: ProbeContext = {
      transport: deps.transport,
      now: deps.now,
      sleep: deps.sleep ?? defaultSleep,
      probeTimeoutMs: deps.probeTimeoutMs ?? PROBE_TIMEOUT_MS,
      deadline: startedAt + (deps.runBudgetMs ?? RUN_BUDGET_MS),
      siteHost: host,
    };
    const authorization = basicAuthorization(lint.email, lint.token);
    const shownAuth = `Authorization: Basic ‹${maskEmail(lint.email)}:${tokenFingerprint(lint.token)}›`;
    const request = (id: ProbeId, url: string, auth: ProbeRequest['auth']): ProbeRequest => ({
      id,
      url,
      auth,
      display: `GET ${url}${auth === 'none' ? '' : `  ${shownAuth}`}`,
    });
    const run = async (spec: ProbeSpec): Promise<Observation> => {
      const observation = await sendProbe(spec, ctx);
      probes.push(observation);
      return observation;
    };
    const tenantProbe = (): Promise<Observation> => run({ probe: request('tenant-info', `${origin}${TENANT_INFO_PATH}`, 'none') });
    const siteProbe = (): Promise<Observation> =>
      run({ probe: request('site-myself', `${origin}${JIRA_MYSELF.path}`, 'basic'), authorization });
    const gatewayProbe = (id: string): Promise<Observation> =>
      run({ probe: request('gateway-myself', gatewayMyselfUrl(id), 'basic'), authorization });

    const cached = await deps.cache.get(cloudIdCacheKey(host));
    if (!lint.canSendCredential) {
      seen.tenant = await tenantProbe();
      cloudId = parseTenantCloudId(seen.tenant);
    } else if (cached) {
      cloudId = cached;
      [seen.siteMyself, seen.gatewayMyself] = await Promise.all([siteProbe(), gatewayProbe(cached)]);
      const gatewayReading = readMyself(seen.gatewayMyself);
      const siteReading = readMyself(seen.siteMyself);
      if (siteReading.kind === 'not-found' || (gatewayReading.kind === 'not-found' && siteRefusedCredential(siteReading))) {
        // The cached cloudId may be stale (or the site gone): ask the site again.
        seen.tenant = await tenantProbe();
        const fresh = parseTenantCloudId(seen.tenant);
        if (fresh && fresh !== cached && siteRefusedCredential(siteReading)) {
          cloudId = fresh;
          seen.gatewayMyself = await gatewayProbe(fresh);
        } else if (fresh) cloudId = fresh;
      }
    } else {
      [seen.tenant, seen.siteMyself] = await Promise.all([tenantProbe(), siteProbe()]);
      cloudId = parseTenantCloudId(seen.tenant);
      // facts §1.6: a scoped token is refused on the site; the gateway tells scoped from wrong.
      if (cloudId && siteRefusedCredential(readMyself(seen.siteMyself))) seen.gatewayMyself = await gatewayProbe(cloudId);
    }
    if (cloudId && cloudId !== cached) await deps.cache.set(cloudIdCacheKey(host), cloudId);

    if (seen.siteMyself && readMyself(seen.siteMyself).kind === 'redirect' && !seen.siteMyself.redirectedTo) {
      // Browsers hide where a manual redirect leads; learn it without credentials (design.md policy).
      seen.redirectTarget = await run({ probe: request('redirect-target', `${origin}${JIRA_MYSELF.path}`, 'none'), follow: true });
    }
  }

  const classification = classifyCloudApiToken(lint, seen, cloudId);
  const finishedAt = deps.now();
  const report: Report = {
    schema: 1,
    profileId: profile.id,
    profileName: profile.name,
    kind: profile.kind,
    tokenFingerprint: tokenFingerprint(lint.token),
    startedAt: new Date(startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    durationMs: Math.round(finishedAt - startedAt),
    verdict: verdictOf(classification.findings),
    findings: classification.findings,
    probes,
  };
  if (lint.site) report.siteUrl = lint.site.origin;
  if (classification.cloudId) report.cloudId = classification.cloudId;
  if (classification.account) report.account = classification.account;
  return report;
}
