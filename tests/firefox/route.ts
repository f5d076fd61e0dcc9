/**
 * How Firefox reaches the emulator under the real Atlassian host names. Firefox has no
 * `--host-resolver-rules`; two routes do the same job:
 *
 * - `port-443`: the emulator listens on 127.0.0.1:443 and the pref `network.dns.localDomains`
 *   resolves every emulator host name to 127.0.0.1. Needs the right to bind a privileged port
 *   (root, or `net.ipv4.ip_unprivileged_port_start` ≤ 443).
 * - `proxy`: the emulator listens on an ephemeral port and a proxy auto-config (PAC) sends the
 *   emulator host names to a local HTTP CONNECT proxy that tunnels to it. Works for any user.
 *
 * Either way the extension's requests carry the real host name (TLS SNI and `Host`), the
 * Authorization header intact, and the product code has no test hook.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { once } from 'node:events';
import * as world from '../../emulator';

export type FirefoxRoute = 'port-443' | 'proxy';

/** Every host name the emulator serves: the scenario constants (`*_HOST`) and the certificate's exact names. */
export function emulatorHostNames(): string[] {
  const fromScenarios = Object.entries(world)
    .filter(([name, value]) => name.endsWith('_HOST') && typeof value === 'string')
    .map(([, value]) => value as string);
  const exact = world.CERTIFICATE_DNS_NAMES.filter((n) => !n.includes('*') && n !== 'localhost');
  return [...new Set([...fromScenarios, ...exact])].sort();
}

/** The certificate's wildcard names (`*.atlassian.net`), as PAC `shExpMatch` patterns. */
export function emulatorHostPatterns(): string[] {
  return world.CERTIFICATE_DNS_NAMES.filter((n) => n.startsWith('*.'));
}

/** Whether a host name is one the emulator answers for (the proxy refuses any other). */
export function isEmulatorHost(host: string, names = emulatorHostNames(), patterns = emulatorHostPatterns()): boolean {
  const h = host.toLowerCase();
  return names.includes(h) || patterns.some((p) => h.endsWith(p.slice(1)) && h.length > p.length - 1);
}

/** A PAC script: emulator hosts through the proxy on 127.0.0.1:`proxyPort`, everything else direct. */
export function proxyAutoConfig(
  proxyPort: number,
  names = emulatorHostNames(),
  patterns = emulatorHostPatterns(),
): string {
  return [
    'function FindProxyForURL(url, host) {',
    `  var names = ${JSON.stringify(names)};`,
    `  var patterns = ${JSON.stringify(patterns)};`,
    '  if (names.indexOf(host) >= 0) return "PROXY 127.0.0.1:' + String(proxyPort) + '";',
    '  for (var i = 0; i < patterns.length; i++)',
    '    if (shExpMatch(host, patterns[i])) return "PROXY 127.0.0.1:' + String(proxyPort) + '";',
    '  return "DIRECT";',
    '}',
  ].join('\n');
}

/** The Firefox prefs that send the emulator hosts to it on this route. */
export function routePrefs(route: FirefoxRoute, proxyPort?: number): Record<string, string | number | boolean> {
  // No DNS over HTTPS: names must go through the resolver the prefs below steer.
  const common = { 'network.trr.mode': 5 };
  if (route === 'port-443') return { ...common, 'network.dns.localDomains': emulatorHostNames().join(',') };
  if (proxyPort === undefined) throw new Error('the proxy route needs the proxy port');
  return {
    ...common,
    'network.proxy.type': 2,
    'network.proxy.autoconfig_url': `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(proxyAutoConfig(proxyPort))}`,
    // The PAC answer holds; never fall back to a direct connection to the real Atlassian.
    'network.proxy.failover_direct': false,
  };
}

export interface ConnectProxy {
  port: number;
  /** Host names Firefox asked to be tunnelled to (each CONNECT, in order). */
  tunnels: string[];
  close(): Promise<void>;
}

/** A local HTTP CONNECT proxy that tunnels emulator host names to 127.0.0.1:`targetPort` and refuses any other. */
export async function startConnectProxy(targetPort: number): Promise<ConnectProxy> {
  const sockets = new Set<Socket>();
  const tunnels: string[] = [];
  const server: Server = createServer((_req, res) => {
    res.writeHead(405, { 'content-type': 'text/plain' });
    res.end('This proxy only tunnels HTTPS (CONNECT) to the Atlassian emulator.\n');
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connect', (req: IncomingMessage, client: Socket, head: Buffer) => {
    const host = (req.url ?? '').replace(/:\d+$/, '');
    if (!isEmulatorHost(host)) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    tunnels.push(host);
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    const drop = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy: no TCP address');
  return {
    port: address.port,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
