/**
 * `npm test`: type-check, lint, unit, component and browser tests (Chromium, then Firefox), in that
 * order, then one plain line totalling every suite: `N passed, N failed`. Every step runs even
 * when an earlier one failed (except browser tests, which need a build), so one run shows
 * everything that is wrong. Type-check, lint, each build and `web-ext lint` count as one test each.
 *
 * First, the browsers: a missing Debian `chromium` or `firefox-esr` is installed with apt-get (as
 * `.ci/run` does); where that is impossible, npm test stops at once with one line saying what to
 * install (scripts/test-all/browsers.ts). A browser suite is never skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBrowsers } from './test-all/browsers';
import { judgeWebExtLint } from './test-all/web-ext-lint';

interface Outcome {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  note?: string;
}

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
const outcomes: Outcome[] = [];

const cannotInstall = ensureBrowsers();
if (cannotInstall !== undefined) {
  console.error(cannotInstall);
  process.exit(1);
}

function run(command: string, args: string[], env: Record<string, string> = {}): { ok: boolean; seconds: number } {
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

function check(name: string, command: string, args: string[]): boolean {
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const { ok, seconds } = run(command, args);
  outcomes.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds });
  return ok;
}

function vitest(project: string): void {
  console.log(`\n━━ ${project} tests`);
  const file = join(RESULTS, `${project}.json`);
  const { ok, seconds } = run('npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  if (!existsSync(file)) {
    outcomes.push({ name: project, passed: 0, failed: 1, skipped: 0, seconds, note: 'the runner produced no results' });
    return;
  }
  const json = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numTotalTests: number;
    testResults: { status: string }[];
  };
  // A file that fails to load has no tests but must still count as a failure.
  const brokenFiles = json.testResults.filter((t) => t.status === 'failed').length;
  const failed = Math.max(json.numFailedTests, !ok && json.numFailedTests === 0 ? Math.max(1, brokenFiles) : 0);
  outcomes.push({
    name: project,
    passed: json.numPassedTests,
    failed,
    skipped: json.numPendingTests + json.numTodoTests,
    seconds,
  });
}

check('typecheck', 'npx', ['tsc', '--noEmit']);
check('lint', 'npm', ['run', '--silent', 'lint']);
vitest('unit');
vitest('component');
// The test build differs only in granting the emulator's Data Center hosts (wxt.config.ts).
const built = check('build', 'npx', ['wxt', 'build']) && check('build:test', 'npx', ['wxt', 'build', '--mode', 'test']);
// What a user installs carries no pointer to a document they cannot open.
if (built) check('bundle', 'node', ['--import', 'tsx', 'scripts/check-repo.ts', '--built', '.output/chrome-mv3']);
if (built) vitest('browser');
else
  outcomes.push({ name: 'browser', passed: 0, failed: 1, skipped: 0, seconds: 0, note: 'not run: the build failed' });

/** AMO's linter on the Firefox build: no error, no warning but React DOM's two innerHTML ones. */
function webExtLint(dir: string): void {
  const name = 'web-ext lint';
  console.log(`\n━━ ${name}: web-ext lint -s ${dir} --output json`);
  const started = Date.now();
  const result = spawnSync('npx', ['web-ext', 'lint', '-s', dir, '--output', 'json'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const judged = judgeWebExtLint(result.stdout);
  for (const problem of judged.problems) console.log(`  ✕ ${problem}`);
  console.log(`  ${judged.ok ? '✓' : '✕'} ${String(judged.allowed)} expected React DOM innerHTML warnings`);
  outcomes.push({
    name,
    passed: judged.ok ? 1 : 0,
    failed: judged.ok ? 0 : 1,
    skipped: 0,
    seconds: (Date.now() - started) / 1000,
    ...(judged.ok ? {} : { note: `${String(judged.problems.length)} problems` }),
  });
}

// Firefox: the MV2 build (what AMO gets) is linted; its test build (emulator hosts granted) runs in firefox-esr.
const firefoxBuilt =
  check('build:firefox', 'npx', ['wxt', 'build', '-b', 'firefox']) &&
  check('build:firefox-test', 'npx', ['wxt', 'build', '-b', 'firefox', '--mode', 'test']);
if (firefoxBuilt) {
  check('bundle:firefox', 'node', ['--import', 'tsx', 'scripts/check-repo.ts', '--built', '.output/firefox-mv2']);
  webExtLint('.output/firefox-mv2');
  vitest('firefox');
} else
  outcomes.push({ name: 'firefox', passed: 0, failed: 1, skipped: 0, seconds: 0, note: 'not run: the build failed' });

console.log('\n━━ summary');
for (const o of outcomes) {
  console.log(
    `  ${o.name.padEnd(18)} ${String(o.passed).padStart(4)} passed ${String(o.failed).padStart(3)} failed${o.skipped ? ` ${o.skipped} skipped` : ''}  (${o.seconds.toFixed(1)} s)${o.note ? `  — ${o.note}` : ''}`,
  );
}
const passed = outcomes.reduce((n, o) => n + o.passed, 0);
const failed = outcomes.reduce((n, o) => n + o.failed, 0);
const skipped = outcomes.reduce((n, o) => n + o.skipped, 0);
// The last line is always exactly `N passed, N failed` (CI reads it); skipped tests, which only a
// failed setup causes here, are counted on the line before.
if (skipped) console.log(`\n${skipped} skipped (a suite whose setup failed skips its tests)`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
