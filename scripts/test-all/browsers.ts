/**
 * The browsers `npm test` drives: Debian's Chromium (Playwright) and Firefox ESR (puppeteer over
 * WebDriver BiDi). When one is missing, `npm test` installs it the way `.ci/run` does (apt-get,
 * through sudo when not root) or, when that is impossible, stops with one line saying what to
 * install. `planBrowserInstall` is the decision, pure; `ensureBrowsers` carries it out.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface BrowserNeed {
  /** Debian's package that provides it. */
  debianPackage: 'chromium' | 'firefox-esr';
  /** The executable the suite runs. */
  path: string;
  /** The variable that overrides the path (then apt-get cannot help: it installs the default path). */
  envVariable: 'CHROMIUM_PATH' | 'FIREFOX_PATH';
  /** The path came from that variable. */
  overridden: boolean;
  present: boolean;
}

export interface HostFacts {
  /** `process.platform`. */
  platform: string;
  /** `/usr/bin/apt-get` exists (Debian or a derivative). */
  hasAptGet: boolean;
  /** 0 for root; undefined where there are no user ids. */
  uid: number | undefined;
  /** `sudo` is on the PATH. */
  hasSudo: boolean;
  /** `sudo -n true` succeeded: sudo works without a password. */
  sudoWithoutPassword: boolean;
  /** A terminal is attached, so sudo can ask for a password. */
  interactive: boolean;
}

export type InstallPlan =
  | { kind: 'ready' }
  | { kind: 'install'; packages: string[]; commands: string[][] }
  | { kind: 'impossible'; message: string };

const APT_ENV = 'DEBIAN_FRONTEND=noninteractive';

/** What to do about the browsers, from what is missing and what this machine allows. */
export function planBrowserInstall(needs: readonly BrowserNeed[], host: HostFacts): InstallPlan {
  const missing = needs.filter((n) => !n.present);
  if (missing.length === 0) return { kind: 'ready' };
  const overridden = missing.filter((n) => n.overridden);
  if (overridden.length > 0)
    return {
      kind: 'impossible',
      message: `npm test: ${overridden.map((n) => `${n.envVariable}=${n.path} does not exist`).join('; ')}: point it at the browser's executable, or unset it to use Debian's ${overridden.map((n) => n.debianPackage).join(' and ')}.`,
    };
  const packages = missing.map((n) => n.debianPackage);
  const paths = missing.map((n) => n.path).join(', ');
  if (host.platform !== 'linux' || !host.hasAptGet)
    return {
      kind: 'impossible',
      message: `npm test: the browser tests need ${paths} (Debian's ${packages.join(' and ')}), and this is not a Debian system with apt-get: install Chromium and Firefox ESR and set CHROMIUM_PATH and FIREFOX_PATH to their executables.`,
    };
  const root = host.uid === 0;
  const sudo = !root && host.hasSudo && (host.sudoWithoutPassword || host.interactive);
  if (!root && !sudo)
    return {
      kind: 'impossible',
      message: `npm test: the browser tests need ${paths}, and this user may not install packages (not root, ${host.hasSudo ? 'sudo needs a password and no terminal is attached' : 'no sudo'}): as root, run apt-get install -y ${packages.join(' ')}.`,
    };
  const prefix = root ? ['env', APT_ENV] : ['sudo', APT_ENV];
  return {
    kind: 'install',
    packages,
    commands: [
      [...prefix, 'apt-get', 'update', '-qq'],
      [...prefix, 'apt-get', 'install', '-y', '-qq', ...packages],
    ],
  };
}

/** The browsers of the Chromium and Firefox suites, with the same paths and overrides as their harnesses. */
export function browserNeeds(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): BrowserNeed[] {
  const chromium = env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const firefox = env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  return [
    {
      debianPackage: 'chromium',
      path: chromium,
      envVariable: 'CHROMIUM_PATH',
      overridden: env.CHROMIUM_PATH !== undefined,
      present: exists(chromium),
    },
    {
      debianPackage: 'firefox-esr',
      path: firefox,
      envVariable: 'FIREFOX_PATH',
      overridden: env.FIREFOX_PATH !== undefined,
      present: exists(firefox),
    },
  ];
}

function succeeds(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

function hostFacts(): HostFacts {
  const hasSudo = succeeds('sh', ['-c', 'command -v sudo']);
  return {
    platform: process.platform,
    hasAptGet: existsSync('/usr/bin/apt-get'),
    uid: process.getuid?.(),
    hasSudo,
    sudoWithoutPassword: hasSudo && succeeds('sudo', ['-n', 'true']),
    interactive: process.stdin.isTTY,
  };
}

/**
 * Installs the missing browsers, or returns the one line that says what to install when that is
 * impossible or failed (the caller stops with it). Undefined = every browser is there.
 */
export function ensureBrowsers(): string | undefined {
  const needs = browserNeeds();
  if (needs.every((n) => n.present)) return undefined; // no sudo probe when nothing is missing
  const plan = planBrowserInstall(needs, hostFacts());
  if (plan.kind === 'ready') return undefined;
  if (plan.kind === 'impossible') return plan.message;
  console.log(`\n━━ installing Debian's ${plan.packages.join(' and ')} for the browser tests`);
  for (const [command, ...args] of plan.commands) {
    if (command === undefined) continue;
    console.log(`   ${command} ${args.join(' ')}`);
    const result = spawnSync(command, args, { stdio: ['inherit', 'inherit', 'inherit'] });
    if (result.status !== 0)
      return `npm test: \`${command} ${args.join(' ')}\` failed (exit ${String(result.status)}): install ${plan.packages.join(' and ')} by hand (apt-get install -y ${plan.packages.join(' ')}).`;
  }
  const still = browserNeeds().filter((n) => !n.present);
  if (still.length > 0)
    return `npm test: apt-get finished but ${still.map((n) => n.path).join(', ')} is still missing: install ${still.map((n) => n.debianPackage).join(' and ')} by hand.`;
  return undefined;
}
