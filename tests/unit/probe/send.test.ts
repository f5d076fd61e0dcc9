/** Sending one probe: what a failed fetch leaves in the observation. */
import { sendProbe, type ProbeContext } from '../../../lib/probe/send';
import { PolicyError } from '../../../lib/probe/policy';
import { probeRequest } from '../../../lib/probe/run';
import type { Transport } from '../../../lib/probe/deps';

const KEY = `ATCTT3xFfGN0${'q'.repeat(40)}`;

function ctx(transport: Transport): ProbeContext {
  return {
    transport,
    now: Date.now,
    sleep: async () => undefined,
    probeTimeoutMs: 1_000,
    deadline: Date.now() + 5_000,
    secretPolicy: () => ({ allowed: true }),
  };
}

const spec = {
  probe: probeRequest('admin-orgs', 'https://api.atlassian.com/admin/v1/orgs', 'bearer', 'shown'),
  authorization: `Bearer ${KEY}`,
};

describe('sendProbe: a fetch that throws', () => {
  it.each([
    [
      'Firefox, a refused header value',
      new TypeError(`Headers constructor: Bearer ${KEY} is an invalid header value.`),
    ],
    [
      'Chromium, a non-Latin-1 header',
      new TypeError(`Failed to read the 'headers' property: String contains non ISO-8859-1 code point.`),
    ],
    ['undici', new TypeError(`Headers.append: "Bearer ${KEY}" is an invalid header value.`)],
  ])('%s: kept as a network error in fixed words, never the browser message', async (_name, thrown) => {
    const seen = await sendProbe(
      spec,
      ctx(() => Promise.reject(thrown)),
    );
    expect(seen.error).toEqual({ kind: 'network', message: expect.stringMatching(/^not sent: the browser refused/) });
    expect(JSON.stringify(seen)).not.toContain(KEY);
  });

  it('a network failure: fixed words, not the message', async () => {
    const seen = await sendProbe(
      spec,
      ctx(() => Promise.reject(new TypeError(`NetworkError ${KEY}`))),
    );
    expect(seen.error?.kind).toBe('network');
    expect(seen.error?.message).not.toContain('NetworkError');
  });

  it("the request policy's refusal keeps its reason; anything only named PolicyError does not", async () => {
    const policy = await sendProbe(
      spec,
      ctx(() => Promise.reject(new PolicyError('a GET never carries a body'))),
    );
    expect(policy.error).toEqual({
      kind: 'blocked-by-policy',
      message: expect.stringContaining('a GET never carries a body'),
    });
    const named = Object.assign(new Error(`refused ${KEY}`), { name: 'PolicyError' });
    const other = await sendProbe(
      spec,
      ctx(() => Promise.reject(named)),
    );
    expect(other.error?.kind).toBe('blocked-by-policy');
    expect(other.error?.message).not.toContain(KEY);
  });
});
