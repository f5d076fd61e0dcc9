/** The Jira Data Center personal access token kind: sent as Bearer to the one server the user granted. */
import type { KindDriver } from '../types';
import { DC_PAT_FORM } from './fields';
import { lintDcPat } from './lint';
import { DC_PAT_DIAGNOSIS } from './plan';

export const DC_PAT: KindDriver<'dc-pat'> = {
  kind: 'dc-pat',
  form: DC_PAT_FORM,
  lintDraft: (draft) => {
    const lint = lintDcPat(draft);
    return { findings: lint.findings, target: lint.server?.base };
  },
  diagnosis: (use) => use(DC_PAT_DIAGNOSIS),
  scopes: {
    // A PAT is sent as Bearer and stands for its user; Data Center has no token scopes.
    // The report names the server by its parsed base, never as typed (user info, a query).
    notApplicable: (profile) => ({
      summary:
        'Data Center personal access tokens have no scopes: the token can do whatever its user can on that server. Nothing was sent; use "Run diagnosis" to check the token.',
      siteUrl: lintDcPat(profile).server?.base,
    }),
  },
};
