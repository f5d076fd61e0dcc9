/** Runs the scope check against a fresh emulator in-process, recording the requests. */
import { checkScopes } from '../../../lib/scopes/check';
import { memoryCache, type EngineDeps } from '../../../lib/probe/deps';
import type { Profile } from '../../../lib/model/profile';
import { createAtlassianHandler, defaultScenario, recordingTransport } from '../../../emulator';

export async function runCheck(profile: Profile) {
  const recorder = recordingTransport(createAtlassianHandler(defaultScenario()));
  const deps: EngineDeps = {
    transport: recorder.transport,
    now: Date.now,
    cache: memoryCache(),
    probeTimeoutMs: 2_000,
    runBudgetMs: 10_000,
    sleep: async () => undefined,
  };
  const report = await checkScopes(profile, deps, { extensionVersion: '0.0.0-test' });
  return { report, recorder };
}
