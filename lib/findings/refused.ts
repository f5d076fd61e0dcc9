/**
 * Refused (403): the credential reached Atlassian, but this call was not allowed.
 */
import { groupTable } from './entry';
import { SOURCES } from './sources';

export const REFUSED_ROWS = groupTable('refused', {
  IP_NOT_ALLOWLISTED: {
    severity: 'error',
    sources: [SOURCES.ipAllowlist],
    title: () => "Blocked by the site's IP allowlist",
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered ${p.status ?? '403'}: "The IP address has been rejected because it is not on the allowed list." The organization restricts site access to listed IP addresses; the credentials were not judged at all.`,
    fix: () => ({
      steps: [
        "Ask an organization admin to add the integration's public IP address (and yours, for this check) at admin.atlassian.com → Security → IP allowlists.",
        'IP allowlists do not apply to organization-level APIs.',
      ],
    }),
  },
  FORBIDDEN: {
    severity: 'error',
    sources: [],
    noSource: 'A 403 of no known form: the quoted body is the only evidence, and no page explains it.',
    title: () => 'Refused (403)',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered 403${p.detail ? `: ${p.detail}` : ''}. The credentials reached Atlassian but this call was refused for a reason Token Doctor does not recognise.`,
    fix: () => ({
      steps: ['Read the answer shown under the probe; ask a site admin whether the user has access to the product.'],
    }),
  },
  // --- Check a request: shape rules of the Jira and Confluence targets (lib/requests/check) ---
  XSRF_BLOCKED: {
    severity: 'error',
    sources: [SOURCES.xsrfBrowserAgent, SOURCES.xsrfNoCheck],
    title: () => 'A write with a browser User-Agent and no X-Atlassian-Token: no-check',
    explanation: (p) =>
      `This ${p.method ?? 'POST'} sends the browser-like User-Agent "${p.detail ?? ''}" without "X-Atlassian-Token: no-check". Jira's XSRF filter refuses writes from a browser User-Agent even with a valid token: Jira Cloud answers 403 "XSRF check failed" (GET requests are exempt).`,
    fix: () => ({
      steps: [
        "Add the header X-Atlassian-Token: no-check (the corrected request does), or send a User-Agent that is not a browser's (your integration's name).",
      ],
    }),
  },
});
