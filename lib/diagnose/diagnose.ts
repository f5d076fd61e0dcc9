/**
 * The engine: lint → plan probes → run them (independent ones at once) → classify → report.
 * A pure async function of a profile and injected dependencies; it runs the same in vitest, in the
 * service worker and in `npm run bench`. Each kind's steps come from its driver (lib/kinds).
 */
import { driverOf } from '../kinds';
import { profileCredentials } from '../kinds/credentials';
import type { DiagnosisSteps, KindLint } from '../kinds/types';
import type { Profile } from '../model/profile';
import type { Report } from '../model/report';
import type { EngineDeps } from '../probe/deps';
import { finishReport, startRun } from '../probe/run';

export { basicAuthorization } from '../probe/auth';

async function runSteps<P extends Profile, L extends KindLint, S>(
  steps: DiagnosisSteps<P, L, S>,
  profile: P,
  deps: EngineDeps,
): Promise<Report> {
  const lint = steps.lint(profile, deps.now());
  const run = startRun(deps, steps.policy(lint), { secrets: profileCredentials(profile) });
  const seen = await steps.plan(profile, lint, run, deps);
  // The one place a report leaves the engine: no secret in any of its strings.
  return run.secrets.scrub(finishReport(profile, run, deps, steps.classify(lint, seen, deps.now())));
}

export async function diagnose(profile: Profile, deps: EngineDeps): Promise<Report> {
  return driverOf(profile.kind).diagnosis((steps) => runSteps(steps, profile, deps));
}
