/** The lines of evidence an observation gives a finding: request → status, the headers that matter, the body's gist. */
import { bodyLine, header } from '../atlassian/responses';
import type { Observation } from '../model/report';

const EVIDENCE_HEADERS = [
  'x-seraph-loginreason',
  'x-authentication-denied-reason',
  'x-failure-category',
  'retry-after',
  'content-type',
  'location',
  'server',
  // The 2026 quota headers (https://community.developer.atlassian.com/t/2026-point-based-rate-limits/97828?page=9).
  'beta-ratelimit-policy',
  'beta-ratelimit',
  'x-beta-ratelimit-reason',
  'x-beta-ratelimit-nearlimit',
  'x-beta-ratelimit-reset',
  'x-ratelimit-nearlimit',
];

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
