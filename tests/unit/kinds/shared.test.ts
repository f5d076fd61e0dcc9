/**
 * A secret with a control character is refused by every kind's lint: a finding on the secret's
 * field, and nothing sent with it (no header can carry it, and Firefox repeats a refused header
 * value in its error).
 */
import { diagnose } from '../../../lib/diagnose/diagnose';
import { driverOf } from '../../../lib/kinds';
import { SECRET_FIELDS } from '../../../lib/kinds/forms';
import type { Profile } from '../../../lib/model/profile';
import { ECHO_CASES, echoDeps } from '../probe/echo-world';

const CONTROLS: [string, string][] = [
  ['NUL', '\u0000'],
  ['ESC', '\u001b'],
  ['DEL', '\u007f'],
  ['NEL (C1)', '\u0085'],
  ['CSI (C1)', '\u009b'],
];

function withControl(profile: Profile, control: string): Profile {
  const field = SECRET_FIELDS[profile.kind][0]!;
  const values = profile as unknown as Record<string, string>;
  const secret = values[field]!;
  return { ...profile, [field]: `${secret.slice(0, 10)}${control}${secret.slice(10)}` };
}

describe('a secret with a control character', () => {
  it.each(ECHO_CASES.flatMap(([kind, profile]) => CONTROLS.map(([name, c]) => [kind, name, profile, c] as const)))(
    '%s with %s: refused by the lint on the secret field, and never sent',
    async (kind, _name, profile, control) => {
      const bad = withControl(profile, control);
      const field = SECRET_FIELDS[bad.kind][0];
      const lint = driverOf(bad.kind).lintDraft(bad, Date.now());
      expect(lint.findings).toContainEqual(
        expect.objectContaining({ code: 'SECRET_HAS_CONTROL_CHARACTER', field, severity: 'error' }),
      );
      const sent: string[] = [];
      const report = await diagnose(
        bad,
        echoDeps(async (url, init) => {
          if (new Headers(init.headers).has('authorization')) sent.push(url);
          return new Response('{}', { status: 404 });
        }),
      );
      expect(sent).toEqual([]);
      expect(report.findings.map((f) => f.code)).toContain('SECRET_HAS_CONTROL_CHARACTER');
      expect(report.verdict).toBe('error');
    },
  );

  it('names the character and where it is, never the secret', () => {
    const [, profile] = ECHO_CASES[0]!;
    const finding = driverOf('cloud-api-token')
      .lintDraft(withControl(profile, '\u0000') as never, Date.now())
      .findings.find((f) => f.code === 'SECRET_HAS_CONTROL_CHARACTER')!;
    expect(finding.explanation).toMatch(/U\+0000 \(character 11 of \d+\)/);
    expect(finding.evidence.join(' ')).not.toContain((profile as { apiToken: string }).apiToken.slice(0, 10));
  });

  it.each(['\t', '\n', '\r', ' '])(
    'white space %j is not a control finding (the lint removes it and says so)',
    (ws) => {
      const [, profile] = ECHO_CASES[3]!;
      const lint = driverOf('dc-pat').lintDraft(withControl(profile, ws) as never, Date.now());
      expect(lint.findings.map((f) => f.code)).not.toContain('SECRET_HAS_CONTROL_CHARACTER');
    },
  );
});
