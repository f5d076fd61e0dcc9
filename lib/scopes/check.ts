/**
 * "What can this token do?" (issue 5): a pure async function of a profile and the engine's
 * injected dependencies, like diagnose(). Org API keys and Data Center PATs have no scope model:
 * the report says so plainly and sends nothing.
 */
import { tokenFingerprint } from '../atlassian/token-shape';
import type { EngineDeps } from '../probe/deps';
import type { Profile } from '../model/profile';
import { checkCloudScopes } from './check-cloud';
import { checkOAuthScopes } from './check-oauth';
import { finishScopeReport, type ScopeCheckMeta } from './finish';
import type { ScopeReport } from './types';

export type { ScopeCheckMeta } from './finish';

export async function checkScopes(profile: Profile, deps: EngineDeps, meta: ScopeCheckMeta = {}): Promise<ScopeReport> {
  switch (profile.kind) {
    case 'cloud-api-token':
      return checkCloudScopes(profile, deps, meta);
    case 'oauth-access-token':
      return checkOAuthScopes(profile, deps, meta);
    case 'org-admin-key':
      return finishScopeReport(profile, undefined, deps.now(), meta, {
        model: 'not-applicable',
        // facts §4: keys belong to one organization and call the admin APIs; Atlassian publishes no scopes for them.
        summary:
          'Organization API keys have no scopes: a key acts on its organization through the admin APIs (facts §4). Nothing was sent; use "Run diagnosis" to check the key.',
        rows: [],
        findings: [],
        tokenFingerprint: tokenFingerprint(profile.apiKey),
      });
    case 'dc-pat':
      return finishScopeReport(profile, undefined, deps.now(), meta, {
        model: 'not-applicable',
        // facts §5.4: a PAT is sent as Bearer and stands for its user; Data Center has no token scopes.
        summary:
          'Data Center personal access tokens have no scopes: the token can do whatever its user can on that server. Nothing was sent; use "Run diagnosis" to check the token.',
        rows: [],
        findings: [],
        tokenFingerprint: tokenFingerprint(profile.pat),
        siteUrl: profile.serverUrl,
      });
  }
}
