/** The polite gate on its own: the limits, the pause after a 429, abort while waiting, no retry. */
import { describe, expect, it } from 'vitest';
import { createPoliteGate, DEFAULT_PAUSE_MS, MAX_PAUSE_MS, retryAfterMs } from '../../../lib/fleet/polite-gate';
import type { Transport } from '../../../lib/probe/deps';

/** A transport whose answers the test releases by hand, recording how many are open per host. */
function heldTransport() {
  const open: { url: string; answer: (r: Response) => void }[] = [];
  let peak = 0;
  const calls: string[] = [];
  const transport: Transport = (url) =>
    new Promise((resolve) => {
      calls.push(url);
      open.push({ url, answer: resolve });
      peak = Math.max(peak, open.length);
    });
  const release = (status = 200, headers: Record<string, string> = {}) => {
    const next = open.shift()!;
    next.answer(new Response('{}', { status, headers }));
  };
  return { transport, open, calls, release, peak: () => peak };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('polite gate', () => {
  it('sends at most 2 at a time to one host and 6 in all', async () => {
    const held = heldTransport();
    const send = createPoliteGate().wrap(held.transport);
    for (let i = 0; i < 5; i++) void send('https://a.atlassian.net/x', {});
    for (let h = 0; h < 5; h++) void send(`https://h${h}.atlassian.net/x`, {});
    await tick();
    expect(held.open.filter((o) => o.url.includes('//a.')).length).toBe(2);
    expect(held.open.length).toBe(6);
    while (held.open.length > 0) {
      held.release();
      await tick();
    }
    expect(held.calls).toHaveLength(10);
    expect(held.peak()).toBe(6);
  });

  it('pauses a host after a 429 for its Retry-After, never retries, and lets other hosts go on', async () => {
    let now = 1_000;
    const timers: { at: number; run: () => void }[] = [];
    const gate = createPoliteGate({
      clock: { now: () => now, setTimer: (ms, run) => timers.push({ at: now + ms, run }), clearTimer: () => undefined },
    });
    const held = heldTransport();
    const send = gate.wrap(held.transport);
    const first = send('https://a.atlassian.net/1', {});
    await tick();
    held.release(429, { 'retry-after': '3' });
    expect((await first).status).toBe(429);
    expect(gate.pausedUntil('a.atlassian.net')).toBe(4_000);
    void send('https://a.atlassian.net/2', {});
    void send('https://b.atlassian.net/1', {});
    await tick();
    expect(held.open.map((o) => o.url)).toEqual(['https://b.atlassian.net/1']);
    now = 4_000;
    timers.forEach((t) => t.run());
    await tick();
    expect(held.open.map((o) => o.url)).toEqual(['https://b.atlassian.net/1', 'https://a.atlassian.net/2']);
    // The 429'd request itself was never sent again by the gate.
    expect(held.calls.filter((u) => u === 'https://a.atlassian.net/1')).toHaveLength(1);
  });

  it('passes a 401 back as it came, once', async () => {
    const held = heldTransport();
    const send = createPoliteGate().wrap(held.transport);
    const answer = send('https://a.atlassian.net/rest/api/3/myself', {});
    await tick();
    held.release(401);
    expect((await answer).status).toBe(401);
    expect(held.calls).toHaveLength(1);
  });

  it('drops a waiting request whose signal aborts (its timeout), without sending it', async () => {
    const held = heldTransport();
    const send = createPoliteGate({ perHost: 1 }).wrap(held.transport);
    void send('https://a.atlassian.net/1', {});
    const controller = new AbortController();
    const waiting = send('https://a.atlassian.net/2', { signal: controller.signal });
    controller.abort();
    await expect(waiting).rejects.toMatchObject({ name: 'AbortError' });
    held.release();
    await tick();
    expect(held.calls).toEqual(['https://a.atlassian.net/1']);
  });

  it('gives up a host that asks for longer than a run waits', async () => {
    const held = heldTransport();
    const gate = createPoliteGate();
    const answer = gate.wrap(held.transport)('https://a.atlassian.net/1', {});
    await tick();
    held.release(429, { 'retry-after': String(MAX_PAUSE_MS / 1000 + 1) });
    await answer;
    expect(gate.givenUp().get('a.atlassian.net')).toBe(MAX_PAUSE_MS + 1000);
  });

  it('reads Retry-After as seconds or an HTTP date, and has a default', () => {
    expect(retryAfterMs('7', 0)).toBe(7000);
    expect(retryAfterMs('Thu, 01 Jan 1970 00:00:10 GMT', 4_000)).toBe(6_000);
    expect(retryAfterMs('soon', 0)).toBeUndefined();
    expect(DEFAULT_PAUSE_MS).toBeGreaterThan(0);
  });
});
