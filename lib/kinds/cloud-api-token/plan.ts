/**
 * The probes of a Cloud API token (email + token, Basic).
 *
 * Round trips: tenant_info ∥ site /myself is one round trip and settles every unscoped token; a
 * refused token needs the gateway (a second one) unless the site's cloudId is cached, in which case
 * site and gateway are asked at once. The optional extra checks (Confluence, Id Mapping, JSM
 * operations) run together after that, only for accepted credentials.
 * A site on a custom domain costs one round trip more, first: its anonymous tenant_info ∥
 * serverInfo (nothing with the credential may go there before they recognise it as Cloud); the
 * cloudId it names is cached, so the site and the gateway are then asked at once.
 */
import { readResponse } from '../../atlassian/responses';
import { gatewayMyselfUrl, siteEnvironment, siteMyselfUrl } from '../../atlassian/urls';
import { tokenFingerprint } from '../../atlassian/token-shape';
import type { CloudApiTokenProfile } from '../../model/profile';
import type { Observation, ProbeId } from '../../model/report';
import { orderFindings } from '../../model/verdict';
import { basicAuth } from '../../probe/auth';
import { cachedCloudIdMayBeStale, discoverCloudId, refreshCloudId, siteRefusedCredential } from '../../probe/cloud-id';
import type { EngineDeps } from '../../probe/deps';
import { customDomainDestinationAllowed, secretDestinationAllowed } from '../../probe/policy';
import { probeRequest, type ReportParts, type Run } from '../../probe/run';
import { environmentFindings, localiseFindings, missingGrants } from '../environment';
import {
  customDomainFindings,
  isRecognisedCloud,
  recogniseCustomDomain,
  type CustomDomainSeen,
} from '../custom-domain/recognise';
import type { DiagnosisSteps } from '../types';
import { classifyCloud, cloudAccess, type CloudObservations } from './classify';
import { planConfluence } from './confluence';
import { sendExtras } from './extras';
import { lintCloudApiToken, type CloudLint } from './lint';

interface CloudSeen extends CloudObservations {
  cloudId?: string;
  /** Government Cloud origins the browser has not granted (nothing was sent then). */
  missingGrants?: string[];
  /** A site on a custom domain: what its anonymous answers said it is (asked before anything else). */
  customDomain?: CustomDomainSeen;
}

