import { browserNeeds, planBrowserInstall, type HostFacts } from '../../../../scripts/test-all/browsers';

const DEBIAN_ROOT: HostFacts = {
  platform: 'linux',
  hasAptGet: true,
  uid: 0,
  hasSudo: false,
  sudoWithoutPassword: false,
  interactive: false,
};
const DEBIAN_USER: HostFacts = { ...DEBIAN_ROOT, uid: 1000, hasSudo: true, sudoWithoutPassword: true };

const needs = (present: { chromium: boolean; firefox: boolean }, env: NodeJS.ProcessEnv = {}) =>
  browserNeeds(env, (path) => (path.includes('chromium') ? present.chromium : present.firefox));

describe('npm test: installing the browsers its suites need', () => {
  it('does nothing when both browsers are there', () => {
    expect(planBrowserInstall(needs({ chromium: true, firefox: true }), DEBIAN_USER)).toEqual({ kind: 'ready' });
  });

  it('as root, installs only the missing package with apt-get, non-interactively', () => {
    expect(planBrowserInstall(needs({ chromium: true, firefox: false }), DEBIAN_ROOT)).toEqual({
      kind: 'install',
      packages: ['firefox-esr'],
      commands: [
        ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'update', '-qq'],
        ['env', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'firefox-esr'],
      ],
    });
  });

  it('as another user, goes through sudo, and installs both when both are missing', () => {
    const plan = planBrowserInstall(needs({ chromium: false, firefox: false }), DEBIAN_USER);
    expect(plan).toEqual({
      kind: 'install',
      packages: ['chromium', 'firefox-esr'],
      commands: [
        ['sudo', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'update', '-qq'],
        ['sudo', 'DEBIAN_FRONTEND=noninteractive', 'apt-get', 'install', '-y', '-qq', 'chromium', 'firefox-esr'],
      ],
    });
  });

  it('lets sudo ask for a password only when a terminal is attached', () => {
    const asking = { ...DEBIAN_USER, sudoWithoutPassword: false };
    expect(planBrowserInstall(needs({ chromium: false, firefox: true }), { ...asking, interactive: true }).kind).toBe(
      'install',
    );
    const plan = planBrowserInstall(needs({ chromium: false, firefox: true }), asking);
    expect(plan).toEqual({ kind: 'impossible', message: expect.stringContaining('sudo needs a password') as string });
  });

  it('stops with one line naming the package when there is no root and no sudo', () => {
    const plan = planBrowserInstall(needs({ chromium: true, firefox: false }), { ...DEBIAN_USER, hasSudo: false });
    expect(plan.kind).toBe('impossible');
    if (plan.kind !== 'impossible') return;
    expect(plan.message).not.toContain('\n');
    expect(plan.message).toContain('/usr/bin/firefox-esr');
    expect(plan.message).toContain('apt-get install -y firefox-esr');
    expect(plan.message).toContain('no sudo');
  });

  it('stops with one line on a system without apt-get, naming both browsers and the path variables', () => {
    for (const host of [
      { ...DEBIAN_ROOT, platform: 'darwin', hasAptGet: false },
      { ...DEBIAN_ROOT, hasAptGet: false },
    ]) {
      const plan = planBrowserInstall(needs({ chromium: false, firefox: true }), host);
      expect(plan.kind).toBe('impossible');
      if (plan.kind !== 'impossible') continue;
      expect(plan.message).not.toContain('\n');
      expect(plan.message).toMatch(/Chromium and Firefox ESR.*CHROMIUM_PATH and FIREFOX_PATH/);
    }
  });

  it('never installs over a path the user chose: a missing CHROMIUM_PATH is reported', () => {
    const chosen = needs({ chromium: false, firefox: true }, { CHROMIUM_PATH: '/opt/chromium/chrome' });
    expect(chosen[0]).toMatchObject({ path: '/opt/chromium/chrome', overridden: true });
    const plan = planBrowserInstall(chosen, DEBIAN_ROOT);
    expect(plan).toEqual({
      kind: 'impossible',
      message: expect.stringContaining('CHROMIUM_PATH=/opt/chromium/chrome does not exist') as string,
    });
  });

  it('uses the same default paths as the browser harnesses', () => {
    expect(needs({ chromium: true, firefox: true }).map((n) => n.path)).toEqual([
      '/usr/bin/chromium',
      '/usr/bin/firefox-esr',
    ]);
  });
});
