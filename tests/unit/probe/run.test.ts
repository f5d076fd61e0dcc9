/** The run context: the request budget it enforces, and the injected clock it reads. */
import { describe, expect, it } from 'vitest';
import { memoryCache, type EngineDeps } from '../../../lib/probe/deps';
import { probeRequest, startRun } from '../../../lib/probe/run';
import { SCOPE_CHECK_MAX_REQUESTS } from '../../../lib/scopes/limits';

function deps(overrides: Partial<EngineDeps> = {}): EngineDeps & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    transport: async (url) => {
      sent.push(url);
      return new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } });
    },
    now: Date.now,
    cache: memoryCache(),
    sleep: async () => undefined,
    ...overrides,
  };
}

const allowed = () => ({ allowed: true });
const spec = (i: number) => ({ probe: probeRequest(`scope:p${i}`, `https://acme.atlassian.net/p${i}`, 'none') });

describe('startRun', () => {
  it('refuses the request after the budget, with an observation that says so, and sends nothing', async () => {
    const d = deps();
    const run = startRun(d, allowed, { maxRequests: SCOPE_CHECK_MAX_REQUESTS });
    const answers = await Promise.all(
      Array.from({ length: SCOPE_CHECK_MAX_REQUESTS + 1 }, (_, i) => run.send(spec(i))),
    );
    expect(d.sent).toHaveLength(SCOPE_CHECK_MAX_REQUESTS);
    const refused = answers[SCOPE_CHECK_MAX_REQUESTS]!;
    expect(refused.status).toBeNull();
    expect(refused.attempts).toBe(0);
    expect(refused.error?.kind).toBe('blocked-by-policy');
    expect(refused.error?.message).toMatch(`at most ${SCOPE_CHECK_MAX_REQUESTS} requests`);
    expect(run.probes).toHaveLength(SCOPE_CHECK_MAX_REQUESTS + 1);
    expect(answers.slice(0, SCOPE_CHECK_MAX_REQUESTS).every((o) => o.status === 200)).toBe(true);
  });

  it('has no count limit unless given one', async () => {
    const d = deps();
    const run = startRun(d, allowed);
    await Promise.all(Array.from({ length: 30 }, (_, i) => run.send(spec(i))));
    expect(d.sent).toHaveLength(30);
  });

  it('reads a Retry-After date against the injected clock, not the machine clock', async () => {
    const clock = Date.parse('2030-01-01T00:00:00Z');
    const waits: number[] = [];
    let calls = 0;
    const d = deps({
      now: () => clock,
      sleep: async (ms) => {
        waits.push(ms);
      },
      transport: async () => {
        calls += 1;
        return calls === 1
          ? new Response('busy', { status: 503, headers: { 'retry-after': new Date(clock + 2_000).toUTCString() } })
          : new Response('{}', { status: 200 });
      },
    });
    const run = startRun(d, allowed);
    const observation = await run.send(spec(0));
    expect(waits).toEqual([2_000]);
    expect(observation.attempts).toBe(2);
    expect(observation.status).toBe(200);
  });
});
