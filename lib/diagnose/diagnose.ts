/**
 * The engine: lint → plan probes → run them (independent ones at once) → classify → report.
 * A pure async function of a profile and injected dependencies; it runs the same in vitest, in the
 * service worker and in `npm run bench`. One module per credential kind does the work.
 */
import type { Profile } from '../model/profile';
import { diagnoseCloudApiToken } from './cloud-api-token';
import { diagnoseDcPat } from './dc-pat';
import { diagnoseOAuthToken } from './oauth';
import { diagnoseOrgAdminKey } from './org-admin';
import type { EngineDeps } from '../probe/deps';
import type { Report } from '../model/report';

export { basicAuthorization, cloudIdCacheKey } from './cloud-api-token';

export async function diagnose(profile: Profile, deps: EngineDeps): Promise<Report> {
  switch (profile.kind) {
    case 'cloud-api-token':
      return diagnoseCloudApiToken(profile, deps);
    case 'oauth-access-token':
      return diagnoseOAuthToken(profile, deps);
    case 'org-admin-key':
      return diagnoseOrgAdminKey(profile, deps);
    case 'dc-pat':
      return diagnoseDcPat(profile, deps);
  }
}
