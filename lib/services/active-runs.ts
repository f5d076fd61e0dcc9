/**
 * The runs the background has going (a diagnosis or a scope check, per profile) and what each is
 * doing, as the pages read them: the background writes the whole list under one key, the pages
 * follow that key, like the reports. Pure: the write and the timers are injected.
 *
 * Writes are throttled: the start and the end of a run are written at once (in order), progress in
 * between at most once per `throttleMs`, always ending with the latest. A page derives the
 * elapsed time from `startedAt` itself, so nothing needs writing just because time passes.
 */
import { RUN_BUDGET_MS } from '../probe/limits';
import type { RunProgress } from '../probe/progress';

export type RunTask = 'diagnose' | 'scopes';

export interface ActiveRun {
  task: RunTask;
  profileId: string;
  /** When the background started it (epoch ms). */
  startedAt: number;
  /** What the engine last said it is doing; absent until its first probe. */
  progress?: RunProgress;
}

export interface StoredActiveRuns {
  v: 1;
  runs: ActiveRun[];
}

const ACTIVE_RUNS_VERSION = 1;
/** At most this often a run's progress is written for the pages (ms). */
const PROGRESS_THROTTLE_MS = 250;
/**
 * A run still listed this long after its budget ran out is taken as gone (the worker was stopped
 * in the middle of it and could not take it off the list).
 */
export const STALE_AFTER_MS = 15_000;

export function activeRunKey(task: RunTask, profileId: string): string {
  return `${task}:${profileId}`;
}

interface BoardDeps {
  write(value: StoredActiveRuns): Promise<void>;
  throttleMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  now?: () => number;
}

export interface ActiveRunBoard {
  start(run: ActiveRun): void;
  progress(task: RunTask, profileId: string, progress: RunProgress): void;
  end(task: RunTask, profileId: string): void;
  /** Resolves once every write asked for so far has landed (tests, and the end of a run). */
  flushed(): Promise<void>;
}

export function createActiveRunBoard(deps: BoardDeps): ActiveRunBoard {
  const throttleMs = deps.throttleMs ?? PROGRESS_THROTTLE_MS;
  const setTimer = deps.setTimer ?? ((run: () => void, ms: number) => setTimeout(run, ms));
  const now = deps.now ?? Date.now;
  const runs = new Map<string, ActiveRun>();
  let chain: Promise<void> = Promise.resolve();
  let lastWrite = -Infinity;
  let pending = false;

  const writeNow = () => {
    lastWrite = now();
    const value: StoredActiveRuns = { v: ACTIVE_RUNS_VERSION, runs: [...runs.values()] };
    // In order, one after the other; a failed write (storage gone) must not stop the next.
    chain = chain.then(() => deps.write(value)).catch(() => undefined);
  };
  const writeSoon = () => {
    if (pending) return;
    const wait = lastWrite + throttleMs - now();
    if (wait <= 0) {
      writeNow();
      return;
    }
    pending = true;
    setTimer(() => {
      pending = false;
      writeNow();
    }, wait);
  };

  return {
    start(run) {
      runs.set(activeRunKey(run.task, run.profileId), run);
      writeNow();
    },
    progress(task, profileId, progress) {
      const key = activeRunKey(task, profileId);
      const run = runs.get(key);
      if (!run) return;
      runs.set(key, { ...run, progress });
      writeSoon();
    },
    end(task, profileId) {
      if (!runs.delete(activeRunKey(task, profileId))) return;
      writeNow();
    },
    flushed: () => chain,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function parseProgress(value: unknown): RunProgress | undefined {
  if (!isRecord(value) || !isNumber(value.startedAt) || !isNumber(value.budgetMs)) return undefined;
  if (!isNumber(value.sent) || !isNumber(value.answered) || !Array.isArray(value.inFlight)) return undefined;
  const inFlight: RunProgress['inFlight'] = [];
  for (const item of value.inFlight as unknown[]) {
    if (!isRecord(item) || typeof item.probe !== 'string' || typeof item.call !== 'string') return undefined;
    if (!isNumber(item.startedAt) || !isNumber(item.timeoutMs)) return undefined;
    inFlight.push({ probe: item.probe, call: item.call, startedAt: item.startedAt, timeoutMs: item.timeoutMs });
  }
  return {
    startedAt: value.startedAt,
    budgetMs: value.budgetMs,
    inFlight,
    sent: value.sent,
    answered: value.answered,
    ...(isNumber(value.maxRequests) ? { maxRequests: value.maxRequests } : {}),
  };
}

/**
 * The runs as stored, checked one by one (a malformed entry is left out, never trusted); those
 * long past their budget are dropped as left behind by a stopped worker.
 */
export function parseActiveRuns(value: unknown, now: number): ActiveRun[] {
  if (!isRecord(value) || value.v !== ACTIVE_RUNS_VERSION || !Array.isArray(value.runs)) return [];
  const runs: ActiveRun[] = [];
  for (const raw of value.runs as unknown[]) {
    if (!isRecord(raw) || (raw.task !== 'diagnose' && raw.task !== 'scopes')) continue;
    if (typeof raw.profileId !== 'string' || !isNumber(raw.startedAt)) continue;
    const progress = raw.progress === undefined ? undefined : parseProgress(raw.progress);
    if (raw.progress !== undefined && !progress) continue;
    // Before its first probe a run's budget is not known yet: the default one.
    if (now > raw.startedAt + (progress?.budgetMs ?? RUN_BUDGET_MS) + STALE_AFTER_MS) continue;
    runs.push({
      task: raw.task,
      profileId: raw.profileId,
      startedAt: raw.startedAt,
      ...(progress ? { progress } : {}),
    });
  }
  return runs;
}
