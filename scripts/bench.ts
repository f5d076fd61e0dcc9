/**
 * `npm run bench [-- --json] [-- --latency MS]`: how fast the engine reaches a verdict, as a
 * multiple of one network round trip, against the emulator in-process with injected latency.
 * Ratios against a baseline measured in the same run (the same probes sent one by one), never
 * absolute times: these machines are shared and noisy. Also the built popup's JavaScript size.
 */
import { basicAuthorization, diagnose } from '../lib/diagnose/diagnose';
import { sendProbe } from '../lib/probe/send';
import { memoryCache, type EngineCache, type Transport } from '../lib/probe/deps';
import type { Profile, ProfileDraft } from '../lib/model/profile';
import { createAtlassianHandler, defaultScenario, emulatorTransport, withLatency } from '../emulator';
import { BENCH_BITBUCKET_PROFILES, DEMO_DC_PROFILE, DEMO_PROFILES } from './demo-profiles';
import { confluenceBench } from './bench/confluence';
import { govcloudCases } from './bench/govcloud';
import { customDomainCases } from './bench/custom-domain';
import { secretsOf } from '../lib/kinds/forms';
import { benchScopeCheck } from './bench/scope-check';
import { benchFleet, printFleet } from './bench/fleet';
import { benchPopupSize, POPUP_GZIP_TARGET_KB } from './bench/popup-size';

const args = process.argv.slice(2);
const json = args.includes('--json');
const latencyArg = args.indexOf('--latency');
const latencyMs = latencyArg >= 0 ? Number(args[latencyArg + 1]) : 40;
const REPEATS = 3;

const transport: Transport = emulatorTransport(withLatency(createAtlassianHandler(defaultScenario()), latencyMs));

function toProfile(draft: ProfileDraft, id: string): Profile {
  const now = new Date().toISOString();
  return { ...draft, id, createdAt: now, updatedAt: now };
}

