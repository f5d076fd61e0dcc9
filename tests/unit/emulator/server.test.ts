/** The emulator over real HTTPS on 127.0.0.1, as Chromium reaches it through host-resolver-rules. */
import { request as httpsRequest } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACME_CLOUD_ID,
  ACME_HOST,
  ADMIN_EMAIL,
  SLOW_HOST,
  UNSCOPED_TOKEN,
  basicAuthorization,
  createAtlassianHandler,
  defaultScenario,
  startEmulatorServer,
  type AtlassianHandler,
  type EmulatorServer,
} from '../../../emulator';

interface Got {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  san: string;
}

function get(server: EmulatorServer, path: string, headers: Record<string, string>): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      { host: '127.0.0.1', port: server.port, path, method: 'GET', headers, rejectUnauthorized: false, agent: false },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body,
            san: (res.socket as TLSSocket).getPeerCertificate().subjectaltname ?? '',
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('startEmulatorServer', () => {
  let server: EmulatorServer;
  beforeAll(async () => {
    server = await startEmulatorServer(createAtlassianHandler(defaultScenario()));
  });
  afterAll(async () => {
    await server.close();
  });

  it('serves tenant_info for the host named in the Host header', async () => {
    const got = await get(server, '/_edge/tenant_info', { host: ACME_HOST });
    expect(got.status).toBe(200);
    expect(JSON.parse(got.body)).toEqual({ cloudId: ACME_CLOUD_ID });
    expect(got.headers['atl-traceid']).toBeTruthy();
    expect(got.san).toContain('DNS:*.atlassian.net');
    expect(got.san).toContain('DNS:api.atlassian.com');
    expect(got.san).toContain('DNS:jira.internal.example');
    expect(server.origin).toBe(`https://127.0.0.1:${server.port}`);
  });

  it('records requests with Authorization presence only, never its value', async () => {
    const before = server.requests.length;
    const got = await get(server, '/rest/api/3/myself', {
      host: ACME_HOST,
      authorization: basicAuthorization(ADMIN_EMAIL, UNSCOPED_TOKEN),
    });
    expect(got.status).toBe(200);
    const recorded = server.requests.slice(before);
    expect(recorded).toMatchObject([
      {
        method: 'GET',
        url: `https://${ACME_HOST}/rest/api/3/myself`,
        host: ACME_HOST,
        hadAuthorization: true,
        hadBody: false,
      },
    ]);
    expect(JSON.stringify(server.requests)).not.toContain(UNSCOPED_TOKEN);
  });
});

describe('a hanging request over HTTPS', () => {
  it('ends when the client aborts, and close() returns promptly with a hang still open', async () => {
    const outcomes: string[] = [];
    const inner = createAtlassianHandler(defaultScenario());
    const watched: AtlassianHandler = (request) =>
      inner(request).catch((error: unknown) => {
        outcomes.push(error instanceof Error || error instanceof DOMException ? error.name : String(error));
        throw error;
      });
    const server = await startEmulatorServer(watched);

    const hang = (): { done: Promise<string>; abort: () => void } => {
      const req = httpsRequest({
        host: '127.0.0.1',
        port: server.port,
        path: '/rest/api/3/myself',
        headers: { host: SLOW_HOST },
        rejectUnauthorized: false,
        agent: false,
      });
      const done = new Promise<string>((resolve) => {
        req.on('response', () => resolve('answered'));
        req.on('error', (e) => resolve(`error:${e.message}`));
        req.on('close', () => resolve('closed'));
      });
      req.end();
      return { done, abort: () => req.destroy() };
    };

    // 1. The client gives up: the handler's hang settles with an AbortError.
    const first = hang();
    await waitFor(() => server.requests.length === 1);
    first.abort();
    await first.done;
    await waitFor(() => outcomes.length === 1);
    expect(outcomes).toEqual(['AbortError']);

    // 2. A hang still open when the server closes: close() does not wait for it.
    const second = hang();
    await waitFor(() => server.requests.length === 2);
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await second.done).not.toBe('answered');
    await waitFor(() => outcomes.length === 2);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('waitFor: timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}
