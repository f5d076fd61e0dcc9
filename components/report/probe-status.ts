/** How a probe ended, as the `data-status` attribute (UI contract) and as words. */
import type { Observation, ProbeErrorKind } from '@/lib/model/report';

const ERROR_WORDS: Record<ProbeErrorKind, string> = {
  timeout: 'No answer in time',
  network: 'Network error',
  'blocked-by-policy': 'Not sent: the request policy refused it',
  aborted: 'Stopped before an answer came',
};

/** HTTP status, `redirect` for a redirect that was not followed (status 0), or the error kind. */
export function probeStatusAttribute(observation: Observation): string {
  if (observation.status === null) return observation.error?.kind ?? 'unknown';
  if (observation.status === 0) return 'redirect';
  return String(observation.status);
}

export function probeStatusText(observation: Observation): string {
  if (observation.status === null) {
    return observation.error ? ERROR_WORDS[observation.error.kind] : 'No answer';
  }
  if (observation.status === 0) return 'Redirect (not followed with credentials)';
  return `HTTP ${observation.status}`;
}
