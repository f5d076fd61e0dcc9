/**
 * Scope check of a Cloud API token (email + token, Basic).
 * 1. tenant_info (unless the cloudId is cached) ∥ the site's `/myself?expand=groups,applicationRoles`.
 * 2. Accepted on the site → unscoped (https://support.atlassian.com/atlassian-cloud/kb/401-unauthorized-error-when-service-account-accesses-jira-or-confluence-api): scopes do not apply; ask what the user may do
 *    (mypermissions, Confluence, Id Mapping) — three requests at once.
 * 3. Refused on the site → probe the catalogue through the gateway (https://support.atlassian.com/atlassian-cloud/kb/401-unauthorized-error-when-service-account-accesses-jira-or-confluence-api, https://github.com/hunyadi/md2conf/issues/169),
 *    adaptively (only what is still open), four at a time; the scopes are inferred exactly.
 * At most 16 requests, all GET.
 */
import { CONFLUENCE_USER_CURRENT } from '../../atlassian/endpoints';
import { GLOBAL_PERMISSION_KEYS } from '../../atlassian/scope-catalogue';
import { maskEmail, parseAccount, readResponse } from '../../atlassian/responses';
import { tokenFingerprint } from '../../atlassian/token-shape';
import { idMappingTestUrl, siteEnvironment, siteMyselfUrl } from '../../atlassian/urls';
import { makeFinding } from '../../findings/make-finding';
import type { CloudApiTokenProfile } from '../../model/profile';
import type { Finding } from '../../model/report';
import { basicAuth } from '../../probe/auth';
import { discoverCloudId, siteRefusedCredential } from '../../probe/cloud-id';
import type { EngineDeps } from '../../probe/deps';
import { evidenceOf } from '../../probe/evidence';
import { customDomainDestinationAllowed, secretDestinationAllowed } from '../../probe/policy';
import { probeRequest, startRun } from '../../probe/run';
import { finishScopeReport, type ScopeCheckMeta } from '../../scopes/finish';
import { checkStats, checkThroughGateway } from '../../scopes/gateway-check';
import { SCOPE_CHECK_MAX_REQUESTS } from '../../scopes/limits';
import { scopeMissingFindings } from '../../scopes/missing';
import type { ScopeAccount, ScopeReport } from '../../scopes/types';
import { parseMembership, parseMyPermissions, unscopedRows } from '../../scopes/unscoped';
import { customDomainFindings, isRecognisedCloud, recogniseCustomDomain } from '../custom-domain/recognise';
import { environmentFindings, localiseFindings, missingGrants } from '../environment';
import { readConfluence } from './extras';
import { lintCloudApiToken } from './lint';

