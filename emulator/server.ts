/**
 * The handler over real HTTPS on 127.0.0.1, for the browser tests: Chromium reaches
 * `*.atlassian.net`, `api.atlassian.com` and a Data Center host through --host-resolver-rules,
 * so the Host header names the Atlassian host and the URL is rebuilt from it.
 */
import { createServer } from 'node:https';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { once } from 'node:events';
import { generate } from 'selfsigned';
import type { AtlassianHandler } from './handler';
import { recordRequests, type RecordedRequest } from './record';
import { isConnectionReset } from './faults';

interface EmulatorServerOptions {
  /** 0 (default) = an ephemeral port. */
  port?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
}

export interface EmulatorServer {
  port: number;
  origin: string;
  /** What reached the server, in order (Authorization presence only, never its value). */
  requests: RecordedRequest[];
  /** The self-signed certificate (PEM), for clients that want to trust it instead of ignoring errors. */
  cert: string;
  /** Stops listening and destroys open sockets, so hanging requests end at once. */
  close(): Promise<void>;
}

/** Names the certificate is valid for (SAN), including the Data Center test host. */
export const CERTIFICATE_DNS_NAMES = [
  '*.atlassian.net',
  'api.atlassian.com',
  'api.bitbucket.org',
  // Atlassian Government Cloud (https://developer.atlassian.com/platform/framework/agc/guides/manage-3lo-apps)
  '*.atlassian-us-gov-mod.net',
  'api.atlassian-us-gov-mod.com',
  'localhost',
  'jira.internal.example',
  'jira-ctx.internal.example',
  'jira-locked.internal.example',
  // govcloud-scenario.ts: Confluence Data Center and a rate-limited server
  'confluence.internal.example',
  'jira-busy.internal.example',
  // custom-domain-scenario.ts: a Cloud site's custom domain and legacy *.jira.com name
  'jira.globex.example',
  'globex.jira.com',
] as const;

let certificate: Promise<{ key: string; cert: string }> | undefined;

/** Made once per process (key generation is the slow part) with selfsigned 5 (async, WebCrypto). */
function emulatorCertificate(): Promise<{ key: string; cert: string }> {
  certificate ??= generate([{ name: 'commonName', value: 'Atlassian emulator' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(Date.now() - 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          ...CERTIFICATE_DNS_NAMES.map((value) => ({ type: 2 as const, value })),
          { type: 7 as const, ip: '127.0.0.1' },
        ],
      },
    ],
  }).then((pems) => ({ key: pems.private, cert: pems.cert }));
  return certificate;
}

function toRequest(req: IncomingMessage, signal: AbortSignal, fallbackHost: string): Request {
  const headers = new Headers();
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i];
    const value = req.rawHeaders[i + 1];
    if (name !== undefined && value !== undefined) headers.append(name, value);
  }
  // Keep the Host header: it carries the Atlassian host name (handler.ts effectiveHost).
  const url = `https://${req.headers.host ?? fallbackHost}${req.url ?? '/'}`;
  // No body is forwarded: the emulator serves GET and HEAD only (anything else → 405).
  return new Request(url, { method: req.method ?? 'GET', headers, signal });
}

async function writeResponse(response: Response, res: ServerResponse, head: boolean): Promise<void> {
  const headers: OutgoingHttpHeaders = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  res.writeHead(response.status, response.statusText || undefined, headers);
  if (response.body !== null && !head) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (!res.write(value)) await once(res, 'drain');
    }
  }
  res.end();
}

export async function startEmulatorServer(
  handler: AtlassianHandler,
  opts: EmulatorServerOptions = {},
): Promise<EmulatorServer> {
  const { key, cert } = await emulatorCertificate();
  const listenHost = opts.host ?? '127.0.0.1';
  const recorder = recordRequests(handler);
  const sockets = new Set<Socket>();
  let port = opts.port ?? 0;

  const server = createServer({ key, cert }, (req, res) => {
    const controller = new AbortController();
    // The client went away before the answer was complete: abort, so a hang settles.
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    const request = toRequest(req, controller.signal, `${listenHost}:${port}`);
    recorder
      .handler(request)
      .then((response) => writeResponse(response, res, req.method === 'HEAD'))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return; // nobody is listening any more
        if (isConnectionReset(error)) {
          req.socket.destroy(); // the faults.ts `reset` switch: no answer, the connection just drops
          return;
        }
        if (!res.headersSent) {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(`emulator error: ${error instanceof Error ? error.message : String(error)}\n`);
        } else {
          res.destroy();
        }
      });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  server.listen(port, listenHost);
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('emulator: no TCP address');
  port = address.port;

  return {
    port,
    origin: `https://${listenHost}:${port}`,
    requests: recorder.requests,
    cert,
    close: () =>
      new Promise<void>((resolve, reject) => {
        if (!server.listening) {
          resolve(); // closing twice is harmless
          return;
        }
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
  };
}