/** The Authorization header each kind's probes carry, to replay them one by one. */
function authorizationOf(profile: Profile): string {
  const secret = (secretsOf(profile)[0] ?? '').replace(/\s+/g, '');
  return profile.kind === 'cloud-api-token' || profile.kind === 'bitbucket-api-token'
    ? basicAuthorization(profile.email.trim(), secret)
    : `Bearer ${secret}`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Case {
  name: string;
  probes: number;
  verdictRtt: number;
  sequentialRtt: number;
}

/** One engine run; then the same probes replayed one after another, as a naive client would. */
async function measure(
  profile: Profile,
  cache: () => EngineCache,
): Promise<{ probes: number; verdict: number; sequential: number }> {
  const verdicts: number[] = [];
  const sequentials: number[] = [];
  let probes = 0;
  for (let i = 0; i < REPEATS; i++) {
    const started = performance.now();
    const report = await diagnose(profile, { transport, now: Date.now, cache: cache() });
    verdicts.push(performance.now() - started);
    probes = report.probes.length;
    const authorization = authorizationOf(profile);
    const replayStart = performance.now();
    for (const observation of report.probes) {
      await sendProbe(
        {
          probe: observation.probe,
          authorization: observation.probe.auth === 'none' ? undefined : authorization,
          follow: observation.probe.id === 'redirect-target',
        },
        {
          transport,
          now: Date.now,
          sleep: async () => undefined,
          probeTimeoutMs: 10_000,
          deadline: Date.now() + 60_000,
          secretPolicy: () => ({ allowed: true }),
        },
      );
    }
    sequentials.push(performance.now() - replayStart);
  }
  return { probes, verdict: median(verdicts), sequential: median(sequentials) };
}

async function bulk(count: number): Promise<{ profiles: number; concurrentRtt: number; sequentialRtt: number }> {
  const profiles = Array.from({ length: count }, (_, i) => toProfile(DEMO_PROFILES[i % 4]!, `bulk-${i}`));
  const cache = memoryCache();
  let started = performance.now();
  // Four profiles at a time: polite to Atlassian, and what the background does for a bulk check.
  const queue = [...profiles];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let p = queue.shift(); p; p = queue.shift()) await diagnose(p, { transport, now: Date.now, cache });
    }),
  );
  const concurrent = performance.now() - started;
  started = performance.now();
  const cold = memoryCache();
  for (const p of profiles) await diagnose(p, { transport, now: Date.now, cache: cold });
  const sequential = performance.now() - started;
  return {
    profiles: count,
    concurrentRtt: round(concurrent / latencyMs),
    sequentialRtt: round(sequential / latencyMs),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

async function main(): Promise<void> {
  const cases: Case[] = [];
  const targets: string[] = [];
  for (const demo of [...DEMO_PROFILES, DEMO_DC_PROFILE, ...BENCH_BITBUCKET_PROFILES]) {
    const profile = toProfile(demo, demo.name);
    const cold = await measure(profile, () => memoryCache());
    cases.push({
      name: demo.name,
      probes: cold.probes,
      verdictRtt: round(cold.verdict / latencyMs),
      sequentialRtt: round(cold.sequential / latencyMs),
    });
  }
  // The gateway case again with the cloudId cached, as on a second Test of the same profile.
  const scoped = toProfile(DEMO_PROFILES[1]!, 'scoped-cached');
  const warmCache = memoryCache();
  await diagnose(scoped, { transport, now: Date.now, cache: warmCache });
  const warm = await measure(scoped, () => warmCache);
  cases.push({
    name: `${DEMO_PROFILES[1]!.name} (cloudId cached)`,
    probes: warm.probes,
    verdictRtt: round(warm.verdict / latencyMs),
    sequentialRtt: round(warm.sequential / latencyMs),
  });

  const confluence = await confluenceBench({
    measure,
    warm: async (p, c) => {
      await diagnose(p, { transport, now: Date.now, cache: c });
    },
    toProfile,
    rtt: (ms) => round(ms / latencyMs),
    cases,
  });
  cases.push(...confluence.cases);
  const govcloud = await govcloudCases(toProfile, measure, transport, (ms) => round(ms / latencyMs));
  cases.push(...govcloud.cases);
  cases.push(...(await customDomainCases(toProfile, measure, (ms) => round(ms / latencyMs))));

  const bulkResult = await bulk(20);
  const scopeCheck = await benchScopeCheck(transport, latencyMs);
  const fleet = await benchFleet(latencyMs);
  const size = benchPopupSize();

  const byName = (n: string) => cases.find((c) => c.name === n)!;
  const check = (label: string, value: number, max: number, unit: string) =>
    targets.push(`${value <= max ? 'PASS' : 'MISS'}  ${label}: ${value}${unit} (target ≤ ${max}${unit})`);
  check('site accepts the token', byName(DEMO_PROFILES[0]!.name).verdictRtt, 1.2, ' RTT');
  check('gateway needed, cloudId not cached', byName(DEMO_PROFILES[1]!.name).verdictRtt, 2.2, ' RTT');
  check('gateway needed, cloudId cached', byName(`${DEMO_PROFILES[1]!.name} (cloudId cached)`).verdictRtt, 1.2, ' RTT');
  // Bitbucket: /2.0/user, then the workspace and its repositories at once.
  check('Bitbucket API token, workspace given', byName('Bitbucket — CI API token').verdictRtt, 2.2, ' RTT');
  check('OAuth, named site, cloudId cached', govcloud.oauthCached.verdictRtt, 1.2, ' RTT');
  check('Data Center, context path looked for at once', byName(DEMO_DC_PROFILE.name).verdictRtt, 1.2, ' RTT');
  check('Confluence Data Center', govcloud.dataCenter.verdictRtt, 1.2, ' RTT');
  check('popup JavaScript, gzip', round(size.gzip / 1024), POPUP_GZIP_TARGET_KB, ' KB');
  for (const [label, value, max] of confluence.targets) check(label, value, max, ' RTT');

  if (json) {
    console.log(
      JSON.stringify({
        latencyMs,
        cases,
        popupJsBytes: size.raw,
        popupJsGzipBytes: size.gzip,
        bulk: bulkResult,
        scopeCheck: scopeCheck.cases,
        fleet,
      }),
    );
    return;
  }
  console.log(
    `\nTime to verdict, in round trips (one round trip = ${latencyMs} ms of injected latency; median of ${REPEATS})\n`,
  );
  console.log(`${'case'.padEnd(48)}  probes  verdict  one-by-one`);
  for (const c of cases)
    console.log(
      `${c.name.padEnd(48)}  ${String(c.probes).padStart(6)}  ${c.verdictRtt.toFixed(2).padStart(7)}  ${c.sequentialRtt.toFixed(2).padStart(10)}`,
    );
  console.log(
    `\nBulk check of ${bulkResult.profiles} profiles: ${bulkResult.concurrentRtt} RTT four at a time, ${bulkResult.sequentialRtt} RTT one by one`,
  );
  console.log(scopeCheck.text);
  printFleet(fleet);
  console.log(`Popup JavaScript: ${(size.raw / 1024).toFixed(1)} KB raw, ${(size.gzip / 1024).toFixed(1)} KB gzip\n`);
  for (const t of targets) console.log(t);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