async function planCloudApiToken(
  profile: CloudApiTokenProfile,
  lint: CloudLint,
  run: Run,
  deps: EngineDeps,
): Promise<CloudSeen> {
  const seen: CloudSeen = {};
  if (!lint.site) return seen;
  const site = lint.site;
  const { origin } = site;
  // The gateway of the site's environment: api.atlassian-us-gov-mod.com for a Government Cloud site.
  const env = siteEnvironment(site.host);
  const missing = await missingGrants(env, origin, deps);
  if (missing.length > 0) return { missingGrants: missing };
  if (site.customDomain) {
    // A custom domain: one round trip of anonymous probes says whether it is Cloud; only then may
    // the credential go there (the run's policy asks isRecognisedCloud).
    seen.customDomain = await recogniseCustomDomain(lint, site, run, deps);
    if (seen.customDomain.kind !== 'cloud' || !lint.canSendCredential) return seen;
  }
  const auth = basicAuth(lint.email, lint.token, tokenFingerprint(lint.token));
  const basic = (id: ProbeId, url: string) =>
    run.send({ probe: probeRequest(id, url, 'basic', auth.shown), authorization: auth.authorization });
  const siteProbe = () => basic('site-myself', siteMyselfUrl(origin));
  const gatewayProbe = (id: string) => basic('gateway-myself', gatewayMyselfUrl(id, env));

  if (!lint.canSendCredential) {
    // Nothing is sent with the credential; tenant_info can still say whether the site exists.
    const found = await discoverCloudId(run, deps.cache, site, async () => undefined, { useCache: false });
    if (found.tenant) seen.tenant = found.tenant;
    seen.cloudId = found.cloudId;
    return seen;
  }

  if (lint.product === 'confluence') {
    const confluence = await planConfluence(lint, run, deps, auth);
    seen.confluence = confluence.confluence;
    if (confluence.tenant) seen.tenant = confluence.tenant;
    seen.cloudId = confluence.cloudId;
    if (confluence.siteMyself) seen.siteMyself = confluence.siteMyself;
    if (confluence.gatewayMyself) seen.gatewayMyself = confluence.gatewayMyself;
    return withExtras(seen);
  }

  if (lint.serviceAccount) {
    // https://support.atlassian.com/user-management/docs/manage-api-tokens-for-service-accounts: service accounts make scoped tokens only, refused
    // on the site: ask the gateway alone (with a cached cloudId at once, else after tenant_info).
    const found = await discoverCloudId(run, deps.cache, site, async (cached) =>
      cached ? gatewayProbe(cached) : undefined,
    );
    if (found.tenant) seen.tenant = found.tenant;
    seen.cloudId = found.cloudId;
    let gateway = found.result ?? (found.cloudId ? await gatewayProbe(found.cloudId) : undefined);
    if (found.cached && gateway && readResponse(gateway).kind === 'not-found') {
      const fresh = await refreshCloudId(run, deps.cache, site, found.cached);
      seen.tenant = fresh.tenant;
      if (fresh.cloudId) seen.cloudId = fresh.cloudId;
      if (fresh.cloudId && fresh.cloudId !== found.cached) gateway = await gatewayProbe(fresh.cloudId);
    }
    if (gateway) seen.gatewayMyself = gateway;
    return withExtras(seen);
  }

  const found = await discoverCloudId(
    run,
    deps.cache,
    site,
    (cached): Promise<[Observation, Observation | undefined]> =>
      cached ? Promise.all([siteProbe(), gatewayProbe(cached)]) : siteProbe().then((o) => [o, undefined]),
  );
  const [siteMyself, gatewayMyself] = found.result;
  seen.siteMyself = siteMyself;
  if (gatewayMyself) seen.gatewayMyself = gatewayMyself;
  if (found.tenant) seen.tenant = found.tenant;
  seen.cloudId = found.cloudId;
  const siteReading = readResponse(siteMyself);

  if (found.cached && gatewayMyself) {
    if (cachedCloudIdMayBeStale(siteReading, readResponse(gatewayMyself))) {
      const fresh = await refreshCloudId(run, deps.cache, site, found.cached);
      seen.tenant = fresh.tenant;
      if (fresh.cloudId && fresh.cloudId !== found.cached && siteRefusedCredential(siteReading)) {
        seen.cloudId = fresh.cloudId;
        seen.gatewayMyself = await gatewayProbe(fresh.cloudId);
      } else if (fresh.cloudId) seen.cloudId = fresh.cloudId;
    }
  } else if (seen.cloudId && siteRefusedCredential(siteReading)) {
    // A scoped token is refused on the site; the gateway tells scoped from wrong.
    seen.gatewayMyself = await gatewayProbe(seen.cloudId);
  }

  if (siteReading.kind === 'redirect' && !siteMyself.redirectedTo) {
    // Browsers hide where a manual redirect leads; learn it without credentials.
    seen.redirectTarget = await run.send({
      probe: probeRequest('redirect-target', siteMyselfUrl(origin), 'none'),
      follow: true,
    });
  }

  return withExtras(seen);

  /** The "Also check" probes, only for accepted credentials (Confluence is not asked twice in a Confluence integration). */
  async function withExtras(done: CloudSeen): Promise<CloudSeen> {
    const access = cloudAccess(done);
    const also =
      profile.alsoCheck && lint.product === 'confluence'
        ? { ...profile.alsoCheck, confluence: false }
        : profile.alsoCheck;
    if (access.accepted && also && (also.confluence || also.idMapping || also.jsmOps)) {
      done.extras = await sendExtras(run, also, { origin, cloudId: done.cloudId, scoped: access.scoped, auth, env });
    }
    return done;
  }
}

function classifyCloudSeen(lint: CloudLint, seen: CloudSeen): ReportParts {
  const classification = classifyCloud(lint, seen, seen.cloudId ?? seen.customDomain?.cloudId);
  const env = siteEnvironment(lint.site?.host);
  const findings = [
    ...classification.findings,
    ...environmentFindings(env, lint.site, seen.missingGrants ?? []),
    ...(lint.site && seen.customDomain ? customDomainFindings(lint.site, seen.customDomain) : []),
  ];
  return {
    tokenFingerprint: tokenFingerprint(lint.token),
    findings: localiseFindings(orderFindings(findings), env),
    siteUrl: lint.site?.origin,
    cloudId: classification.cloudId,
    account: classification.account,
  };
}

export const CLOUD_API_TOKEN_DIAGNOSIS: DiagnosisSteps<CloudApiTokenProfile, CloudLint, CloudSeen> = {
  lint: (profile) => lintCloudApiToken(profile),
  policy: (lint) => (url) =>
    lint.site?.customDomain
      ? customDomainDestinationAllowed(url, lint.site.host, () => isRecognisedCloud(lint))
      : secretDestinationAllowed(url, lint.site?.host),
  plan: planCloudApiToken,
  classify: (lint, seen) => classifyCloudSeen(lint, seen),
};
