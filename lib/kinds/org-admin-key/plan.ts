/**
 * The probes of an organization API key: `GET /admin/v1/orgs` with Bearer, and
 * `/admin/v1/orgs/{orgId}` at the same time when the ID is given. A valid key may list NO
 * organization (keys are scoped to one: https://jira.atlassian.com/browse/ACCESS-966), so the list
 * alone is explained, not alarmed at.
 */
import { tokenFingerprint } from '../../atlassian/token-shape';
import { ADMIN_ORGS_URL, adminOrgUrl } from '../../atlassian/urls';
import type { OrgAdminKeyProfile } from '../../model/profile';
import type { ProbeId } from '../../model/report';
import { bearerAuth } from '../../probe/auth';
import { gatewayOnly } from '../../probe/policy';
import { probeRequest, type Run } from '../../probe/run';
import type { DiagnosisSteps } from '../types';
import { classifyOrgAdminKey, type OrgSeen } from './classify';
import { lintOrgAdminKey, type OrgAdminLint } from './lint';

async function planOrgAdminKey(lint: OrgAdminLint, run: Run): Promise<OrgSeen> {
  if (!lint.canSendCredential) return {};
  const auth = bearerAuth(lint.key, tokenFingerprint(lint.key));
  const send = (id: ProbeId, url: string) =>
    run.send({ probe: probeRequest(id, url, 'bearer', auth.shown), authorization: auth.authorization });
  const [orgs, org] = await Promise.all([
    send('admin-orgs', ADMIN_ORGS_URL),
    lint.orgId ? send('admin-org', adminOrgUrl(lint.orgId)) : Promise.resolve(undefined),
  ]);
  return org ? { orgs, org } : { orgs };
}

export const ORG_ADMIN_KEY_DIAGNOSIS: DiagnosisSteps<OrgAdminKeyProfile, OrgAdminLint, OrgSeen> = {
  lint: (profile) => lintOrgAdminKey(profile),
  policy: () => gatewayOnly,
  plan: (_profile, lint, run) => planOrgAdminKey(lint, run),
  classify: (lint, seen) => classifyOrgAdminKey(lint, seen),
};
