/**
 * The probes of a Bitbucket Cloud access token, Bearer to api.bitbucket.org only: `GET /2.0/user`,
 * then, when a workspace is given, the workspace and one page of its repositories at once
 * (https://github.com/constructorfabric/insight/issues/1887).
 */
import { tokenFingerprint } from '../../atlassian/token-shape';
import type { BitbucketAccessTokenProfile } from '../../model/profile';
import { bearerAuth } from '../../probe/auth';
import { bitbucketOnly } from '../../probe/policy';
import type { Run } from '../../probe/run';
import { planBitbucket, type BitbucketSeen } from '../bitbucket-api-token/resources';
import type { DiagnosisSteps } from '../types';
import { classifyBitbucketAccessToken } from './classify';
import { lintBitbucketAccessToken, type BitbucketAccessLint } from './lint';

async function planBitbucketAccessToken(lint: BitbucketAccessLint, run: Run): Promise<BitbucketSeen> {
  if (!lint.canSendCredential) return {};
  return planBitbucket(run, bearerAuth(lint.token, tokenFingerprint(lint.token)), lint.workspace);
}

export const BITBUCKET_ACCESS_TOKEN_DIAGNOSIS: DiagnosisSteps<
  BitbucketAccessTokenProfile,
  BitbucketAccessLint,
  BitbucketSeen
> = {
  lint: (profile) => lintBitbucketAccessToken(profile),
  policy: () => bitbucketOnly,
  plan: (_profile, lint, run) => planBitbucketAccessToken(lint, run),
  classify: (lint, seen) => classifyBitbucketAccessToken(lint, seen),
};
