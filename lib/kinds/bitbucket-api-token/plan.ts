/**
 * The probes of a Bitbucket Cloud API token, Basic email:token to api.bitbucket.org only:
 * `GET /2.0/user` (needs read:user:bitbucket), then, when a workspace is given,
 * `GET /2.0/workspaces/{workspace}` and `GET /2.0/repositories/{workspace}?pagelen=1` at once
 * (https://github.com/constructorfabric/insight/issues/1887).
 */
import { tokenFingerprint } from '../../atlassian/token-shape';
import type { BitbucketApiTokenProfile } from '../../model/profile';
import { basicAuth } from '../../probe/auth';
import { bitbucketOnly } from '../../probe/policy';
import type { Run } from '../../probe/run';
import type { DiagnosisSteps } from '../types';
import { classifyBitbucketApiToken } from './classify';
import { lintBitbucketApiToken, type BitbucketApiLint } from './lint';
import { planBitbucket, type BitbucketSeen } from './resources';

async function planBitbucketApiToken(lint: BitbucketApiLint, run: Run): Promise<BitbucketSeen> {
  if (!lint.canSendCredential) return {};
  return planBitbucket(run, basicAuth(lint.email, lint.token, tokenFingerprint(lint.token)), lint.workspace);
}

export const BITBUCKET_API_TOKEN_DIAGNOSIS: DiagnosisSteps<BitbucketApiTokenProfile, BitbucketApiLint, BitbucketSeen> =
  {
    lint: (profile) => lintBitbucketApiToken(profile),
    policy: () => bitbucketOnly,
    plan: (_profile, lint, run) => planBitbucketApiToken(lint, run),
    classify: (lint, seen) => classifyBitbucketApiToken(lint, seen),
  };
