/**
 * Checks many profiles politely. The gate (polite-gate.ts) holds the hard limits on requests;
 * this scheduler decides which profile starts next so that few requests ever wait in the gate
 * (a waiting request's timeout is running): one profile at a time on one host — its first round
 * trip sends two requests there at once, which is the host's whole share — and `overall` in all,
 * none on a host that is paused — its profiles wait, the others go on — and
 * those of a host that asked for a longer pause than a run waits are reported as not checked.
 * Cancel stops starting profiles; the ones already running finish. Pure: no browser API.
 */
import { hostOf } from '../kinds/field-spec';
import type { Profile } from '../model/profile';
import { OVERALL_LIMIT, type PoliteGate } from './polite-gate';

/** Profiles running at once on one host (see above). */
const PROFILES_PER_HOST = 1;
import type { FleetRow } from './types';

/** The host a profile's first requests go to: its site or server, else Atlassian's gateway. */
export function firstHostOf(profile: Pick<Profile, 'kind'> & { siteUrl?: string; serverUrl?: string }): string {
  const url = profile.kind === 'dc-pat' ? profile.serverUrl : profile.kind === 'cloud-api-token' ? profile.siteUrl : '';
  return hostOf(url ?? '').toLowerCase() || 'api.atlassian.com';
}

export interface FleetTarget {
  profileId: string;
  name: string;
  host: string;
}

interface FleetRunDeps {
  gate: PoliteGate;
  /** Checks one profile and says how its row ends (never throws: a failure is a row too). */
  check(target: FleetTarget): Promise<FleetRow>;
  /** Each change of a row, as it happens (progress). */
  onRow(row: FleetRow): void;
  /** Cancel: no profile starts after it aborts. */
  signal?: AbortSignal;
  perHost?: number;
  overall?: number;
}

export function runFleet(targets: readonly FleetTarget[], deps: FleetRunDeps): Promise<FleetRow[]> {
  const perHost = deps.perHost ?? PROFILES_PER_HOST;
  const overall = deps.overall ?? OVERALL_LIMIT;
  const rows = new Map<string, FleetRow>(
    targets.map((t) => [t.profileId, { profileId: t.profileId, name: t.name, state: 'waiting' }]),
  );
  const waiting = [...targets];
  const busy = new Map<string, number>();
  let running = 0;

  return new Promise((resolve) => {
    const finishIfDone = () => {
      if (running === 0 && waiting.length === 0) resolve(targets.map((t) => rows.get(t.profileId)!));
    };
    const settle = (row: FleetRow) => {
      rows.set(row.profileId, row);
      deps.onRow(row);
    };

    function pump(): void {
      if (deps.signal?.aborted) {
        for (const target of waiting.splice(0)) settle({ ...rows.get(target.profileId)!, state: 'cancelled' });
      }
      const gaveUp = deps.gate.givenUp();
      for (let i = 0; i < waiting.length && running < overall;) {
        const target = waiting[i]!;
        const askedMs = gaveUp.get(target.host);
        if (askedMs !== undefined) {
          waiting.splice(i, 1);
          settle({
            ...rows.get(target.profileId)!,
            state: 'rate-limited',
            verdict: 'unknown',
            title: `Not checked: ${target.host} is rate limiting and asked to wait ${Math.round(askedMs / 1000)} s`,
          });
          continue;
        }
        if ((busy.get(target.host) ?? 0) >= perHost || deps.gate.pausedUntil(target.host) !== undefined) {
          i++;
          continue;
        }
        waiting.splice(i, 1);
        start(target);
      }
      finishIfDone();
    }

    function start(target: FleetTarget): void {
      running++;
      busy.set(target.host, (busy.get(target.host) ?? 0) + 1);
      settle({ ...rows.get(target.profileId)!, state: 'checking' });
      void deps
        .check(target)
        .catch((error: unknown): FleetRow => ({
          profileId: target.profileId,
          name: target.name,
          state: 'failed',
          verdict: 'unknown',
          title: error instanceof Error ? error.message.slice(0, 300) : 'the check failed',
        }))
        .then((row) => {
          running--;
          busy.set(target.host, (busy.get(target.host) ?? 1) - 1);
          settle(row);
          pump();
        });
    }

    deps.gate.onChange(pump);
    deps.signal?.addEventListener('abort', pump, { once: true });
    pump();
  });
}
