/** Local checks of any profile draft, for the form: the same checks the engine runs first. */
import type { ProfileDraft } from '../model/profile';
import { lintCloudApiToken } from './lint';
import { lintDcPat, lintOAuthToken, lintOrgAdminKey } from './lint-kinds';
import type { Finding } from '../model/report';

export interface DraftLint {
  findings: Finding[];
  /** What the engine will contact, in words ("Will check https://acme.atlassian.net"). */
  target?: string;
}

export function lintDraft(draft: ProfileDraft, nowMs: number): DraftLint {
  switch (draft.kind) {
    case 'cloud-api-token': {
      const lint = lintCloudApiToken(draft);
      return { findings: lint.findings, target: lint.site?.origin };
    }
    case 'oauth-access-token': {
      const lint = lintOAuthToken(draft, nowMs);
      return { findings: lint.findings, target: lint.site?.origin };
    }
    case 'org-admin-key':
      return { findings: lintOrgAdminKey(draft).findings };
    case 'dc-pat': {
      const lint = lintDcPat(draft);
      return { findings: lint.findings, target: lint.server?.base };
    }
  }
}
