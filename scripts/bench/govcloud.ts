/**
 * Bench cases of the govcloud area: an OAuth token for a named site whose cloudId is cached
 * (accessible-resources and the gateway at once), a Government Cloud site, and Confluence Data
 * Center — each beside its one-by-one baseline.
 */
import { diagnose } from '../../lib/diagnose/diagnose';
import { memoryCache, type EngineCache, type Transport } from '../../lib/probe/deps';
import type { Profile, ProfileDraft } from '../../lib/model/profile';
import { DEMO_CONFLUENCE_DC_PROFILE, DEMO_GOV_PROFILE, DEMO_PROFILES } from '../demo-profiles';

interface Measured {
  probes: number;
  verdict: number;
  sequential: number;
}

type Measure = (profile: Profile, cache: () => EngineCache) => Promise<Measured>;

interface BenchCase {
  name: string;
  probes: number;
  verdictRtt: number;
  sequentialRtt: number;
}

export async function govcloudCases(
  toProfile: (draft: ProfileDraft, id: string) => Profile,
  measure: Measure,
  transport: Transport,
  rtt: (ms: number) => number,
): Promise<{ cases: BenchCase[]; oauthCached: BenchCase; dataCenter: BenchCase }> {
  const asCase = (name: string, m: Measured): BenchCase => ({
    name,
    probes: m.probes,
    verdictRtt: rtt(m.verdict),
    sequentialRtt: rtt(m.sequential),
  });
  const oauthDraft = DEMO_PROFILES.find((p) => p.kind === 'oauth-access-token' && p.siteUrl !== '');
  if (!oauthDraft) throw new Error('bench: the demo has no OAuth profile with a site');
  const oauth = toProfile(oauthDraft, 'oauth-cached');
  const warm = memoryCache();
  await diagnose(oauth, { transport, now: Date.now, cache: warm });
  const oauthCached = asCase(`${oauthDraft.name} (cloudId cached)`, await measure(oauth, () => warm));
  const gov = asCase(DEMO_GOV_PROFILE.name, await measure(toProfile(DEMO_GOV_PROFILE, 'gov'), () => memoryCache()));
  const dataCenter = asCase(
    DEMO_CONFLUENCE_DC_PROFILE.name,
    await measure(toProfile(DEMO_CONFLUENCE_DC_PROFILE, 'dc-confluence'), () => memoryCache()),
  );
  return { cases: [oauthCached, gov, dataCenter], oauthCached, dataCenter };
}
