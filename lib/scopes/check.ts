/**
 * "What can this token do?": a pure async function of a profile and the engine's injected
 * dependencies, like diagnose(). Each kind's driver says how (lib/kinds); kinds with no scope
 * model (organization API keys, Data Center PATs) get a report that says so plainly and sends nothing.
 */
import { driverOf } from '../kinds';
import { profileCredentials } from '../kinds/credentials';
import { secretsOf } from '../kinds/forms';
import { secretSet } from '../probe/secrets';
import { tokenFingerprint } from '../atlassian/token-shape';
import type { EngineDeps } from '../probe/deps';
import type { Profile } from '../model/profile';
import { finishScopeReport, type ScopeCheckMeta } from './finish';
import type { ScopeReport } from './types';

export async function checkScopes(profile: Profile, deps: EngineDeps, meta: ScopeCheckMeta = {}): Promise<ScopeReport> {
  // The one place a scope report leaves the engine: no secret in any of its strings.
  return secretSet(profileCredentials(profile)).scrub(await scopeReport(profile, deps, meta));
}

async function scopeReport(profile: Profile, deps: EngineDeps, meta: ScopeCheckMeta): Promise<ScopeReport> {
  const support = driverOf(profile.kind).scopes;
  if ('check' in support) return support.check(profile, deps, meta);
  const { summary, siteUrl } = support.notApplicable(profile);
  return finishScopeReport(profile, undefined, deps.now(), meta, {
    model: 'not-applicable',
    summary,
    rows: [],
    findings: [],
    tokenFingerprint: tokenFingerprint(secretsOf(profile)[0] ?? ''),
    ...(siteUrl === undefined ? {} : { siteUrl }),
  });
}
