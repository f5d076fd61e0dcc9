/**
 * Bench cases of Cloud sites on other names, each beside its one-by-one baseline: a custom domain
 * (one round trip of anonymous recognition — tenant_info ∥ serverInfo — before the credential may
 * go there, then the site and the gateway at once with the cloudId it named), a scoped token on it,
 * a custom domain that is Data Center (recognition only: nothing else is sent), and the legacy
 * *.jira.com name (Cloud by rule: no recognition). An OAuth token whose Site URL is the custom domain:
 * recognition first, then accessible-resources ∥ the gateway's /myself with the cloudId tenant_info
 * named (the token never goes to the custom domain), and the same with a Data Center Site URL.
 */
import { memoryCache, type EngineCache } from '../../lib/probe/deps';
import type { Profile, ProfileDraft } from '../../lib/model/profile';
import * as world from '../../emulator';

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

const cloud = (name: string, host: string, email: string, apiToken: string): ProfileDraft => ({
  kind: 'cloud-api-token',
  name,
  siteUrl: `https://${host}`,
  email,
  apiToken,
});

const DRAFTS: ProfileDraft[] = [
  cloud('Custom domain (Cloud)', world.GLOBEX_CUSTOM_HOST, world.GLOBEX_EMAIL, world.GLOBEX_UNSCOPED_TOKEN),
  cloud('Custom domain, scoped token', world.GLOBEX_CUSTOM_HOST, world.GLOBEX_EMAIL, world.GLOBEX_SCOPED_TOKEN),
  cloud('Custom domain that is Data Center', world.DC_HOST, world.ADMIN_EMAIL, world.UNSCOPED_TOKEN),
  cloud('Legacy *.jira.com name', world.GLOBEX_LEGACY_HOST, world.GLOBEX_EMAIL, world.GLOBEX_UNSCOPED_TOKEN),
  {
    kind: 'oauth-access-token',
    name: 'OAuth token, custom domain (Cloud)',
    accessToken: world.GLOBEX_OAUTH_TOKEN,
    siteUrl: `https://${world.GLOBEX_CUSTOM_HOST}`,
  },
  {
    kind: 'oauth-access-token',
    name: 'OAuth token, custom domain that is Data Center',
    accessToken: world.GLOBEX_OAUTH_TOKEN,
    siteUrl: `https://${world.DC_HOST}`,
  },
];

export async function customDomainCases(
  toProfile: (draft: ProfileDraft, id: string) => Profile,
  measure: (profile: Profile, cache: () => EngineCache) => Promise<Measured>,
  rtt: (ms: number) => number,
): Promise<BenchCase[]> {
  const cases: BenchCase[] = [];
  for (const [i, draft] of DRAFTS.entries()) {
    const m = await measure(toProfile(draft, `custom-domain-${i}`), () => memoryCache());
    cases.push({ name: draft.name, probes: m.probes, verdictRtt: rtt(m.verdict), sequentialRtt: rtt(m.sequential) });
  }
  return cases;
}
