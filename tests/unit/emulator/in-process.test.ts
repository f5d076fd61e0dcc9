/** The emulator as the engine's Transport: fetch-like abort, redirects, recording. */
import { describe, expect, it } from 'vitest';
import {
  ACME_CLOUD_ID,
  ACME_HOST,
  ADMIN_EMAIL,
  GATEWAY_HOST,
  RENAMED_HOST,
  SLOW_HOST,
  UNSCOPED_TOKEN,
  basicAuthorization,
  createAtlassianHandler,
  defaultScenario,
  emulatorTransport,
  recordingTransport,
  scenarioBuilder,
  withLatency,
} from '../../../emulator';

const auth = { authorization: basicAuthorization(ADMIN_EMAIL, UNSCOPED_TOKEN) };
const MYSELF = '/rest/api/3/myself';

describe('emulatorTransport', () => {
  it('answers like fetch, with the response url set', async () => {
    const transport = emulatorTransport(createAtlassianHandler(defaultScenario()));
    const res = await transport(`https://${ACME_HOST}/_edge/tenant_info`, { credentials: 'omit', redirect: 'manual' });
    expect(res.status).toBe(200);
    expect(res.url).toBe(`https://${ACME_HOST}/_edge/tenant_info`);
    expect(res.redirected).toBe(false);
    expect(await res.json()).toEqual({ cloudId: ACME_CLOUD_ID });
  });

  it("redirect: 'manual' returns the 3xx as Node's fetch does, or an opaqueredirect as Chromium does", async () => {
    const handler = createAtlassianHandler(defaultScenario());
    const url = `https://${RENAMED_HOST}${MYSELF}`;
    const node = await emulatorTransport(handler)(url, { redirect: 'manual', headers: auth });
    expect(node.status).toBe(301);
    expect(node.headers.get('location')).toBe(`https://${ACME_HOST}${MYSELF}`);
    expect(node.url).toBe(url);
    const browser = await emulatorTransport(handler, { manualRedirect: 'browser' })(url, {
      redirect: 'manual',
      headers: auth,
    });
    expect(browser.status).toBe(0);
    expect(browser.type).toBe('opaqueredirect');
  });

  it("redirect: 'follow' follows without the Authorization header and sets url/redirected", async () => {
    const rec = recordingTransport(createAtlassianHandler(defaultScenario()));
    const res = await rec.transport(`https://${RENAMED_HOST}${MYSELF}`, { headers: auth });
    expect(res.url).toBe(`https://${ACME_HOST}${MYSELF}`);
    expect(res.redirected).toBe(true);
    expect(res.status).toBe(401); // acme /myself without credentials: /myself has no anonymous access
    expect(rec.requests.map((r) => [r.host, r.hadAuthorization])).toEqual([
      [RENAMED_HOST, true],
      [ACME_HOST, false],
    ]);
    expect(rec.countByHost()).toEqual({ [RENAMED_HOST]: 1, [ACME_HOST]: 1 });
    expect(JSON.stringify(rec.requests)).not.toContain(UNSCOPED_TOKEN);
  });

  it("redirect: 'error' and redirect loops fail with a TypeError like fetch", async () => {
    const loop = scenarioBuilder()
      .site({ host: 'a.atlassian.net', cloudId: 'a', products: ['jira'], redirectTo: 'b.atlassian.net' })
      .site({ host: 'b.atlassian.net', cloudId: 'b', products: ['jira'], redirectTo: 'a.atlassian.net' })
      .build();
    const rec = recordingTransport(createAtlassianHandler(loop));
    await expect(rec.transport('https://a.atlassian.net/', {})).rejects.toBeInstanceOf(TypeError);
    expect(rec.requests).toHaveLength(6); // the first request + 5 hops
    await expect(rec.transport('https://a.atlassian.net/', { redirect: 'error' })).rejects.toBeInstanceOf(TypeError);
  });

  it('rejects a GET with a body, as fetch does', async () => {
    const transport = emulatorTransport(createAtlassianHandler(defaultScenario()));
    await expect(transport(`https://${ACME_HOST}${MYSELF}`, { body: 'x' })).rejects.toBeInstanceOf(TypeError);
  });

  it('rejects with AbortError when the signal aborts (hang), and at once when already aborted', async () => {
    const rec = recordingTransport(createAtlassianHandler(defaultScenario()));
    const controller = new AbortController();
    const pending = rec.transport(`https://${SLOW_HOST}${MYSELF}`, { headers: auth, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    rec.clear();
    await expect(rec.transport(`https://${ACME_HOST}${MYSELF}`, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(rec.requests).toHaveLength(0);
  });

  it('rejects with the signal reason, as fetch does (AbortSignal.timeout → TimeoutError)', async () => {
    const transport = emulatorTransport(createAtlassianHandler(defaultScenario()));
    await expect(transport(`https://${SLOW_HOST}${MYSELF}`, { signal: AbortSignal.timeout(20) })).rejects.toMatchObject(
      {
        name: 'TimeoutError',
      },
    );
  });
});

describe('withLatency', () => {
  it('delays each answer and can be aborted', async () => {
    const transport = emulatorTransport(withLatency(createAtlassianHandler(defaultScenario()), 40));
    const started = Date.now();
    const res = await transport(`https://${GATEWAY_HOST}/ex/jira/${ACME_CLOUD_ID}${MYSELF}`, { headers: auth });
    expect(res.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    const controller = new AbortController();
    const pending = transport(`https://${ACME_HOST}/_edge/tenant_info`, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
