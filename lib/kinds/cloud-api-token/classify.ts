/**
 * Classification of a Cloud API token: a pure function from what the probes saw to findings.
 * The words and fixes come from the catalogue.
 */
import { orderFindings } from '../../model/verdict';
import { JIRA_MYSELF } from '../../atlassian/endpoints';
import {
  bodyLine,
  isEdgeNotFoundPage,
  isNullForUri,
  parseTenantCloudId,
  readResponse,
  type Reading,
} from '../../atlassian/responses';
import type { FindingParams } from '../../findings/catalogue';
import type { FindingCode } from '../../model/codes';
import { makeFinding } from '../../findings/make-finding';
import type { CloudLint } from './lint';
import { evidenceOf } from '../../probe/evidence';
import { siteRefusedCredential } from '../../probe/cloud-id';
import { failureFinding, rateLimitNearFinding } from '../shared';
import { classifyExtras, type ExtraObservations } from './extras';
import type { AccountSummary, Finding, Observation } from '../../model/report';
import { classifyConfluence, confluenceAccess, type ConfluenceObservations } from './confluence';

export interface CloudObservations {
  tenant?: Observation;
  siteMyself?: Observation;
  gatewayMyself?: Observation;
  redirectTarget?: Observation;
  /** The "Also check" probes, sent only once the credential was accepted. */
  extras?: ExtraObservations;
  /** A Confluence integration's own probes (Site URL ending in /wiki). */
  confluence?: ConfluenceObservations;
}

/** Was the credential accepted (by the site, or as a scoped token by the gateway), and is it scoped? */
export function cloudAccess(seen: CloudObservations): { accepted: boolean; scoped: boolean } {
  if (seen.confluence) return confluenceAccess(seen.confluence);
  if (!seen.siteMyself) {
    // A service account: only the gateway was asked (its tokens are always scoped).
    const gateway = seen.gatewayMyself ? readResponse(seen.gatewayMyself).kind : undefined;
    const scoped = gateway === 'accepted' || gateway === 'scope-missing';
    return { accepted: scoped, scoped };
  }
  const site = readResponse(seen.siteMyself);
  if (site.kind === 'accepted') return { accepted: true, scoped: false };
  if (!siteRefusedCredential(site) || !seen.gatewayMyself) return { accepted: false, scoped: false };
  const gateway = readResponse(seen.gatewayMyself).kind;
  const scoped = gateway === 'accepted' || gateway === 'scope-missing';
  return { accepted: scoped, scoped };
}

interface Classification {
  findings: Finding[];
  account?: AccountSummary;
  cloudId?: string;
}

/** Does the tenant probe say there is no Cloud site at that host? (https://support.atlassian.com/jira/kb/retrieve-my-atlassian-sites-cloud-id/, what Atlassian answers for a deleted or mistyped site) */
function tenantSaysNoSite(tenant: Observation | undefined): boolean {
  if (!tenant || tenant.error) return false;
  if (parseTenantCloudId(tenant) !== undefined) return false;
  // Only a 404 or the edge's own "page unavailable" page says so; a 200 HTML page is a proxy or
  // login page in front of the site, which is a different problem (UNEXPECTED_RESPONSE).
  return tenant.status === 404 || isEdgeNotFoundPage(tenant);
}

