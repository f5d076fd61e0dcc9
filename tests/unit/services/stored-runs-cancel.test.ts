/**
 * Cancelling a stored run: the engine's signal is aborted, nothing is stored (the previous report
 * stays), the run leaves the in-flight map at once so a new one starts straight away, and the
 * board the pages follow lists the run while it goes and drops it when it ends.
 */
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../lib/model/profile';
import type { Report } from '../../../lib/model/report';
import { RunCancelled } from '../../../lib/probe/cancel';
import type { RunProgress } from '../../../lib/probe/progress';
import { createStoredRuns, type RunHooks } from '../../../lib/services/stored-runs';
import {
  createActiveRunBoard,
  parseActiveRuns,
  STALE_AFTER_MS,
  type StoredActiveRuns,
} from '../../../lib/services/active-runs';

const profile = {
  kind: 'cloud-api-token',
  id: 'p-1',
  name: 'One',
  siteUrl: 'https://acme.atlassian.net',
  email: 'ada@acme.com',
  apiToken: 'secret-token-value',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
} as Profile;

const report = (id: string) =>
  ({ schema: 1, profileId: id, verdict: 'ok', findings: [], probes: [] }) as unknown as Report;

const progress = (call: string, startedAt = Date.now()): RunProgress => ({
  startedAt,
  budgetMs: 20_000,
  inFlight: [{ probe: 'site-myself', call, startedAt, timeoutMs: 8_000 }],
  sent: 1,
  answered: 0,
});

/** An engine that reports a call in flight and waits until it is released or cancelled (then throws like the real one). */
function setup() {
  const stored: Report[] = [];
  const writes: StoredActiveRuns[] = [];
  const hooksSeen: RunHooks[] = [];
  const releases: (() => void)[] = [];
  const board = createActiveRunBoard({
    write: (value) => {
      writes.push(value);
      return Promise.resolve();
    },
    throttleMs: 0,
  });
  const engine = (hooks: RunHooks, result: () => unknown) => {
    hooksSeen.push(hooks);
    hooks.onProgress(progress('GET /rest/api/3/myself on acme.atlassian.net'));
    return new Promise((resolve, reject) => {
      releases.push(() => resolve(result()));
      hooks.signal.addEventListener('abort', () => reject(new RunCancelled()), { once: true });
    });
  };
  const runs = createStoredRuns({
    openProfile: () => Promise.resolve({ ok: true, profile }),
    diagnose: (p, hooks) => engine(hooks, () => report(p.id)) as Promise<Report>,
    storeReport: (r) => {
      stored.push(r);
      return Promise.resolve();
    },
    profileExists: () => Promise.resolve(true),
    removeReport: () => Promise.resolve(),
    checkScopes: (p, hooks) => engine(hooks, () => ({ profileId: p.id })) as Promise<{ profileId: string }>,
    storeScopeReport: () => Promise.resolve(),
    removeScopeReport: () => Promise.resolve(),
    board,
  });
  const tick = () => new Promise((r) => setTimeout(r, 0));
  return { runs, stored, writes, hooksSeen, releases, board, tick };
}

