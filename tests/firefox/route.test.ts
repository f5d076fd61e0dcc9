/**
 * The proxy route (route.ts) without Firefox, so it is tested even where the suite itself runs as
 * root on port 443: the PAC sends exactly the emulator hosts to the proxy, and the proxy tunnels
 * them to the emulator and refuses anything else.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { runInNewContext } from 'node:vm';
import * as world from '../../emulator';
import { emulatorHostNames, isEmulatorHost, proxyAutoConfig, routePrefs, startConnectProxy } from './route';

/** Runs the PAC script as Firefox would, with the standard `shExpMatch` helper. */
function pacAnswer(pac: string, host: string): string {
  const shExpMatch = (s: string, pattern: string) =>
    new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(s);
  return runInNewContext(`${pac}\nFindProxyForURL("https://" + host + "/", host)`, { shExpMatch, host }) as string;
}

/** CONNECT through the proxy, then HTTPS to `host` inside the tunnel; resolves with the status. */
function viaProxy(proxyPort: number, host: string, path: string): Promise<{ connect: number; status?: number }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: proxyPort, method: 'CONNECT', path: `${host}:443` });
    req.on('connect', (res, socket: Socket) => {
      if (res.statusCode !== 200) {
        socket.destroy();
        resolve({ connect: res.statusCode ?? 0 });
        return;
      }
      const tunnel = () => tlsConnect({ socket, servername: host, rejectUnauthorized: false });
      const inner = httpsRequest({ host, path, createConnection: tunnel }, (answer) => {
        answer.resume();
        answer.on('end', () => {
          socket.destroy();
          resolve({ connect: 200, status: answer.statusCode });
        });
      });
      inner.on('error', reject);
      inner.end();
    });
    req.on('error', reject);
    req.end();
  });
}

describe('Firefox route to the emulator: proxy auto-config and CONNECT proxy', () => {
  it('sends the emulator hosts to the proxy and everything else direct', () => {
    const pac = proxyAutoConfig(4321);
    for (const host of [world.ACME_HOST, world.GATEWAY_HOST, 'anything.atlassian.net', world.DC_HOST])
      expect(pacAnswer(pac, host)).toBe('PROXY 127.0.0.1:4321');
    for (const host of ['example.com', 'atlassian.net.evil.example', 'localhost', 'atlassian.com'])
      expect(pacAnswer(pac, host)).toBe('DIRECT');
  });

  it('names every scenario host for the port-443 route', () => {
    const names = emulatorHostNames();
    expect(names).toEqual(expect.arrayContaining([world.ACME_HOST, world.GATEWAY_HOST, world.BITBUCKET_HOST]));
    expect(names.every((n) => !n.includes('*'))).toBe(true);
    expect(String(routePrefs('port-443')['network.dns.localDomains']).split(',')).toEqual(names);
    expect(isEmulatorHost('x.atlassian.net')).toBe(true);
    expect(isEmulatorHost('atlassian.net')).toBe(false);
  });

  it('tunnels an emulator host to the emulator and refuses others', async () => {
    const emulator = await world.startEmulatorServer(world.createAtlassianHandler(world.defaultScenario()));
    const proxy = await startConnectProxy(emulator.port);
    try {
      const answered = await viaProxy(proxy.port, world.ACME_HOST, '/_edge/tenant_info');
      expect(answered).toEqual({ connect: 200, status: 200 });
      expect(emulator.requests.at(-1)?.host).toBe(world.ACME_HOST);
      expect(proxy.tunnels).toEqual([world.ACME_HOST]);
      expect(await viaProxy(proxy.port, 'example.com', '/')).toEqual({ connect: 403 });
    } finally {
      await proxy.close();
      await emulator.close();
    }
  });
});
