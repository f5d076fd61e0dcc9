/** What the kinds share: local checks used by several kinds, and the findings of a probe. */
import { parseSiteUrl } from '../atlassian/site-url';
import { controlCharacterIn, whitespaceIn } from '../atlassian/token-shape';
import { bodyLine, rateLimitQuota, readResponse, type Reading } from '../atlassian/responses';
import type { FindingParams } from '../findings/catalogue';
import { makeFinding } from '../findings/make-finding';
import type { FindingCode } from '../model/codes';
import type { Finding, Observation, ProfileField } from '../model/report';
import { evidenceOf } from '../probe/evidence';

export function whitespaceFinding(raw: string, field: ProfileField, noun: string): Finding | undefined {
  const where = whitespaceIn(raw);
  if (where === 'none' || raw.trim() === '') return undefined;
  return makeFinding(
    'SECRET_HAS_WHITESPACE',
    { detail: where },
    { field, evidence: [`${noun}: white space ${where === 'inside' ? 'inside the value' : 'at the start or end'}`] },
  );
}

/** A secret with a control character is refused: no header can carry it, and nothing is sent. */
export function controlCharacterFinding(raw: string, field: ProfileField, noun: string): Finding | undefined {
  const detail = controlCharacterIn(raw);
  if (detail === undefined) return undefined;
  return makeFinding(
    'SECRET_HAS_CONTROL_CHARACTER',
    { detail },
    { field, evidence: [`${noun}: ${detail.replace(/^The c/, 'c')}`] },
  );
}

/**
 * An optional Site URL. With `customDomain`, a host outside Atlassian's domains is read as a
 * possible custom domain (`customDomain: true`), which the engine asks what it is before use.
 */
export function optionalSite(
  siteUrl: string,
  findings: Finding[],
  options: { customDomain?: boolean } = {},
): { origin: string; host: string; customDomain?: true } | undefined {
  if (siteUrl.trim() === '') return undefined;
  const site = parseSiteUrl(siteUrl, options);
  for (const problem of site.problems) {
    findings.push(
      makeFinding(
        problem.code,
        { detail: problem.detail, host: site.host, origin: site.ok ? site.origin : undefined },
        { field: 'siteUrl', evidence: [`Site URL: ${problem.detail}`] },
      ),
    );
  }
  if (!site.ok) return undefined;
  return { origin: site.origin, host: site.host, ...(site.customDomain ? { customDomain: site.customDomain } : {}) };
}

/** A finding about what a probe saw: its status and URL, and the evidence lines, go with it. */
export function probeFinding(code: FindingCode, observation: Observation, params: FindingParams = {}): Finding {
  return makeFinding(
    code,
    { status: observation.status?.toString(), probeUrl: observation.probe.url, ...params },
    { probeId: observation.probe.id, evidence: evidenceOf(observation) },
  );
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
      return make('RATE_LIMITED', {
        retryAfter: reading.retryAfter,
        detail:
          [reading.htmlPage ? 'an HTML error page' : '', reading.quota ?? ''].filter(Boolean).join('; ') || undefined,
      });
    case 'server-error':
      return make('SERVER_ERROR', { detail: reading.detail });
    case 'unexpected':
      return make('UNEXPECTED_RESPONSE', { detail: reading.detail });
    default:
      return undefined;
  }
}

/** Timeouts, 5xx, 429… or, failing those, an answer we did not expect. */
export function failureOrUnexpected(observation: Observation): Finding {
  return (
    failureFinding(readResponse(observation), observation, {}) ??
    makeFinding(
      'UNEXPECTED_RESPONSE',
      { probeUrl: observation.probe.url, status: String(observation.status), detail: bodyLine(observation) },
      { probeId: observation.probe.id, evidence: evidenceOf(observation) },
    )
  );
}

/**
 * The near-limit warning (https://community.developer.atlassian.com/t/2026-point-based-rate-limits/97828?page=9,
 * https://jira.atlassian.com/browse/JRACLOUD-69262): the first answered probe flagged near its
 * limit; said once, on a run that may well have succeeded.
 */
export function rateLimitNearFinding(observations: readonly (Observation | undefined)[]): Finding | undefined {
  for (const observation of observations) {
    if (!observation || observation.status === null || observation.status === 429) continue;
    const quota = rateLimitQuota(observation);
    if (quota.nearLimit)
      return probeFinding('RATE_LIMIT_NEAR', observation, quota.detail ? { detail: quota.detail } : {});
  }
  return undefined;
}
