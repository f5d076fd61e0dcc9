/**
 * The fleet case of `npm run bench`: Check all of 100 profiles on 20 sites, driven through the
 * background's own fleet service (lib/services/fleet.ts: the polite gate, the scheduler, the
 * bounded report store), against the emulator in-process with injected latency. Time is counted
 * in round trips, against the same profiles checked one by one and against two limits: the
 * per-host one (ceil(profiles on the busiest host ÷ 2)) and the one the politeness rules really
 * allow (ceil(requests on the busiest host ÷ 2), and ceil(all requests ÷ 6)).
 */
import { diagnose } from '../../lib/diagnose/diagnose';
import { OVERALL_LIMIT, PER_HOST_LIMIT } from '../../lib/fleet/polite-gate';
import { EMPTY_FLEET_STATE, type FleetState } from '../../lib/fleet/types';
import type { Profile } from '../../lib/model/profile';
import type { Report } from '../../lib/model/report';
import { memoryCache } from '../../lib/probe/deps';
import { publicPart } from '../../lib/profiles/record';
import { boundReport, reportBytes } from '../../lib/services/bounded-report';
import { createFleetService, fleetCache } from '../../lib/services/fleet';
import { benchRender } from './render';
import { createAtlassianHandler, fleetScenario, recordingTransport, withLatency } from '../../emulator';

export interface FleetBench {
  profiles: number;
  sites: number;
  fleetRtt: number;
  oneByOneRtt: number;
  /** ceil(profiles on the busiest host ÷ 2). */
  perHostLimitRtt: number;
  /** What the rules allow given the requests the engine sends: max(busiest host ÷ 2, all ÷ 6). */
  politenessLimitRtt: number;
  requests: number;
  peakPerHost: number;
  peakOverall: number;
  bytesStored: number;
  largestReportBytes: number;
  largestRawReportBytes: number;
  fleetStateBytes: number;
  /** The Profiles list rendered with 500 profiles, as a multiple of rendering 10 (jsdom, real components). */
  render500vs10: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

export async function benchFleet(latencyMs: number, profileCount = 100, siteCount = 20): Promise<FleetBench> {
  const { scenario, credentials } = fleetScenario(siteCount, profileCount);
  const profiles: Profile[] = credentials.map((c, i) => ({
    kind: 'cloud-api-token',
    id: `bench-${i}`,
    name: `Bench ${i}`,
    siteUrl: c.siteUrl,
    email: c.email,
    apiToken: c.apiToken,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  }));
  const recorder = recordingTransport(withLatency(createAtlassianHandler(scenario), latencyMs));
  const stored = new Map<string, Report>();
  let largestRaw = 0;
  let fleet: FleetState = EMPTY_FLEET_STATE;
  const cache = memoryCache();
  const service = createFleetService({
    listProfiles: async () => profiles.map((p) => ({ profile: publicPart(p), sealed: false })),
    vaultLocked: async () => false,
    openProfile: async (id) => ({ ok: true, profile: profiles.find((p) => p.id === id)! }),
    diagnose: (profile, transport) => diagnose(profile, { transport, now: Date.now, cache: fleetCache(cache) }),
    transport: recorder.transport,
    keepReport: async (report) => {
      largestRaw = Math.max(largestRaw, reportBytes(report));
      stored.set(report.profileId, boundReport(report));
    },
    readFleet: async () => fleet,
    writeFleet: async (state) => {
      fleet = state;
    },
    now: Date.now,
    newId: () => 'bench',
  });

  const started = performance.now();
  const outcome = await service.run('manual');
  const fleetMs = performance.now() - started;
  if (!outcome.ok || !('run' in outcome)) throw new Error('the fleet run did not run');
  const notOk = outcome.run.rows.filter((r) => r.verdict !== 'ok');
  if (notOk.length > 0) throw new Error(`fleet bench: ${notOk.length} profiles did not come back ok`);

  const requests = recorder.requests.length;
  const byHost = recorder.countByHost();
  const busiest = Math.max(...Object.values(byHost));
  const peak = recorder.peakConcurrency();
  const perHostProfiles = Math.ceil(profileCount / siteCount);

  // One by one: the same profiles, each diagnosed after the last, no gate (the naive loop).
  const plain = recordingTransport(withLatency(createAtlassianHandler(scenario), latencyMs));
  const oneStart = performance.now();
  const coldCache = memoryCache();
  for (const profile of profiles)
    await diagnose(profile, { transport: plain.transport, now: Date.now, cache: coldCache });
  const oneMs = performance.now() - oneStart;

  const sizes = [...stored.values()].map(reportBytes);
  const render = await benchRender(10, 500);
  return {
    profiles: profileCount,
    sites: siteCount,
    fleetRtt: round(fleetMs / latencyMs),
    oneByOneRtt: round(oneMs / latencyMs),
    perHostLimitRtt: Math.ceil(perHostProfiles / PER_HOST_LIMIT),
    politenessLimitRtt: Math.max(Math.ceil(busiest / PER_HOST_LIMIT), Math.ceil(requests / OVERALL_LIMIT)),
    requests,
    peakPerHost: Math.max(...Object.values(peak.byHost)),
    peakOverall: peak.overall,
    bytesStored: sizes.reduce((a, b) => a + b, 0),
    largestReportBytes: Math.max(...sizes),
    largestRawReportBytes: largestRaw,
    fleetStateBytes: new TextEncoder().encode(JSON.stringify(fleet)).length,
    render500vs10: render.ratio,
  };
}

export function printFleet(f: FleetBench): void {
  console.log(`\nCheck all: ${f.profiles} profiles on ${f.sites} sites, through the background's fleet service`);
  console.log(`  time                 ${f.fleetRtt} RTT   (one by one: ${f.oneByOneRtt} RTT)`);
  console.log(
    `  limits               ${f.perHostLimitRtt} RTT per host (ceil(profiles on the busiest host ÷ ${PER_HOST_LIMIT})); ${f.politenessLimitRtt} RTT for the ${f.requests} requests sent (≤ ${PER_HOST_LIMIT} per host, ≤ ${OVERALL_LIMIT} in all)`,
  );
  console.log(`  peak concurrent      ${f.peakPerHost} per host, ${f.peakOverall} in all (emulator request log)`);
  console.log(
    `  options page         500 profiles render in ${f.render500vs10}× the time of 10 (jsdom, the real ProfileList)`,
  );
  console.log(
    `  stored               ${(f.bytesStored / 1024).toFixed(1)} KB of reports; largest ${f.largestReportBytes} B (${f.largestRawReportBytes} B before bounding); fleet state ${(f.fleetStateBytes / 1024).toFixed(1)} KB`,
  );
}
