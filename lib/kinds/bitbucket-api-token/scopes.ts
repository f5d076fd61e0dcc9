/**
 * The scope check of both Bitbucket kinds, by the same method as Jira's: one read-only probe per
 * scope, and the answer says granted (200), missing (403 "lack one or more required privilege
 * scopes") or unknown. What Bitbucket's answers cannot prove is said plainly: write and admin
 * scopes would need a write to prove, so they are not checked, and without a workspace only the
 * user probe can be sent. At most three GET requests, to api.bitbucket.org only.
 */
import {
  BITBUCKET_USER_URL,
  bitbucketRepositoriesUrl,
  bitbucketWorkspaceUrl,
  missingBitbucketScopes,
  readBitbucketUser,
} from '../../atlassian/bitbucket';
import { tokenFingerprint } from '../../atlassian/token-shape';
import type { BitbucketAccessTokenProfile, BitbucketApiTokenProfile } from '../../model/profile';
import type { Finding, Observation } from '../../model/report';
import type { ProbeAuth } from '../../probe/auth';
import type { EngineDeps } from '../../probe/deps';
import { bitbucketOnly } from '../../probe/policy';
import { probeRequest, startRun } from '../../probe/run';
import { finishScopeReport, type ScopeCheckMeta } from '../../scopes/finish';
import type { ScopeReport, ScopeRow, ScopeState } from '../../scopes/types';
import { probeFinding } from '../shared';

interface ScopeProbe {
  id: string;
  label: string;
  /** The API token scope the probe needs (https://support.atlassian.com/bitbucket-cloud/docs/api-tokens/). */
  scope: string;
  url: (workspace: string) => string;
  needsWorkspace: boolean;
}

const PROBES: readonly ScopeProbe[] = [
  {
    id: 'read:user:bitbucket',
    label: 'Read the account (GET /2.0/user)',
    scope: 'read:user:bitbucket',
    url: () => BITBUCKET_USER_URL,
    needsWorkspace: false,
  },
  {
    id: 'read:workspace:bitbucket',
    label: 'Read the workspace (GET /2.0/workspaces/{workspace})',
    scope: 'read:workspace:bitbucket',
    url: bitbucketWorkspaceUrl,
    needsWorkspace: true,
  },
  {
    id: 'read:repository:bitbucket',
    label: 'List repositories (GET /2.0/repositories/{workspace})',
    scope: 'read:repository:bitbucket',
    url: bitbucketRepositoriesUrl,
    needsWorkspace: true,
  },
];

function stateOf(observation: Observation): ScopeState {
  if (observation.status === 200) return 'granted';
  if (missingBitbucketScopes(observation)) return 'missing';
  return 'unknown';
}

function evidence(observation: Observation): string {
  return `${observation.probe.url.replace(/^https:\/\/[^/]+/, '')} → ${observation.status ?? observation.error?.kind ?? '?'}`;
}

type BitbucketProfile = BitbucketApiTokenProfile | BitbucketAccessTokenProfile;

interface ScopeInput {
  token: string;
  workspace: string;
  auth?: ProbeAuth;
  /** The lint's findings; when the credential cannot be sent, the report says so and sends nothing. */
  findings: Finding[];
  /** For access tokens, whose scopes Bitbucket names differently: the rows say what the probe proves. */
  noun: string;
}

export async function checkBitbucketScopes(
  profile: BitbucketProfile,
  deps: EngineDeps,
  meta: ScopeCheckMeta,
  input: ScopeInput,
): Promise<ScopeReport> {
  const fingerprint = tokenFingerprint(input.token);
  if (!input.auth)
    return finishScopeReport(profile, undefined, deps.now(), meta, {
      model: 'failed',
      summary: 'The profile must be fixed before its scopes can be checked: see the findings.',
      rows: [],
      findings: input.findings,
      tokenFingerprint: fingerprint,
    });
  const auth = input.auth;
  const run = startRun(deps, bitbucketOnly, { maxRequests: PROBES.length });
  const sent = await Promise.all(
    PROBES.map(async (p) =>
      p.needsWorkspace && input.workspace === ''
        ? undefined
        : run.send({
            probe: probeRequest(`scope:${p.id}`, p.url(input.workspace), auth.scheme, auth.shown),
            authorization: auth.authorization,
          }),
    ),
  );
  const user = sent[0];
  if (user && user.status === 401) {
    return finishScopeReport(profile, run, deps.now(), meta, {
      model: 'failed',
      summary: `Bitbucket did not accept the ${input.noun} (GET /2.0/user → 401), so no scope could be checked: use "Run diagnosis" to see why.`,
      rows: [],
      findings: [...input.findings],
      tokenFingerprint: fingerprint,
    });
  }
  const rows: ScopeRow[] = PROBES.map((p, i) => {
    const observation = sent[i];
    return {
      id: p.id,
      product: 'site',
      label: p.label,
      scopesClassic: [],
      scopesGranular: [p.scope],
      state: observation ? stateOf(observation) : 'unknown',
      evidence: observation ? evidence(observation) : 'not probed: give the Workspace to check it',
    };
  });
  const findings: Finding[] = [...input.findings];
  PROBES.forEach((p, i) => {
    const observation = sent[i];
    if (observation && rows[i]!.state === 'missing')
      findings.push(
        probeFinding('SCOPE_MISSING', observation, {
          product: 'bitbucket',
          scopes: missingBitbucketScopes(observation)?.join(' ') || p.scope,
        }),
      );
  });
  const found = user ? readBitbucketUser(user) : undefined;
  return finishScopeReport(profile, run, deps.now(), meta, {
    model: 'scoped',
    summary: `Bitbucket ${input.noun}: each row is one read-only probe of api.bitbucket.org. Write and admin scopes cannot be proven without writing, so they are not checked${input.workspace === '' ? '; without a Workspace only the account could be checked' : ''}.`,
    rows,
    findings,
    tokenFingerprint: fingerprint,
    ...(found ? { account: { accountId: found.accountId ?? found.uuid, displayName: found.displayName } } : {}),
  });
}
