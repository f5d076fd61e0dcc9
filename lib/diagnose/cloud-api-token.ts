/**
 * Diagnosis of a Cloud API token (email + token, Basic).
 *
 * Round trips (design.md "Performance"): tenant_info ∥ site /myself is one round trip and settles
 * every unscoped token; a refused token needs the gateway (a second one) unless the site's cloudId
 * is cached, in which case site and gateway are asked at once. The optional extra checks
 * (Confluence, Id Mapping, JSM operations) run together after that, only for accepted credentials.
 */
import { JIRA_MYSELF, TENANT_INFO_PATH } from '../atlassian/endpoints';
import { parseTenantCloudId, readMyself } from '../atlassian/responses';
import { tokenFingerprint } from '../atlassian/token-shape';
import { gatewayMyselfUrl } from '../findings/fix-commands';
import type { CloudApiTokenProfile } from '../model/profile';
import { classifyCloudApiToken, siteRefusedCredential, type CloudObservations } from './classify';
import { orderFindings } from '../model/verdict';
import { runCloudExtras } from './cloud-extras';
import { lintCloudApiToken } from './lint';
import { secretDestinationAllowed } from '../probe/policy';
import { finishReport, probeRequest, shownBasic, startRun } from '../probe/run';
import type { EngineDeps } from '../probe/deps';
import type { Observation, ProbeId, Report } from '../model/report';

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

export async function diagnoseCloudApiToken(profile: CloudApiTokenProfile, deps: EngineDeps): Promise<Report> {
  const lint = lintCloudApiToken(profile);
  const host = lint.site?.host;
  const run = startRun(deps, (url) => secretDestinationAllowed(url, host));
  const seen: CloudObservations = {};
  let cloudId: string | undefined;
  const fingerprint = tokenFingerprint(lint.token);

  if (lint.site) {
    const { origin, host } = lint.site;
    const authorization = basicAuthorization(lint.email, lint.token);
    const shown = shownBasic(lint.email, fingerprint);
    const basic = (id: ProbeId, url: string) =>
      run.send({ probe: probeRequest(id, url, 'basic', shown), authorization });
    const tenantProbe = (): Promise<Observation> =>
      run.send({ probe: probeRequest('tenant-info', `${origin}${TENANT_INFO_PATH}`, 'none') });
    const siteProbe = () => basic('site-myself', `${origin}${JIRA_MYSELF.path}`);
    const gatewayProbe = (id: string) => basic('gateway-myself', gatewayMyselfUrl(id));

    const cached = await deps.cache.get(cloudIdCacheKey(host));
    if (!lint.canSendCredential) {
      seen.tenant = await tenantProbe();
      cloudId = parseTenantCloudId(seen.tenant);
    } else if (cached) {
      cloudId = cached;
      [seen.siteMyself, seen.gatewayMyself] = await Promise.all([siteProbe(), gatewayProbe(cached)]);
      const gatewayReading = readMyself(seen.gatewayMyself);
      const siteReading = readMyself(seen.siteMyself);
      if (
        siteReading.kind === 'not-found' ||
        (gatewayReading.kind === 'not-found' && siteRefusedCredential(siteReading))
      ) {
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
      if (cloudId && siteRefusedCredential(readMyself(seen.siteMyself)))
        seen.gatewayMyself = await gatewayProbe(cloudId);
    }
    if (cloudId && cloudId !== cached) await deps.cache.set(cloudIdCacheKey(host), cloudId);

    if (seen.siteMyself && readMyself(seen.siteMyself).kind === 'redirect' && !seen.siteMyself.redirectedTo) {
      // Browsers hide where a manual redirect leads; learn it without credentials (design.md policy).
      seen.redirectTarget = await run.send({
        probe: probeRequest('redirect-target', `${origin}${JIRA_MYSELF.path}`, 'none'),
        follow: true,
      });
    }
  }

  const classification = classifyCloudApiToken(lint, seen, cloudId);
  let findings = classification.findings;
  const accepted = findings.some((f) => f.code === 'AUTH_OK' || f.code === 'SCOPE_MISSING');
  if (lint.site && accepted && profile.alsoCheck) {
    const scoped = findings.some((f) => f.code === 'TOKEN_SCOPED');
    const extra = await runCloudExtras(run, profile.alsoCheck, {
      origin: lint.site.origin,
      cloudId,
      scoped,
      authorization: basicAuthorization(lint.email, lint.token),
      shown: shownBasic(lint.email, fingerprint),
      email: lint.email,
    });
    findings = orderFindings([...findings, ...extra]);
  }
  return finishReport(profile, run, deps, {
    tokenFingerprint: fingerprint,
    findings,
    siteUrl: lint.site?.origin,
    cloudId: classification.cloudId,
    account: classification.account,
  });
}
