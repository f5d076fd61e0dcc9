/**
 * "Check all" and the watch, as the background runs them: every stored profile diagnosed through
 * one polite gate (lib/fleet), each report stored as a single Test would store it, progress
 * written as it goes, and — after a scheduled run — what got worse, for one notification. One run
 * at a time: a second request joins the run in flight. Pure: storage, the vault, the engine,
 * grants and notifications are injected.
 */
import { expiryOf } from '../fleet/expiry';
import { createPoliteGate, type GateClock } from '../fleet/polite-gate';
import { firstHostOf, runFleet, type FleetTarget } from '../fleet/run-fleet';
import { isRunning, type FleetRow, type FleetRun, type FleetState, type FleetTrigger } from '../fleet/types';
import { nextHistory, worseningsOf, type Worsening } from '../fleet/urgency';
import type { Refusal } from '../messages/protocol';
import type { Profile } from '../model/profile';
import type { Report } from '../model/report';
import type { EngineCache, Transport } from '../probe/deps';
import type { PublicProfile } from '../profiles/record';
import type { OpenedProfile } from './stored-runs';

export interface FleetDeps {
  /** Every readable stored profile, without secrets, and whether its secret is sealed. */
  listProfiles(): Promise<{ profile: PublicProfile; sealed: boolean }[]>;
  /** Whether the vault is locked now (sealed secrets cannot be opened). */
  vaultLocked(): Promise<boolean>;
  openProfile(profileId: string): Promise<OpenedProfile>;
  /** Absent: every origin counts as granted (tests, bench). */
  isOriginGranted?(origin: string): Promise<boolean>;
  /**
   * The engine, sending through the transport it is given (the polite one). A fleet run gives it
   * no cached cloudId (`fleetCache`), so that a profile's first round trip stays on its own site
   * instead of piling every profile onto the gateway at once.
   */
  diagnose(profile: Profile, transport: Transport): Promise<Report>;
  transport: Transport;
  /** Stores a profile's last report if the profile still exists; throws when storage refuses. */
  keepReport(report: Report): Promise<void>;
  readFleet(): Promise<FleetState>;
  writeFleet(state: FleetState): Promise<void>;
  /** One notification naming what got worse (scheduled runs only, and only when something did). */
  notify?(worsenings: Worsening[]): Promise<void>;
  now(): number;
  newId(): string;
  gateClock?: GateClock;
}

type FleetOutcome =
  { ok: true; run: FleetRun; worsenings: Worsening[] } | { ok: true; skipped: 'locked' | 'no-profiles' } | Refusal;

const LOCKED: Refusal = {
  ok: false,
  locked: true,
  error: 'The vault is locked: unlock it once with your passphrase to check all profiles.',
};

function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}

