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
});
