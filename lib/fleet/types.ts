/**
 * A check of every profile ("Check all", or the scheduled watch) as it is stored: one row per
 * profile with what its check found, plus the little history the watch compares against. Plain
 * JSON, checked on read (`parseFleetState`): a damaged value is dropped, never trusted.
 */
import * as v from 'valibot';
import type { Verdict } from '../model/report';
import type { Expiry } from './expiry';

/**
 * - `waiting` / `checking`: not done yet;
 * - `done`: the diagnosis ran and its report was kept;
 * - `needs-access`: a Data Center server whose origin the browser has not granted: not checked;
 * - `locked`: the secret is sealed and the vault is locked;
 * - `rate-limited`: its host asked for a pause longer than a run waits;
 * - `failed`: the profile could not be opened (deleted meanwhile, unreadable);
 * - `cancelled`: the run was cancelled before it got there.
 */
const ROW_STATES = [
  'waiting',
  'checking',
  'done',
  'needs-access',
  'locked',
  'rate-limited',
  'failed',
  'cancelled',
] as const;
type RowState = (typeof ROW_STATES)[number];

export interface FleetRow {
  profileId: string;
  name: string;
  state: RowState;
  /** Set once the profile is finished: the report's verdict, or `unknown` when it could not be checked. */
  verdict?: Verdict;
  /** The top finding's title, or why it could not be checked. */
  title?: string;
  checkedAt?: string;
  expiry?: Expiry;
  /** Something the user should know about this row (the report could not be saved, …). */
  note?: string;
}

export type FleetTrigger = 'manual' | 'scheduled';

export interface FleetRun {
  id: string;
  trigger: FleetTrigger;
  startedAt: string;
  finishedAt?: string;
  cancelled?: boolean;
  /** Written with every row change: a run whose worker died stops looking "running" after a while. */
  heartbeatAt: string;
  rows: FleetRow[];
}

/** What the watch remembers of each profile between runs. */
export interface ProfileHistory {
  /** The last verdicts, oldest first (at most three). */
  verdicts: Verdict[];
  /** Its expiry was within SOON_DAYS at the last run (warned once when it enters the window). */
  soon: boolean;
}

export type WatchSchedule = 'off' | 'daily' | 'weekly';

export interface FleetState {
  v: 1;
  run?: FleetRun;
  history: Record<string, ProfileHistory>;
  /** A scheduled run skipped because the vault was locked (cleared by the next run that happens). */
  skippedLockedAt?: string;
}

export const EMPTY_FLEET_STATE: FleetState = { v: 1, history: {} };

const VERDICT = v.picklist(['ok', 'warning', 'error', 'unknown']);
const SHORT = v.pipe(v.string(), v.maxLength(500));
const ISO = v.pipe(v.string(), v.maxLength(40));
const ExpirySchema = v.variant('kind', [
  v.object({ kind: v.literal('date'), at: v.number(), source: v.picklist(['field', 'token']) }),
  v.object({ kind: v.literal('at-most-a-year') }),
  v.object({ kind: v.literal('none') }),
]);
const RowSchema = v.object({
  profileId: v.pipe(v.string(), v.maxLength(100)),
  name: v.pipe(v.string(), v.maxLength(200)),
  state: v.picklist(ROW_STATES),
  verdict: v.optional(VERDICT),
  title: v.optional(SHORT),
  checkedAt: v.optional(ISO),
  expiry: v.optional(ExpirySchema),
  note: v.optional(SHORT),
});
const FleetStateSchema = v.object({
  v: v.literal(1),
  run: v.optional(
    v.object({
      id: v.pipe(v.string(), v.maxLength(100)),
      trigger: v.picklist(['manual', 'scheduled']),
      startedAt: ISO,
      finishedAt: v.optional(ISO),
      cancelled: v.optional(v.boolean()),
      heartbeatAt: ISO,
      rows: v.pipe(v.array(RowSchema), v.maxLength(5000)),
    }),
  ),
  history: v.record(v.string(), v.object({ verdicts: v.pipe(v.array(VERDICT), v.maxLength(3)), soon: v.boolean() })),
  skippedLockedAt: v.optional(ISO),
});

/** The stored fleet state, or the empty one when it is absent or damaged (it is only a record of past runs). */
export function parseFleetState(raw: unknown): FleetState {
  const parsed = v.safeParse(FleetStateSchema, raw);
  return parsed.success ? parsed.output : EMPTY_FLEET_STATE;
}

export function parseWatchSchedule(raw: unknown): WatchSchedule {
  return raw === 'daily' || raw === 'weekly' ? raw : 'off';
}

/** A run counts as running until it finishes, or until its heartbeat is this old (its worker died). */
const STALE_RUN_MS = 120_000;

export function isRunning(run: FleetRun | undefined, now: number): boolean {
  return run !== undefined && run.finishedAt === undefined && now - Date.parse(run.heartbeatAt) < STALE_RUN_MS;
}