export function classifyCloudApiToken(
  lint: CloudLint,
  seen: CloudObservations,
  cloudId: string | undefined,
): Classification {
  const findings: Finding[] = [...lint.findings];
  const result: Classification = { findings, cloudId };
  const site = lint.site;
  if (!site) return { ...result, findings: orderFindings(findings) };

  const params: FindingParams = { origin: site.origin, host: site.host, email: lint.email, cloudId };
  const add = (code: FindingCode, observation: Observation | undefined, extra: FindingParams = {}) =>
    findings.push(
      makeFinding(
        code,
        { ...params, status: observation?.status?.toString(), probeUrl: observation?.probe.url, ...extra },
        {
          probeId: observation?.probe.id,
          evidence: observation ? evidenceOf(observation) : [],
        },
      ),
    );

  const tenantSaysMissing = tenantSaysNoSite(seen.tenant);
  const siteObs = seen.siteMyself;
  const gatewayObs = seen.gatewayMyself;
  const gatewayReading = gatewayObs ? readResponse(gatewayObs) : undefined;
  const confluence = seen.confluence;
  const sentConfluence = confluence && (confluence.siteUser ?? confluence.gatewayUser ?? confluence.gatewaySpaces);

  if (confluence && sentConfluence) {
    // A Confluence integration: Confluence decides; Jira is an extra (confluence.ts).
    const decided = classifyConfluence(lint, { ...seen, confluence, cloudId }, params);
    const accepted = confluenceAccess(confluence).accepted;
    if (tenantSaysMissing && !accepted) add('SITE_NOT_FOUND', seen.tenant, { detail: tenantDetail(seen.tenant!) });
    else findings.push(...decided.findings);
    if (decided.account) result.account = decided.account;
    return { ...result, findings: orderFindings(findings) };
  }

  if (!siteObs && lint.serviceAccount && gatewayObs && gatewayReading) {
    // https://support.atlassian.com/user-management/docs/manage-api-tokens-for-service-accounts: a service account's token is scoped, so only the gateway was asked.
    const note = () =>
      add('SERVICE_ACCOUNT', gatewayObs, {
        detail: `${lint.email} is a service account (its email ends in @serviceaccount.atlassian.com)`,
      });
    if (gatewayReading.kind === 'accepted') {
      result.account = gatewayReading.account;
      add('AUTH_OK', gatewayObs, { accountName: gatewayReading.account.displayName });
      add('TOKEN_SCOPED', gatewayObs, { variant: 'service-account' });
      note();
    } else if (gatewayReading.kind === 'scope-missing') {
      add('SCOPE_MISSING', gatewayObs, {
        detail: gatewayReading.detail,
        scopesClassic: JIRA_MYSELF.classic.join(', '),
        scopesGranular: JIRA_MYSELF.granular.join(', '),
      });
      note();
    } else if (gatewayReading.kind === 'rejected' || gatewayReading.kind === 'anonymous') {
      add('CREDENTIALS_REJECTED', gatewayObs, { detail: `API gateway: ${gatewayReading.detail}` });
    } else if (gatewayReading.kind === 'not-found') {
      add('UNEXPECTED_RESPONSE', gatewayObs, {
        detail: `404 "${gatewayReading.detail}" from the gateway for the site's cloudId: the site may have no Jira`,
      });
    } else {
      const failure = failureFinding(gatewayReading, gatewayObs, params);
      if (failure) findings.push(failure);
    }
    return { ...result, findings: orderFindings(findings) };
  }

  if (!siteObs) {
    // The credential was not sent (the lint said why); the tenant probe can still say the site is wrong.
    if (tenantSaysMissing) add('SITE_NOT_FOUND', seen.tenant, { detail: tenantDetail(seen.tenant!) });
    else if (seen.tenant) {
      const failure = failureFinding(readResponse(seen.tenant), seen.tenant, params);
      if (failure && failure.code !== 'UNEXPECTED_RESPONSE') findings.push(failure);
    }
    return { ...result, findings: orderFindings(findings) };
  }

  const siteReading = readResponse(siteObs);

  switch (siteReading.kind) {
    case 'accepted': {
      // https://support.atlassian.com/atlassian-cloud/kb/401-unauthorized-error-when-service-account-accesses-jira-or-confluence-api: only unscoped tokens work on the site URL.
      result.account = siteReading.account;
      add('AUTH_OK', siteObs, { accountName: siteReading.account.displayName });
      add('TOKEN_UNSCOPED', siteObs);
      break;
    }
    case 'rejected':
    case 'anonymous': {
      if (gatewayReading?.kind === 'accepted' && gatewayObs) {
        // https://support.atlassian.com/atlassian-cloud/kb/401-unauthorized-error-when-service-account-accesses-jira-or-confluence-api: refused on the site, accepted by the gateway → a scoped token on the site URL.
        result.account = gatewayReading.account;
        add('AUTH_OK', gatewayObs, { accountName: gatewayReading.account.displayName });
        add('TOKEN_SCOPED', gatewayObs);
        add('SCOPED_TOKEN_ON_SITE_URL', siteObs);
      } else if (gatewayReading?.kind === 'scope-missing' && gatewayObs) {
        // https://github.com/hunyadi/md2conf/issues/169: the scope gate answered, so the token is genuine and scoped but lacks a scope.
        add('SCOPE_MISSING', gatewayObs, {
          detail: gatewayReading.detail,
          scopesClassic: JIRA_MYSELF.classic.join(', '),
          scopesGranular: JIRA_MYSELF.granular.join(', '),
        });
        // Proven: a genuine scoped token, refused on the site. Not proven: that it works for
        // anything, so no "works through the gateway" and no corrected /myself call.
        add('SCOPED_TOKEN_ON_SITE_URL', siteObs, { variant: 'scope-missing' });
      } else if (siteReading.kind === 'anonymous') {
        add('ANONYMOUS_FALLBACK', siteObs, { detail: siteReading.detail });
        addGatewayNote(gatewayObs, gatewayReading);
      } else {
        add('CREDENTIALS_REJECTED', siteObs, { variant: siteReading.variant, detail: siteReading.detail });
        addGatewayNote(gatewayObs, gatewayReading);
      }
      break;
    }
    case 'captcha':
      add('CAPTCHA_REQUIRED', siteObs, { loginUrl: siteReading.loginUrl });
      break;
    case 'ip-blocked':
      add('IP_NOT_ALLOWLISTED', siteObs);
      break;
    case 'forbidden':
      add('FORBIDDEN', siteObs, { detail: siteReading.detail });
      break;
    case 'redirect': {
      const location = seen.redirectTarget?.redirectedTo ?? siteReading.location;
      add('REDIRECTED', siteObs, { location });
      break;
    }
    case 'not-found':
      if (seen.tenant && parseTenantCloudId(seen.tenant) !== undefined && !isNullForUri(siteObs))
        // tenant_info knows the site: the 404 is Jira's absence (a Confluence-only site), not a missing site.
        add('JIRA_NOT_ON_SITE', siteObs, { detail: siteReading.detail });
      else if (tenantSaysMissing || siteReading.edgePage)
        add('SITE_NOT_FOUND', siteObs, { detail: seen.tenant ? tenantDetail(seen.tenant) : siteReading.detail });
      else
        add('UNEXPECTED_RESPONSE', siteObs, {
          detail: `404 "${siteReading.detail}" although the site exists: it may have no Jira`,
        });
      break;
    case 'scope-missing':
    case 'timeout':
    case 'network':
    case 'blocked':
    case 'rate-limited':
    case 'server-error':
    case 'unexpected': {
      if (tenantSaysMissing && (siteReading.kind === 'unexpected' || siteReading.kind === 'network')) {
        add('SITE_NOT_FOUND', seen.tenant, { detail: tenantDetail(seen.tenant!) });
        break;
      }
      const failure = failureFinding(siteReading, siteObs, params);
      if (failure) findings.push(failure);
      break;
    }
  }
  return { ...result, findings: orderFindings(findings) };

  function addGatewayNote(observation: Observation | undefined, reading: Reading | undefined): void {
    if (!observation || !reading) return;
    const failure = failureFinding(reading, observation, params);
    if (failure) findings.push(failure);
  }
}

/** The whole Cloud classification: the main check, then the "Also check" probes when they ran. */
export function classifyCloud(lint: CloudLint, seen: CloudObservations, cloudId: string | undefined): Classification {
  const main = classifyCloudApiToken(lint, seen, cloudId);
  const near = rateLimitNearFinding([
    seen.siteMyself,
    seen.gatewayMyself,
    seen.confluence?.siteUser,
    seen.confluence?.gatewayUser,
    seen.confluence?.gatewaySpaces,
    seen.extras?.confluence,
    seen.extras?.idMapping,
    seen.extras?.jsmOps,
  ]);
  const more = [...(seen.extras ? classifyExtras(seen.extras, lint.email) : []), ...(near ? [near] : [])];
  return more.length === 0 ? main : { ...main, findings: orderFindings([...main.findings, ...more]) };
}

function tenantDetail(tenant: Observation): string {
  if (tenant.error) return `_edge/tenant_info failed (${tenant.error.kind})`;
  return `_edge/tenant_info answered ${tenant.status ?? '?'} without a cloudId${bodyLine(tenant) ? ` — ${bodyLine(tenant)}` : ''}`;
}
