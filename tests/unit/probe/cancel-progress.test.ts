/**
 * Cancelling a run and following it: the run's signal reaches the fetch in flight, nothing more is
 * sent, the engine throws RunCancelled instead of making a report; progress names the calls in
 * flight (never a header or a secret) and the run's time budget.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../lib/diagnose/diagnose';
import { checkScopes } from '../../../lib/scopes/check';
import { isRunCancelled, RunCancelled } from '../../../lib/probe/cancel';
import { memoryCache, type EngineDeps, type Transport } from '../../../lib/probe/deps';
import { RUN_BUDGET_MS } from '../../../lib/probe/limits';
import { probeCall, type RunProgress } from '../../../lib/probe/progress';
import { probeRequest, startRun } from '../../../lib/probe/run';
import { SCOPE_CHECK_MAX_REQUESTS } from '../../../lib/scopes/limits';
import type { Profile } from '../../../lib/model/profile';
import * as world from '../../../emulator';
import { createAtlassianHandler, defaultScenario, recordingTransport } from '../../../emulator';
import { cloudScenario } from '../credential-scenarios';

const cloud = (token: string, host = world.ACME_HOST): Profile =>
  cloudScenario('cloud', world.ADMIN_EMAIL, token, `https://${host}`)[1];

/** A fetch that never answers: it settles only when its signal aborts, and remembers the signals it got. */
function hangingFetch() {
  const signals: AbortSignal[] = [];
  const transport: Transport = (_url, init) => {
    const signal = init.signal!;
    signals.push(signal);
    return new Promise<Response>((_, reject) =>
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true }),
    );
  };
  return { transport, signals };
}

function engine(transport: Transport, overrides: Partial<EngineDeps> = {}): EngineDeps {
  return { transport, now: Date.now, cache: memoryCache(), ...overrides };
}

/** Resolves with the first progress that has a call in flight. */
function firstInFlight(events: RunProgress[]): Promise<RunProgress> {
  return new Promise((resolve) => {
    const look = () => {
      const found = events.find((e) => e.inFlight.length > 0);
      if (found) resolve(found);
      else setTimeout(look, 1);
    };
    look();
  });
}

describe('cancelling a run', () => {
  it('aborts the fetch in flight: the transport sees its signal aborted, and the send throws RunCancelled', async () => {
    const fake = hangingFetch();
    const controller = new AbortController();
    const run = startRun(engine(fake.transport, { signal: controller.signal }), () => ({ allowed: true }));
    const pending = run.send({
      probe: probeRequest('site-myself', 'https://acme.atlassian.net/rest/api/3/myself', 'none'),
    });
    await Promise.resolve();
    expect(fake.signals).toHaveLength(1);
    expect(fake.signals[0]!.aborted).toBe(false);
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(RunCancelled);
    expect(fake.signals[0]!.aborted).toBe(true);
    // Nothing of a cancelled probe is recorded as an observation (it would read as a timeout).
    expect(run.probes).toEqual([]);
  });

  it('sends nothing more once cancelled', async () => {
    const fake = hangingFetch();
    const controller = new AbortController();
    controller.abort();
    const run = startRun(engine(fake.transport, { signal: controller.signal }), () => ({ allowed: true }));
    await expect(
      run.send({ probe: probeRequest('site-myself', 'https://acme.atlassian.net/rest/api/3/myself', 'none') }),
    ).rejects.toSatisfy(isRunCancelled);
    expect(fake.signals).toEqual([]);
  });

  it('stops a diagnosis of a site that never answers at once, with no report, the abort reaching every fetch', async () => {
    const recorder = recordingTransport(createAtlassianHandler(defaultScenario()));
    const seen: AbortSignal[] = [];
    const transport: Transport = (url, init) => {
      seen.push(init.signal!);
      return recorder.transport(url, init);
    };
    const controller = new AbortController();
    const events: RunProgress[] = [];
    const started = Date.now();
    const running = diagnose(
      cloud(world.UNSCOPED_TOKEN, world.SLOW_HOST),
      engine(transport, { signal: controller.signal, onProgress: (p) => events.push(p) }),
    );
    await firstInFlight(events);
    controller.abort();
    await expect(running).rejects.toSatisfy(isRunCancelled);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s.aborted)).toBe(true);
  });

  it('cuts the wait before a polite retry short', async () => {
    const controller = new AbortController();
    const transport = recordingTransport(createAtlassianHandler(defaultScenario())).transport;
    const started = Date.now();
    // In-process the 429 (Retry-After: 2 s) is back at once: 150 ms in, the engine is waiting to retry.
    setTimeout(() => controller.abort(), 150);
    const running = diagnose(
      cloud(world.UNSCOPED_TOKEN, world.BUSY_HOST),
      engine(transport, { signal: controller.signal }),
    );
    await expect(running).rejects.toSatisfy(isRunCancelled);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('stops a scope check too', async () => {
    const fake = hangingFetch();
    const controller = new AbortController();
    const events: RunProgress[] = [];
    const running = checkScopes(
      cloud(world.SCOPED_TOKEN_MIXED),
      engine(fake.transport, { signal: controller.signal, onProgress: (p) => events.push(p) }),
    );
    const first = await firstInFlight(events);
    expect(first.maxRequests).toBe(SCOPE_CHECK_MAX_REQUESTS);
    controller.abort();
    await expect(running).rejects.toSatisfy(isRunCancelled);
    expect(fake.signals.every((s) => s.aborted)).toBe(true);
  });
});

describe('progress of a run', () => {
  it('names each call in flight by method, path and host, with the run budget, and ends with none in flight', async () => {
    const events: RunProgress[] = [];
    const transport = recordingTransport(createAtlassianHandler(defaultScenario())).transport;
    const report = await diagnose(
      cloud(world.UNSCOPED_TOKEN),
      engine(transport, { onProgress: (p) => events.push(p) }),
    );
    expect(report.verdict).toBe('ok');
    const calls = new Set(events.flatMap((e) => e.inFlight.map((p) => p.call)));
    expect(calls).toContain(`GET /rest/api/3/myself on ${world.ACME_HOST}`);
    expect(calls).toContain(`GET /_edge/tenant_info on ${world.ACME_HOST}`);
    const last = events.at(-1)!;
    expect(last.inFlight).toEqual([]);
    expect(last.answered).toBe(last.sent);
    expect(last.sent).toBe(report.probes.length);
    expect(events.every((e) => e.budgetMs === RUN_BUDGET_MS)).toBe(true);
    expect(events.every((e) => e.inFlight.every((p) => p.timeoutMs > 0 && p.timeoutMs <= RUN_BUDGET_MS))).toBe(true);
    // Never a secret, never a header.
    const text = JSON.stringify(events);
    expect(text).not.toContain(world.UNSCOPED_TOKEN);
    expect(text).not.toMatch(/Basic |Bearer |authorization/i);
  });

  it('leaves the query and any user info out of a call name', () => {
    expect(probeCall('https://user:pw@acme.atlassian.net/rest/api/3/mypermissions?permissions=ADMINISTER')).toBe(
      'GET /rest/api/3/mypermissions on acme.atlassian.net',
    );
    expect(probeCall('https://jira.internal.example:8443/jira/rest/api/2/myself')).toBe(
      'GET /jira/rest/api/2/myself on jira.internal.example:8443',
    );
    expect(probeCall('not a url')).toBe('GET (an unreadable URL)');
  });
});
