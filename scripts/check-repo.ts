/**
 * Repository hygiene: every tracked text file must stand on its own.
 *
 * Fails (exit 1, one line per hit) when a file contains:
 * - `outside-doc`: a pointer to a document that is not in the repository — the research notes on
 *   Atlassian's answers ("facts" followed by a section sign, or the file names of either facts note), the project's
 *   design, style and toolchain notes, or the `shared` folder beside the clone. Cite the public
 *   source by URL (an Atlassian doc, KB article, public ticket or GitHub issue) or say the fact in words.
 * - `issue-ref`: a tracker reference ("issue" and a number) in code, UI text or a README. Say what the
 *   work is for instead; commit messages may name issues, files may not.
 * - `machine-path`: an absolute path of one machine (the work, root, home or temp folders).
 *   Tests that need a temp folder create one through `os.tmpdir()`.
 *
 * With `--built DIR` it reads every file of a built extension instead (what a user installs: the
 * bundles, manifest and pages), with the outside-doc rules and a rule against the seed folder.
 *
 * Usage: `node --import tsx scripts/check-repo.ts [path …]`. With paths (folders or files) only
 * tracked files under them are checked; with none, every tracked file (what `npm run check-repo`
 * and `npm run lint` do).
 *
 * Exceptions: add an entry to ALLOW below with the file, the rule, the text the line must contain
 * and the reason. An entry that matches nothing is itself reported, so the list cannot go stale.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Rule = 'outside-doc' | 'issue-ref' | 'machine-path';

interface Allowed {
  /** Path relative to the repository root, exactly as `git ls-files` prints it. */
  readonly file: string;
  readonly rule: Rule;
  /** The allowed line must contain this text (so one entry excuses one kind of line, not a file). */
  readonly lineContains: string;
  readonly reason: string;
}

// Example: { file: 'scripts/x.ts', rule: 'machine-path', lineContains: 'DEFAULT_DIR', reason: 'why it must stay' }
const ALLOW: readonly Allowed[] = [];

// The patterns are built from pieces so that this file does not match its own rules.
const SECTION = '\u00a7';
const RULES: readonly { readonly rule: Rule; readonly pattern: RegExp; readonly what: string }[] = [
  { rule: 'outside-doc', pattern: new RegExp(`facts\\s*${SECTION}`, 'i'), what: 'points at the facts notes' },
  { rule: 'outside-doc', pattern: /\bfacts-2\b|\bfacts\.md\b/i, what: 'points at the facts notes' },
  {
    rule: 'outside-doc',
    pattern: /\b(design|style|toolchain)\.md\b/i,
    what: 'points at a project note outside the repository',
  },
  {
    rule: 'outside-doc',
    pattern: /\.\.\/shared\/(?:design|style|toolchain|atlassian|seeds|hooks)|\.\.\/shared(?![\w'/])/,
    what: 'points at the shared folder beside the clone',
  },
  { rule: 'issue-ref', pattern: /\bissues?\s+#?\d+\b/i, what: 'names a tracker issue' },
  {
    rule: 'machine-path',
    pattern: new RegExp(`(^|[^\\w.~-])(${['/' + 'work/', '/' + 'root/', '/' + 'tmp/', '/' + 'home/[a-z]'].join('|')})`),
    what: 'an absolute path of one machine',
  },
];

/** Files that are not text, by extension; others are read and skipped if they contain a NUL byte. */
const BINARY = /\.(png|jpe?g|gif|ico|webp|woff2?|ttf|zip|gz|pdf)$/i;

function trackedFiles(paths: readonly string[]): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--', ...paths], { encoding: 'utf8' });
  return out.split('\0').filter((f) => f !== '' && !BINARY.test(f));
}

interface Hit {
  readonly file: string;
  readonly line: number;
  readonly rule: Rule;
  readonly what: string;
  readonly text: string;
}

function check(files: readonly string[]): { hits: Hit[]; unusedAllows: Allowed[] } {
  const hits: Hit[] = [];
  const used = new Set<Allowed>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue; // deleted in the work tree but still tracked: git will say so
    }
    if (text.includes('\0')) continue;
    text.split('\n').forEach((lineText, index) => {
      for (const { rule, pattern, what } of RULES) {
        if (!pattern.test(lineText)) continue;
        const allow = ALLOW.find((a) => a.file === file && a.rule === rule && lineText.includes(a.lineContains));
        if (allow !== undefined) {
          used.add(allow);
          continue;
        }
        hits.push({ file, line: index + 1, rule, what, text: lineText.trim() });
      }
    });
  }
  const checked = new Set(files);
  return { hits, unusedAllows: ALLOW.filter((a) => checked.has(a.file) && !used.has(a)) };
}

/** Every file under a folder (a built extension), binary ones left out. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && !BINARY.test(d.name))
    .map((d) => join(d.parentPath, d.name));
}

const args = process.argv.slice(2);
const builtAt = args.indexOf('--built');
if (builtAt >= 0) {
  const dir = args[builtAt + 1];
  if (!dir) throw new Error('--built needs the folder of a built extension');
  const rules = [
    ...RULES.filter((r) => r.rule === 'outside-doc'),
    { rule: 'outside-doc' as const, pattern: /\bseeds\/\d/, what: 'points at the seed pages' },
  ];
  const found: string[] = [];
  const built = filesUnder(dir);
  for (const file of built) {
    const text = readFileSync(file, 'utf8');
    for (const { pattern, what } of rules) {
      const match = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
      for (const m of text.matchAll(match)) {
        const around = text.slice(Math.max(0, m.index - 60), m.index + 60).replace(/\s+/g, ' ');
        found.push(`${file}: ${what}\n    …${around}…`);
      }
    }
  }
  for (const line of found) console.error(line);
  if (found.length > 0) {
    console.error(`check-repo --built: ${found.length} internal reference(s) in ${dir} (${built.length} files).`);
    process.exit(1);
  }
  console.log(`check-repo --built: ${built.length} files of ${dir} clean.`);
  process.exit(0);
}

const paths = args;
const files = trackedFiles(paths);
const { hits, unusedAllows } = check(files);

for (const h of hits) {
  const shown = h.text.length > 140 ? `${h.text.slice(0, 137)}…` : h.text;
  console.error(`${h.file}:${h.line}: ${h.rule}: ${h.what}\n    ${shown}`);
}
for (const a of unusedAllows) {
  console.error(`scripts/check-repo.ts: ALLOW entry for ${a.file} (${a.rule}) matches nothing: remove it`);
}
const scope = paths.length > 0 ? paths.join(', ') : 'every tracked file';
if (hits.length > 0 || unusedAllows.length > 0) {
  const byFile = new Set(hits.map((h) => h.file)).size;
  console.error(
    `check-repo: ${hits.length} problem(s) in ${byFile} file(s) (checked ${files.length} files: ${scope}).`,
  );
  process.exit(1);
}
console.log(`check-repo: ${files.length} files clean (${scope}).`);