describe('cancelling a stored run', () => {
  it('aborts the engine, stores nothing, answers cancelled, and lets a new run start at once', async () => {
    const { runs, stored, hooksSeen, releases, tick } = setup();
    const first = runs.diagnose('p-1');
    await tick();
    expect(runs.cancel('p-1', 'diagnose')).toBe(true);
    expect(hooksSeen[0]!.signal.aborted).toBe(true);
    // A new request right after the cancel starts a new run; it does not join the cancelled one.
    const second = runs.diagnose('p-1');
    expect(await first).toMatchObject({ ok: false, cancelled: true, error: expect.stringMatching(/^Cancelled/) });
    await tick();
    expect(hooksSeen).toHaveLength(2);
    expect(hooksSeen[1]!.signal.aborted).toBe(false);
    releases[1]!();
    expect(await second).toEqual({ ok: true });
    expect(stored).toEqual([report('p-1')]);
  });

  it('says false when nothing is going, and cancels only the task it names', async () => {
    const { runs, hooksSeen, releases, tick } = setup();
    expect(runs.cancel('p-1', 'diagnose')).toBe(false);
    const scopes = runs.checkScopes('p-1');
    await tick();
    expect(runs.cancel('p-1', 'diagnose')).toBe(false);
    expect(hooksSeen[0]!.signal.aborted).toBe(false);
    expect(runs.cancel('p-1', 'scopes')).toBe(true);
    expect(await scopes).toMatchObject({ ok: false, cancelled: true });
    expect(releases).toHaveLength(1);
  });

  it('lists the run on the board while it goes, with its progress, and takes it off when it ends', async () => {
    const { runs, writes, releases, board, tick } = setup();
    const run = runs.diagnose('p-1');
    await tick();
    await board.flushed();
    const during = writes.at(-1)!.runs;
    expect(during).toHaveLength(1);
    expect(during[0]).toMatchObject({ task: 'diagnose', profileId: 'p-1' });
    expect(during[0]!.progress?.inFlight[0]?.call).toBe('GET /rest/api/3/myself on acme.atlassian.net');
    releases[0]!();
    await run;
    // By the time the page gets its answer, the board no longer lists the run.
    expect(writes.at(-1)!.runs).toEqual([]);
  });

  it('takes a cancelled run off the board at once', async () => {
    const { runs, writes, board, tick } = setup();
    const run = runs.diagnose('p-1');
    await tick();
    runs.cancel('p-1', 'diagnose');
    await board.flushed();
    expect(writes.at(-1)!.runs).toEqual([]);
    await run;
  });
});

describe('the board of runs going', () => {
  it('writes progress at most once per throttle period, always ending with the latest', async () => {
    const writes: StoredActiveRuns[] = [];
    let clock = 0;
    const timers: { at: number; run: () => void }[] = [];
    const board = createActiveRunBoard({
      write: (value) => {
        writes.push(value);
        return Promise.resolve();
      },
      throttleMs: 250,
      now: () => clock,
      setTimer: (run, ms) => timers.push({ at: clock + ms, run }),
    });
    board.start({ task: 'diagnose', profileId: 'p-1', startedAt: 0 });
    for (let i = 0; i < 10; i++) {
      clock += 10;
      board.progress('diagnose', 'p-1', progress(`GET /p${i} on acme.atlassian.net`, 0));
    }
    await board.flushed();
    expect(writes).toHaveLength(1); // the start only: the ten updates wait for the period to end
    expect(timers).toHaveLength(1);
    clock = timers[0]!.at;
    timers[0]!.run();
    await board.flushed();
    expect(writes).toHaveLength(2);
    expect(writes[1]!.runs[0]!.progress?.inFlight[0]?.call).toBe('GET /p9 on acme.atlassian.net');
  });

  it('reads back what it wrote, leaves malformed entries out, and drops runs long past their budget', () => {
    const now = 1_000_000;
    const good = {
      task: 'scopes',
      profileId: 'p-1',
      startedAt: now - 1_000,
      progress: progress('GET /x on h', now - 1_000),
    };
    const value = {
      v: 1,
      runs: [
        good,
        { task: 'other', profileId: 'p-2', startedAt: now },
        { task: 'diagnose', profileId: 'p-3', startedAt: now, progress: { startedAt: 'soon' } },
        {
          task: 'diagnose',
          profileId: 'p-4',
          startedAt: now - 20_000 - STALE_AFTER_MS - 1,
          progress: progress('GET /y on h', now - 40_000),
        },
      ],
    };
    expect(parseActiveRuns(value, now)).toEqual([good]);
    expect(parseActiveRuns({ v: 2, runs: [good] }, now)).toEqual([]);
    expect(parseActiveRuns(undefined, now)).toEqual([]);
  });
});
