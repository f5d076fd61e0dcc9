import { judgeWebExtLint, type LintJson } from '../../../../scripts/test-all/web-ext-lint';

const reactDom = (column: number) => ({
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  file: 'chunks/theme-BsU_slbt.js',
  line: 10,
  column,
});

function report(parts: Partial<LintJson>): string {
  const full: LintJson = {
    errors: [],
    warnings: [],
    notices: [],
    ...parts,
    summary: { errors: 0, warnings: 0, notices: 0 },
  };
  full.summary = { errors: full.errors.length, warnings: full.warnings.length, notices: full.notices.length };
  return JSON.stringify(full);
}

describe('npm test: web-ext lint on the Firefox build', () => {
  it('passes with only React DOM’s two innerHTML warnings', () => {
    expect(judgeWebExtLint(report({ warnings: [reactDom(1781), reactDom(4696)] }))).toEqual({
      ok: true,
      problems: [],
      allowed: 2,
    });
  });

  it('fails on any error', () => {
    const judged = judgeWebExtLint(
      report({
        errors: [{ code: 'MANIFEST_FIELD_INVALID', message: '"/version" is invalid', file: 'manifest.json' }],
        warnings: [reactDom(1781), reactDom(4696)],
      }),
    );
    expect(judged.ok).toBe(false);
    expect(judged.problems).toEqual(['error MANIFEST_FIELD_INVALID manifest.json: "/version" is invalid']);
  });

  it('fails on any other warning, such as an Android minimum version too low', () => {
    const judged = judgeWebExtLint(
      report({
        warnings: [
          {
            code: 'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
            message: 'Manifest key not supported by the specified minimum Firefox for Android version',
            file: 'manifest.json',
          },
          reactDom(1781),
        ],
      }),
    );
    expect(judged.ok).toBe(false);
    expect(judged.problems[0]).toMatch(/^warning KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION manifest.json/);
  });

  it('fails on a third innerHTML assignment, or one in an entry point of our own', () => {
    expect(judgeWebExtLint(report({ warnings: [reactDom(1), reactDom(2), reactDom(3)] })).ok).toBe(false);
    const own = { ...reactDom(5), file: 'options.js' };
    expect(judgeWebExtLint(report({ warnings: [own] })).problems).toEqual([
      'warning UNSAFE_VAR_ASSIGNMENT options.js:10: Unsafe assignment to innerHTML',
    ]);
  });

  it('does not fail on notices, and reads JSON after a leading line', () => {
    const text = report({ notices: [{ code: 'SOME_NOTICE', message: 'fyi', file: 'manifest.json' }] });
    expect(judgeWebExtLint(`Validating add-on…\n${text}`).ok).toBe(true);
  });

  it('fails when there is no report to read', () => {
    expect(judgeWebExtLint('web-ext: command not found').ok).toBe(false);
    expect(judgeWebExtLint('{"summary":{}}').ok).toBe(false);
  });
});