export async function checkCloudScopes(
  profile: CloudApiTokenProfile,
  deps: EngineDeps,
  meta: ScopeCheckMeta,
): Promise<ScopeReport> {
  const lint = lintCloudApiToken(profile);
  const fingerprint = tokenFingerprint(lint.token);
  const base = { tokenFingerprint: fingerprint, siteUrl: lint.site?.origin };
  if (!lint.site || !lint.canSendCredential) {
    return finishScopeReport(profile, undefined, deps.now(), meta, {
      ...base,
      model: 'failed',
      summary: 'The profile must be fixed before its scopes can be checked: see the findings.',
      rows: [],
      findings: lint.findings,
    });
  }
  const site = lint.site;
  const { origin, host } = site;
  // The site's environment: a Government Cloud site is checked on its own gateway
  // (api.atlassian-us-gov-mod.com), after the user granted its hosts, and its report names only its hosts.
  const env = siteEnvironment(host);
  const missing = await missingGrants(env, origin, deps);
  const finish = (run: Parameters<typeof finishScopeReport>[1], parts: Parameters<typeof finishScopeReport>[4]) =>
    finishScopeReport(profile, run, deps.now(), meta, {
      ...parts,
      findings: localiseFindings(
        [
          ...parts.findings,
          ...environmentFindings(env, site, missing),
          ...(parts.model === 'failed' ? [] : customFindings),
        ],
        env,
      ),
    });
  if (missing.length > 0) {
    return finish(undefined, {
      ...base,
      model: 'failed',
      summary: `Nothing was sent: the browser has not granted ${missing.join(' and ')}. Save the profile again to grant them.`,
      rows: [],
      findings: [],
    });
  }
  const run = startRun(
    deps,
    (url) =>
      site.customDomain
        ? customDomainDestinationAllowed(url, host, () => isRecognisedCloud(lint))
        : secretDestinationAllowed(url, host),
    { maxRequests: SCOPE_CHECK_MAX_REQUESTS },
  );
  // A custom domain is asked what it is (anonymously) before the credential may go there.
  const custom = site.customDomain ? await recogniseCustomDomain(lint, site, run, deps) : undefined;
  const customFindings = custom ? customDomainFindings(site, custom) : [];
  if (custom && custom.kind !== 'cloud') {
    return finish(run, {
      ...base,
      model: 'failed',
      summary: 'The site was not recognised as an Atlassian Cloud site, so no scope was checked: see the findings.',
      rows: [],
      findings: customFindings,
    });
  }
  const auth = basicAuth(lint.email, lint.token, fingerprint);
  const { authorization, shown } = auth;
  const basic = (id: string, url: string) =>
    run.send({ probe: probeRequest(`scope:${id}`, url, 'basic', shown), authorization });

  const found = await discoverCloudId(run, deps.cache, site, () =>
    basic('site-myself', `${siteMyselfUrl(origin)}?expand=groups,applicationRoles`),
  );
  const { cloudId, result: siteMyself } = found;
  const reading = readResponse(siteMyself);

  if (reading.kind === 'accepted') {
    // Only an unscoped token works on the site URL; a scoped one is refused there.
    const [permissions, confluence, idMapping] = await Promise.all([
      basic('mypermissions', `${origin}/rest/api/3/mypermissions?permissions=${GLOBAL_PERMISSION_KEYS.join(',')}`),
      basic('confluence-user', `${origin}${CONFLUENCE_USER_CURRENT.path}`),
      basic('id-mapping', idMappingTestUrl(env)),
    ]);
    const account: ScopeAccount = { ...reading.account, ...parseMembership(siteMyself) };
    const findings: Finding[] = [
      makeFinding('TOKEN_UNSCOPED', { origin }, { probeId: siteMyself.probe.id, evidence: evidenceOf(siteMyself) }),
    ];
    const confluenceFinding = readConfluence(confluence, lint.email);
    if (confluenceFinding.code === 'NO_PRODUCT_ACCESS') findings.push(confluenceFinding);
    return finish(run, {
      ...base,
      cloudId,
      account,
      model: 'unscoped',
      summary: `Scopes do not apply: this unscoped token can do whatever ${account.displayName} can. The rows show what that user may do.`,
      rows: unscopedRows({ myself: siteMyself, permissions, confluence, idMapping }),
      findings,
    });
  }

  if (!siteRefusedCredential(reading) || !cloudId) {
    return finish(run, {
      ...base,
      cloudId,
      model: 'failed',
      summary:
        'The site did not answer as expected, so the scopes could not be checked. Run "Run diagnosis" for the cause.',
      rows: [],
      findings: [
        makeFinding(
          'UNEXPECTED_RESPONSE',
          {
            probeUrl: siteMyself.probe.url,
            status: String(siteMyself.status ?? siteMyself.error?.kind),
            detail: 'scope check stopped',
          },
          { probeId: siteMyself.probe.id, evidence: evidenceOf(siteMyself) },
        ),
      ],
    });
  }

  // Refused on the site: the gateway decides between scoped and wrong.
  const gateway = await checkThroughGateway(
    run,
    cloudId,
    { scheme: 'basic', authorization, shown },
    undefined,
    undefined,
    env,
  );
  const { seen, rows, scopes } = gateway;
  const check = checkStats(run, 1 + gateway.rounds, gateway.stoppedBy, gateway.inference);
  if (gateway.stoppedBy === 'rejected') {
    const first = [...seen.values()][0]!;
    return finish(run, {
      ...base,
      cloudId,
      model: 'failed',
      check,
      summary: 'Atlassian rejected these credentials on the site and through the gateway: there are no scopes to show.',
      rows: [],
      findings: [
        makeFinding(
          'CREDENTIALS_REJECTED',
          { email: maskEmail(lint.email), origin },
          { probeId: first.probe.id, evidence: evidenceOf(first) },
        ),
      ],
    });
  }
  const myselfObs = seen.get('read-own-profile');
  const account = myselfObs?.status === 200 ? parseAccount(myselfObs) : undefined;
  const findings: Finding[] = [makeFinding('TOKEN_SCOPED', { cloudId, origin }), ...scopeMissingFindings(rows, seen)];
  return finish(run, {
    ...base,
    cloudId,
    ...(account ? { account } : {}),
    model: 'scoped',
    userPermissions: parseMyPermissions(seen.get('read-own-permissions')),
    summary:
      'A scoped token: each scope row says whether the gateway\'s answers prove the token holds it ("granted"), prove it does not ("missing"), or cannot tell ("unknown"); the capability rows follow from them.',
    rows,
    scopes,
    check,
    findings,
  });
}
