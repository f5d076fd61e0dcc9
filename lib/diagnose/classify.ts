/**
 * Classification: a pure function from what the probes saw to findings. Each rule names the
 * facts.md section it rests on; the words and fixes come from the catalogue.
 */
import { orderFindings } from '../model/verdict';
import { JIRA_MYSELF } from '../atlassian/endpoints';
import {
  bodyLine,
  header,
  isEdgeNotFoundPage,
  parseTenantCloudId,
  readMyself,
  type Reading,
} from '../atlassian/responses';
import type { FindingParams } from '../findings/catalogue';
import type { FindingCode } from '../model/codes';
import { makeFinding } from '../findings/make-finding';
import type { CloudLint } from './lint';
import type { AccountSummary, Finding, Observation } from '../model/report';

export interface CloudObservations {
  tenant?: Observation;
  siteMyself?: Observation;
  gatewayMyself?: Observation;
  redirectTarget?: Observation;
}

export interface Classification {
  findings: Finding[];
  account?: AccountSummary;
  cloudId?: string;
}

const EVIDENCE_HEADERS = [
  'x-seraph-loginreason',
  'x-authentication-denied-reason',
  'x-failure-category',
  'retry-after',
  'content-type',
  'location',
  'server',
];

/** The lines that decided a finding: request → status, the headers that matter, the body's gist. */
export function evidenceOf(observation: Observation): string[] {
  const lines = [`${observation.probe.display} → ${observation.status ?? observation.error?.kind ?? '?'}`];
  if (observation.error) lines.push(observation.error.message);
  for (const name of EVIDENCE_HEADERS) {
    const value = header(observation, name);
    if (value !== undefined) lines.push(`${name}: ${value}`);
  }
  if (/_lout/.test(header(observation, 'set-cookie') ?? ''))
    lines.push('set-cookie: atlassian.xsrf.token=…_lout (logged out)');
  if (observation.redirectedTo) lines.push(`led to ${observation.redirectedTo}`);
  const line = observation.body ? bodyLine(observation) : '';
  if (line) lines.push(`body: ${line}`);
  return lines;
}

/** Did the site refuse the credential in a way that a scoped token would be refused (facts §1.6)? */
export function siteRefusedCredential(reading: Reading): boolean {
  return reading.kind === 'rejected' || reading.kind === 'anonymous';
}

/** Does the tenant probe say there is no Cloud site at that host? (facts §2, §1.13) */
function tenantSaysNoSite(tenant: Observation | undefined): boolean {
  if (!tenant || tenant.error) return false;
  if (parseTenantCloudId(tenant) !== undefined) return false;
  // Only a 404 or the edge's own "page unavailable" page says so; a 200 HTML page is a proxy or
  // login page in front of the site, which is a different problem (UNEXPECTED_RESPONSE).
  return tenant.status === 404 || isEdgeNotFoundPage(tenant);
}

/** A failure of the transport or of Atlassian itself, not of the credential. */
export function failureFinding(reading: Reading, observation: Observation, params: FindingParams): Finding | undefined {
  const base = { probeId: observation.probe.id, evidence: evidenceOf(observation) };
  const make = (code: FindingCode, extra: FindingParams = {}) => makeFinding(code, { ...params, ...extra }, base);
  switch (reading.kind) {
    case 'timeout':
      return make('TIMEOUT');
    case 'network':
      return make('NETWORK_ERROR', { detail: reading.detail });
    case 'blocked':
      return make('BLOCKED_BY_POLICY', { detail: reading.detail });
    case 'rate-limited':
      return make('RATE_LIMITED', { retryAfter: reading.retryAfter });
    case 'server-error':
      return make('SERVER_ERROR', { detail: reading.detail });
    case 'unexpected':
      return make('UNEXPECTED_RESPONSE', { detail: reading.detail });
    default:
      return undefined;
  }
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

  if (!siteObs) {
    // The credential was not sent (the lint said why); the tenant probe can still say the site is wrong.
    if (tenantSaysMissing) add('SITE_NOT_FOUND', seen.tenant, { detail: tenantDetail(seen.tenant!) });
    else if (seen.tenant) {
      const failure = failureFinding(readMyself(seen.tenant), seen.tenant, params);
      if (failure && failure.code !== 'UNEXPECTED_RESPONSE') findings.push(failure);
    }
    return { ...result, findings: orderFindings(findings) };
  }

  const siteReading = readMyself(siteObs);
  const gatewayObs = seen.gatewayMyself;
  const gatewayReading = gatewayObs ? readMyself(gatewayObs) : undefined;

  switch (siteReading.kind) {
    case 'accepted': {
      // facts §1.6: only unscoped tokens work on the site URL.
      result.account = siteReading.account;
      add('AUTH_OK', siteObs, { accountName: siteReading.account.displayName });
      add('TOKEN_UNSCOPED', siteObs);
      break;
    }
    case 'rejected':
    case 'anonymous': {
      if (gatewayReading?.kind === 'accepted' && gatewayObs) {
        // facts §1.6: refused on the site, accepted by the gateway → a scoped token on the site URL.
        result.account = gatewayReading.account;
        add('AUTH_OK', gatewayObs, { accountName: gatewayReading.account.displayName });
        add('TOKEN_SCOPED', gatewayObs);
        add('SCOPED_TOKEN_ON_SITE_URL', siteObs);
      } else if (gatewayReading?.kind === 'scope-missing' && gatewayObs) {
        // facts §1.7: the scope gate answered, so the token is genuine and scoped but lacks a scope.
        add('SCOPE_MISSING', gatewayObs, {
          detail: gatewayReading.detail,
          scopesClassic: JIRA_MYSELF.classic.join(', '),
          scopesGranular: JIRA_MYSELF.granular.join(', '),
        });
        add('TOKEN_SCOPED', gatewayObs);
        add('SCOPED_TOKEN_ON_SITE_URL', siteObs);
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
      if (tenantSaysMissing || siteReading.edgePage)
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

function tenantDetail(tenant: Observation): string {
  if (tenant.error) return `_edge/tenant_info failed (${tenant.error.kind})`;
  return `_edge/tenant_info answered ${tenant.status ?? '?'} without a cloudId${bodyLine(tenant) ? ` — ${bodyLine(tenant)}` : ''}`;
}
