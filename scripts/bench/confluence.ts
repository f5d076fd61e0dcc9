/**
 * The Confluence integration's figures for `npm run bench`: the cold checks are demo profiles
 * (measured with the others); this adds the scoped check with the cloudId cached and the targets:
 * one round trip when the site accepts, two cold through the gateway, one cached.
 */
import type { EngineCache } from '../../lib/probe/deps';
import type { Profile, ProfileDraft } from '../../lib/model/profile';
import { memoryCache } from '../../lib/probe/deps';
import { CONFLUENCE_DEMO_PROFILES } from '../demo-profiles';

interface Measured {
  probes: number;
  verdict: number;
  sequential: number;
}

interface BenchCase {
  name: string;
  probes: number;
  verdictRtt: number;
  sequentialRtt: number;
}

interface BenchKit {
  measure: (profile: Profile, cache: () => EngineCache) => Promise<Measured>;
  warm: (profile: Profile, cache: EngineCache) => Promise<void>;
  toProfile: (draft: ProfileDraft, id: string) => Profile;
  rtt: (ms: number) => number;
  cases: readonly BenchCase[];
}

/** Adds the cached scoped Confluence case and returns the targets the Confluence figures must meet. */
export async function confluenceBench(
  kit: BenchKit,
): Promise<{ cases: BenchCase[]; targets: [string, number, number][] }> {
  const [unscoped, scoped] = CONFLUENCE_DEMO_PROFILES;
  const profile = kit.toProfile(scoped!, 'confluence-scoped-cached');
  const cache = memoryCache();
  await kit.warm(profile, cache);
  const measured = await kit.measure(profile, () => cache);
  const cached: BenchCase = {
    name: `${scoped!.name} (cloudId cached)`,
    probes: measured.probes,
    verdictRtt: kit.rtt(measured.verdict),
    sequentialRtt: kit.rtt(measured.sequential),
  };
  const byName = (name: string) => kit.cases.find((c) => c.name === name)?.verdictRtt ?? Number.POSITIVE_INFINITY;
  return {
    cases: [cached],
    targets: [
      ['Confluence: the site accepts the token', byName(unscoped!.name), 1.2],
      ['Confluence: scoped, cloudId not cached', byName(scoped!.name), 2.2],
      ['Confluence: scoped, cloudId cached', cached.verdictRtt, 1.2],
    ],
  };
}
