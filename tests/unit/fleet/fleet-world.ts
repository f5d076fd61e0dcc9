/** A fleet of stored profiles against the emulator, driven through the background's fleet service. */
import { diagnose } from '../../../lib/diagnose/diagnose';
import { EMPTY_FLEET_STATE, type FleetState } from '../../../lib/fleet/types';
import type { Profile } from '../../../lib/model/profile';
import type { Report } from '../../../lib/model/report';
import { memoryCache } from '../../../lib/probe/deps';
import { publicPart } from '../../../lib/profiles/record';
import { createFleetService, fleetCache, type FleetDeps } from '../../../lib/services/fleet';
import type { Worsening } from '../../../lib/fleet/urgency';
import { createAtlassianHandler, recordingTransport, withLatency, type FleetCredential } from '../../../emulator';
import type { Scenario } from '../../../emulator';

export function cloudProfile(credential: FleetCredential, i: number, extra: Partial<Profile> = {}): Profile {
  return {
    kind: 'cloud-api-token',
    id: `p-${i}`,
    name: `Profile ${String(i).padStart(3, '0')}`,
    siteUrl: credential.siteUrl,
    email: credential.email,
    apiToken: credential.apiToken,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  } as Profile;
}

export function fleetWorld(
  scenario: Scenario,
  profiles: Profile[],
  options: Partial<FleetDeps> & { latencyMs?: number } = {},
) {
  const recorder = recordingTransport(withLatency(createAtlassianHandler(scenario), options.latencyMs ?? 20));
  const reports = new Map<string, Report>();
  const notified: Worsening[][] = [];
  let fleet: FleetState = EMPTY_FLEET_STATE;
  const writes: FleetState[] = [];
  const cache = memoryCache();
  let ids = 0;
  const service = createFleetService({
    listProfiles: async () => profiles.map((p) => ({ profile: publicPart(p), sealed: false })),
    vaultLocked: async () => false,
    openProfile: async (id) => {
      const profile = profiles.find((p) => p.id === id);
      return profile ? { ok: true, profile } : { ok: false, error: 'gone' };
    },
    diagnose: (profile, transport) => diagnose(profile, { transport, now: Date.now, cache: fleetCache(cache) }),
    transport: recorder.transport,
    keepReport: async (report) => {
      reports.set(report.profileId, report);
    },
    readFleet: async () => fleet,
    writeFleet: async (state) => {
      fleet = state;
      writes.push(state);
    },
    notify: async (w) => {
      notified.push(w);
    },
    now: Date.now,
    newId: () => `run-${++ids}`,
    ...options,
  });
  return { service, recorder, reports, notified, writes, fleet: () => fleet };
}