export function createFleetService(deps: FleetDeps) {
  let inFlight: Promise<FleetOutcome> | undefined;
  let cancel: AbortController | undefined;

  async function checkOne(profile: PublicProfile, transport: Transport): Promise<FleetRow> {
    const base = { profileId: profile.id, name: profile.name };
    if (profile.kind === 'dc-pat' && deps.isOriginGranted) {
      const origin = originOf(profile.serverUrl);
      if (origin && !(await deps.isOriginGranted(origin))) {
        return {
          ...base,
          state: 'needs-access',
          verdict: 'unknown',
          title: `Needs access: the browser has not granted Token Doctor access to ${origin}. Open the profile and grant it.`,
          expiry: expiryOf(profile),
        };
      }
    }
    const opened = await deps.openProfile(profile.id);
    if (!opened.ok) {
      return {
        ...base,
        state: opened.locked ? 'locked' : 'failed',
        verdict: 'unknown',
        title: opened.error,
        expiry: expiryOf(profile),
      };
    }
    const report = await deps.diagnose(opened.profile, transport);
    const row: FleetRow = {
      ...base,
      state: 'done',
      verdict: report.verdict,
      checkedAt: report.finishedAt,
      expiry: expiryOf(profile, report),
    };
    const top = report.findings[0]?.title;
    if (top) row.title = top;
    try {
      await deps.keepReport(report);
    } catch (error) {
      row.note = error instanceof Error ? error.message.slice(0, 300) : 'The report could not be saved.';
    }
    return row;
  }

  async function execute(trigger: FleetTrigger): Promise<FleetOutcome> {
    const listed = await deps.listProfiles();
    const before = await deps.readFleet();
    if (listed.length === 0) return { ok: true, skipped: 'no-profiles' };
    if (listed.some((p) => p.sealed) && (await deps.vaultLocked())) {
      if (trigger === 'manual') return LOCKED;
      await deps.writeFleet({ ...before, skippedLockedAt: new Date(deps.now()).toISOString() });
      return { ok: true, skipped: 'locked' };
    }
    cancel = new AbortController();
    const gate = createPoliteGate(deps.gateClock ? { clock: deps.gateClock } : {});
    const transport = gate.wrap(deps.transport);
    const stamp = () => new Date(deps.now()).toISOString();
    const run: FleetRun = {
      id: deps.newId(),
      trigger,
      startedAt: stamp(),
      heartbeatAt: stamp(),
      rows: listed.map(({ profile }) => ({ profileId: profile.id, name: profile.name, state: 'waiting' })),
    };
    const byId = new Map(listed.map(({ profile }) => [profile.id, profile]));

    // Progress is written at most every 250 ms (and once at the end): storage events reach every page.
    let writing: Promise<void> | undefined;
    let dirty = false;
    const save = (state: FleetState) => deps.writeFleet(state).catch(() => undefined);
    const flush = () => {
      dirty = true;
      if (writing) return;
      writing = (async () => {
        while (dirty) {
          dirty = false;
          run.heartbeatAt = stamp();
          await save({ ...before, skippedLockedAt: undefined, run: { ...run, rows: [...run.rows] } });
          await new Promise((resolve) => setTimeout(resolve, 250));
        }
        writing = undefined;
      })();
    };
    flush();

    const targets: FleetTarget[] = listed.map(({ profile }) => ({
      profileId: profile.id,
      name: profile.name,
      host: firstHostOf(profile),
    }));
    const rows = await runFleet(targets, {
      gate,
      signal: cancel.signal,
      check: (target) => checkOne(byId.get(target.profileId)!, transport),
      onRow: (row) => {
        run.rows = run.rows.map((r) => (r.profileId === row.profileId ? row : r));
        flush();
      },
    });
    await writing;
    const now = deps.now();
    const finished: FleetRun = { ...run, rows, finishedAt: stamp(), heartbeatAt: stamp() };
    if (cancel.signal.aborted) finished.cancelled = true;
    const worsenings = worseningsOf(before.history, rows, now);
    await save({ v: 1, run: finished, history: nextHistory(before.history, rows, now) });
    if (trigger === 'scheduled' && worsenings.length > 0) await deps.notify?.(worsenings);
    return { ok: true, run: finished, worsenings };
  }

  return {
    /** Runs every profile, or joins the run in flight (never two at once). */
    run(trigger: FleetTrigger): Promise<FleetOutcome> {
      if (!inFlight) {
        inFlight = execute(trigger).finally(() => {
          inFlight = undefined;
          cancel = undefined;
        });
      }
      return inFlight;
    },
    /** Stops starting profiles; those running finish and are kept. */
    cancel(): boolean {
      if (!cancel) return false;
      cancel.abort();
      return true;
    },
    isRunning: async () => inFlight !== undefined || isRunning((await deps.readFleet()).run, deps.now()),
  };
}

export type FleetService = ReturnType<typeof createFleetService>;

/**
 * The engine cache as a fleet run uses it: cloudIds are still learnt and kept, but never read, so
 * that each profile's first round trip (tenant_info ∥ /myself) goes to its own site and the
 * gateway is asked only when the site refuses the token.
 */
export function fleetCache(cache: EngineCache): EngineCache {
  return { get: async () => undefined, set: (key, value) => cache.set(key, value) };
}
