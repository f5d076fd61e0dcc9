/**
 * `web-ext lint` (addons-linter, what AMO runs on upload) on the Firefox build, as a step of
 * `npm test`: any error fails it, and so does any warning except React DOM's own two assignments
 * to `innerHTML` (`dangerouslySetInnerHTML`, applied once for ordinary and once for custom
 * elements, in the shared React chunk; the extension never uses `dangerouslySetInnerHTML`). A
 * third innerHTML warning means new code assigns HTML: it fails.
 */

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}

export interface LintJson {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

export interface LintJudgement {
  ok: boolean;
  /** One line per problem that fails the step. */
  problems: string[];
  /** The expected React DOM warnings that were found (at most `EXPECTED_REACT_DOM_WARNINGS`). */
  allowed: number;
}

/** React DOM 19 assigns innerHTML in two places (`dangerouslySetInnerHTML`); AMO shows them as two warnings. */
export const EXPECTED_REACT_DOM_WARNINGS = 2;

const describe = (m: LintMessage) =>
  `${m.code} ${m.file ?? ''}${m.line !== undefined ? `:${String(m.line)}` : ''}: ${m.message}`;

function isReactDomInnerHtml(m: LintMessage): boolean {
  // React DOM is bundled into a shared chunk, never into an entry point of our own.
  return m.code === 'UNSAFE_VAR_ASSIGNMENT' && /innerHTML/.test(m.message) && (m.file ?? '').startsWith('chunks/');
}

/** Reads `web-ext lint --output json` and says whether the build passes. */
export function judgeWebExtLint(output: string): LintJudgement {
  let json: LintJson;
  try {
    // web-ext may print a line before the JSON object.
    json = JSON.parse(output.slice(Math.max(0, output.indexOf('{')))) as LintJson;
  } catch {
    return { ok: false, problems: ['web-ext lint printed no JSON report'], allowed: 0 };
  }
  if (!Array.isArray(json.errors) || !Array.isArray(json.warnings))
    return { ok: false, problems: ['web-ext lint: the JSON report has no errors/warnings lists'], allowed: 0 };
  const problems = json.errors.map((m) => `error ${describe(m)}`);
  const reactDom = json.warnings.filter(isReactDomInnerHtml);
  const other = json.warnings.filter((m) => !isReactDomInnerHtml(m));
  problems.push(...other.map((m) => `warning ${describe(m)}`));
  if (reactDom.length > EXPECTED_REACT_DOM_WARNINGS)
    problems.push(
      `${String(reactDom.length)} innerHTML warnings where React DOM accounts for ${String(EXPECTED_REACT_DOM_WARNINGS)}: ${reactDom.map(describe).join('; ')}`,
    );
  return { ok: problems.length === 0, problems, allowed: Math.min(reactDom.length, EXPECTED_REACT_DOM_WARNINGS) };
}
