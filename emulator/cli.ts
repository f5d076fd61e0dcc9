/**
 * `node --import tsx emulator/cli.ts [--port N]`: the default scenario over HTTPS, for
 * manual use with Chromium's --host-resolver-rules (the flags are in emulator/README.md).
 */
import { defaultScenario } from './default-scenario';
import { createAtlassianHandler } from './handler';
import { startEmulatorServer } from './server';

function portArgument(args: readonly string[]): number {
  const i = args.indexOf('--port');
  const raw = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--port='))?.slice('--port='.length);
  if (raw === undefined) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${raw}`);
  return port;
}

const server = await startEmulatorServer(createAtlassianHandler(defaultScenario()), {
  port: portArgument(process.argv.slice(2)),
});
console.log(`emulator listening on ${server.origin}`);

const stop = (): void => {
  void server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
