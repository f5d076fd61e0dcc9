/**
 * Faults from the emulator: each is classified, the run ends within its time budget, and nothing
 * is retried beyond the policy (one retry of a 429/503 that says when; 401/403 never).
 * In-process through the product's own transport; the TLS failure over a real socket.
 */
import { createServer, type Server } from 'node:net';
import { once } from 'node:events';
import { diagnose } from '../../lib/diagnose/diagnose';
import { sendProbe } from '../../lib/probe/send';
import { secretDestinationAllowed } from '../../lib/probe/policy';
import { memoryCache } from '../../lib/probe/deps';
import { createFetchTransport } from '../../lib/platform/transport';
import type { CloudApiTokenProfile } from '../../lib/model/profile';
import * as world from '../../emulator';
import {
  createAtlassianHandler,
  defaultScenario,
  recordingTransport,
  ScenarioBuilder,
  type SiteSpec,
} from '../../emulator';
import { hugeBodyStats } from '../../emulator/faults';

const PROBE_TIMEOUT = 600;
const BUDGET = 2_000;

function profile(host: string): CloudApiTokenProfile {
  return {
    id: 'p1',
    kind: 'cloud-api-token',
    name: 't',
    siteUrl: `https://${host}`,
    email: world.ADMIN_EMAIL,
    apiToken: world.UNSCOPED_TOKEN,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
}

function faultySite(host: string, switches: Partial<SiteSpec>, runBudgetMs = BUDGET) {
  const scenario = defaultScenario();
  const acme = scenario.sites.find((s) => s.host === world.ACME_HOST)!;
  const final = new ScenarioBuilder(scenario).site({ ...acme, host, cloudId: `c-${host}`, ...switches }).build();
  // The account works on the faulty site too, so only the fault decides.
  for (const account of final.accounts) if (account.email === world.ADMIN_EMAIL) account.jiraSites.push(host);
  const recorder = recordingTransport(createAtlassianHandler(final));
  const sleeps: number[] = [];
  const deps = {
    transport: createFetchTransport(recorder.transport as typeof fetch),
    now: Date.now,
    cache: memoryCache(),
    probeTimeoutMs: PROBE_TIMEOUT,
    runBudgetMs,
    sleep: async (ms: number) => {
      sleeps.push(ms);
    },
  };
  return { recorder, deps, sleeps };
}

const FAULTS: [string, Partial<SiteSpec>, string, string][] = [
  ['hangs', { hang: true }, 'TIMEOUT', 'timeout'],
  ['resets the connection', { faults: { reset: true } }, 'NETWORK_ERROR', 'network'],
  ['drips bytes slowly', { faults: { slowDrip: { intervalMs: 150 } } }, 'TIMEOUT', 'timeout'],
  ['answers 500 with HTML', { serverError: { status: 500 } }, 'SERVER_ERROR', '500'],
  ['answers 502 with HTML', { serverError: { status: 502 } }, 'SERVER_ERROR', '502'],
  ['answers 503 with HTML and no Retry-After', { serverError: { status: 503 } }, 'SERVER_ERROR', '503'],
  ['answers truncated JSON', { faults: { truncatedJson: true } }, 'UNEXPECTED_RESPONSE', '200'],
  ['answers a 5 MB body', { faults: { hugeBodyBytes: 5 * 1024 * 1024 } }, 'UNEXPECTED_RESPONSE', '200'],
];

describe('emulator faults through the engine and the product transport', () => {
  it.each(FAULTS)('a site that %s: classified, within budget, not retried', async (_name, switches, code, status) => {
    const host = 'faulty.atlassian.net';
    const { recorder, deps } = faultySite(host, switches);
    const started = Date.now();
    const report = await diagnose(profile(host), deps);
    const elapsed = Date.now() - started;
    expect(report.findings.map((f) => f.code)).toContain(code);
    expect(report.verdict).not.toBe('ok');
    expect(elapsed).toBeLessThan(BUDGET + 500);
    const site = report.probes.find((p) => p.probe.id === 'site-myself')!;
    expect(String(site.status ?? site.error?.kind)).toBe(status);
    for (const probe of report.probes) expect(probe.attempts).toBeLessThanOrEqual(1);
    // One request per probe that ran: no hidden retries below the engine either.
    expect(recorder.requests.filter((r) => r.host === host && r.hadAuthorization)).toHaveLength(1);
  });

  it('reads at most the body cap of a 5 MB answer', async () => {
    const { deps } = faultySite('huge.atlassian.net', { faults: { hugeBodyBytes: 5 * 1024 * 1024 } });
    hugeBodyStats.bytesPulled = 0;
    const report = await diagnose(profile('huge.atlassian.net'), deps);
    const site = report.probes.find((p) => p.probe.id === 'site-myself')!;
    expect(site.bodyTruncated).toBe(true);
    expect(site.body.length).toBeLessThanOrEqual(64 * 1024);
    // Both probes (tenant_info and myself) stop near the cap: far less than the 10 MB on offer.
    expect(hugeBodyStats.bytesPulled).toBeLessThan(1024 * 1024);
  });

  it('retries a 503 that says when at most once, and only within the budget', async () => {
    const { recorder, deps, sleeps } = faultySite(
      'flaky.atlassian.net',
      { serverError: { status: 503, retryAfterSeconds: 1 } },
      5_000,
    );
    const report = await diagnose(profile('flaky.atlassian.net'), deps);
    const site = report.probes.find((p) => p.probe.id === 'site-myself')!;
    expect(site.attempts).toBe(2);
    expect(sleeps.every((ms) => ms <= 1000)).toBe(true);
    expect(recorder.requests.filter((r) => r.host === 'flaky.atlassian.net' && r.hadAuthorization)).toHaveLength(2);
  });
});

describe('a TLS failure over a real socket', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    // Answers the TLS ClientHello with plain text and hangs up: a broken handshake.
    server = createServer((socket) => {
      socket.once('data', () => socket.end('HTTP/1.1 400 Not TLS\r\n\r\n'));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('is classified as a network error, promptly, with one attempt', async () => {
    const transport = createFetchTransport();
    const started = Date.now();
    const observation = await sendProbe(
      { probe: { id: 'tenant-info', url: `https://127.0.0.1:${port}/_edge/tenant_info`, auth: 'none', display: '' } },
      {
        transport,
        now: Date.now,
        sleep: async () => undefined,
        probeTimeoutMs: 3000,
        deadline: Date.now() + 5000,
        secretPolicy: (url) => secretDestinationAllowed(url),
      },
    );
    expect(observation.error?.kind).toBe('network');
    expect(observation.attempts).toBe(1);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
