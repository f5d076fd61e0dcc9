/**
 * Other: no usable answer (rate limits, server errors, timeouts, network) or nothing could be sent.
 */
import { groupTable } from './entry';
import { SOURCES } from './sources';

export const OTHER_ROWS = groupTable('other', {
  RATE_LIMITED: {
    outcome: 'inconclusive',
    severity: 'warning',
    sources: [SOURCES.rateLimiting, SOURCES.rateLimitHeaders, SOURCES.rateLimitHtml429, SOURCES.pointsQuota2026],
    title: () => 'Rate limited: try again later',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered 429${p.retryAfter ? ` with Retry-After: ${p.retryAfter}` : ''}${p.detail ? ` (${p.detail})` : ''}, so the check could not finish. API token traffic is governed by burst limits per site, OAuth and app traffic since March 2026 also by an hourly points quota (an HTML "error429" page is the same limit).`,
    fix: (p) => ({
      steps: [
        `Wait ${p.retryAfter ? `${p.retryAfter} seconds` : 'a minute'} and run the diagnosis again.`,
        'If the integration hits this often, make it honour Retry-After with backoff.',
      ],
    }),
  },
  RATE_LIMIT_NEAR: {
    // The run succeeded; the answer only says the budget is nearly spent (no outcome of its own).
    severity: 'warning',
    sources: [SOURCES.pointsQuota2026, SOURCES.rateLimitHeaders, SOURCES.rateLimiting],
    title: () => 'Close to the rate limit',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered ${p.status ?? '200'} with a near-limit flag (X-Beta-Ratelimit-Nearlimit or X-RateLimit-NearLimit: true, less than 20 % of a budget left)${p.detail ? `: ${p.detail}` : ''}. The credential works; calls will start getting 429 soon.`,
    fix: () => ({
      steps: [
        'Slow the integration down or spread its calls over the hour: the points quota refills per window.',
        'Make it honour Retry-After and back off on 429 (only idempotent calls should be retried).',
      ],
    }),
  },
  SERVER_ERROR: {
    outcome: 'inconclusive',
    severity: 'error',
    sources: [SOURCES.status],
    title: (p) => `Atlassian answered with a server error (${p.status ?? '5xx'})`,
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered ${p.status ?? 'a 5xx status'}${p.detail ? ` (${p.detail})` : ''}. This is on Atlassian's side, not a credential problem; the check could not finish.`,
    fix: () => ({ steps: ['Check https://status.atlassian.com and try again in a few minutes.'] }),
  },
  TIMEOUT: {
    outcome: 'inconclusive',
    severity: 'error',
    sources: [SOURCES.status],
    title: () => 'No answer in time',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} did not answer within ${p.timeoutMs ? `${Math.round(Number(p.timeoutMs) / 1000)} s` : 'the time limit'}. The check stopped waiting; nothing was retried.`,
    fix: () => ({
      steps: ['Check your connection or proxy, and https://status.atlassian.com, then run the diagnosis again.'],
    }),
  },
  NETWORK_ERROR: {
    outcome: 'inconclusive',
    severity: 'error',
    sources: [],
    noSource: 'The failure is local (DNS, proxy, firewall): no Atlassian page describes a given network.',
    title: () => 'Could not reach Atlassian',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} failed before any answer: ${p.detail ?? 'a network error'}. A proxy, firewall, VPN or DNS problem is likely; an unknown host name fails this way too.`,
    fix: () => ({
      steps: [
        'Open the site in a browser tab to check it is reachable from this machine, then run the diagnosis again.',
      ],
    }),
  },
  UNEXPECTED_RESPONSE: {
    severity: 'error',
    sources: [SOURCES.htmlNotJson],
    title: () => 'Unexpected answer: not the JSON an API gives',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered ${p.status ?? ''}${p.detail ? ` with ${p.detail}` : ''} where JSON was due. A login page, proxy or firewall page answers like this; clients report it as "invalid character '<'".`,
    fix: () => ({
      steps: [
        'Check that the address is the *.atlassian.net site itself and that no proxy or SSO page stands in front of it.',
      ],
    }),
  },
  BLOCKED_BY_POLICY: {
    severity: 'error',
    sources: [],
    noSource: "Token Doctor's own request policy refused the send; the finding says which rule.",
    title: () => 'Not sent: the destination is not allowed',
    explanation: (p) =>
      `Token Doctor refused to send the credential to ${p.host ?? 'this address'}: secrets only go to the profile's own *.atlassian.net site and api.atlassian.com.`,
    fix: () => ({ steps: ['Check the site URL of the profile.'] }),
  },
  // --- Check a request: the Government Cloud target (lib/requests/check/targets/gov-cloud.ts) ---
  GOV_CLOUD_SITE_IN_REQUEST: {
    severity: 'info',
    sources: [SOURCES.govCloud],
    title: () => 'An Atlassian Government Cloud site',
    explanation: (p) =>
      `${p.host ?? 'This host'} belongs to Atlassian Government Cloud: its sites end in atlassian-us-gov-mod.net and its API gateway is api.atlassian-us-gov-mod.com. Fixes use those hosts; a Government credential never goes to a commercial host (api.atlassian.com, *.atlassian.net).`,
    fix: () => ({
      steps: [
        'Call the site itself, or the gateway https://api.atlassian-us-gov-mod.com/ex/jira/{cloudId} for a scoped token; create tokens at id.atlassian-us-gov-mod.com.',
      ],
    }),
  },
});
