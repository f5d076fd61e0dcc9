/**
 * The toolbar badge's title says what the verdict chip says: a warning where no authenticated
 * call succeeded is "recognised, not shown to work", never "works, with warnings". The extension
 * API is replaced by a minimal double that records what the badge was given.
 */
import { vi } from 'vitest';
import { makeFinding } from '../../../lib/findings/make-finding';
import { verdictOf } from '../../../lib/model/verdict';
import type { Finding, Report } from '../../../lib/model/report';
import { verdictLabel } from '../../../components/verdict';

const shown = { text: '', title: '', color: '' };

vi.mock('../../../lib/platform/browser', () => ({
  browser: {
    action: {
      setBadgeText: async ({ text }: { text: string }) => void (shown.text = text),
      setTitle: async ({ title }: { title: string }) => void (shown.title = title),
      setBadgeBackgroundColor: async ({ color }: { color: string }) => void (shown.color = color),
      setBadgeTextColor: async () => undefined,
    },
  },
}));

const { badgeWords, showVerdictBadge } = await import('../../../lib/platform/badge');

function reportOf(findings: Finding[]): Pick<Report, 'verdict' | 'findings'> {
  return { verdict: verdictOf(findings), findings };
}

const scopedOnSite = reportOf([makeFinding('SCOPE_MISSING', { scopes: 'read:jira-user' })]);
const worksWithWarning = reportOf([makeFinding('AUTH_OK'), makeFinding('RATE_LIMITED')]);

describe('the badge title', () => {
  it('says a recognised token that did not work is not shown to work, as the chip does', async () => {
    expect(scopedOnSite.verdict).toBe('warning');
    await showVerdictBadge(scopedOnSite, 'Scoped CI');
    expect(shown).toMatchObject({ text: '!', title: 'Token Doctor — Scoped CI: recognised, not shown to work' });
    expect(shown.title).not.toContain('works');
    expect(badgeWords(scopedOnSite)).toBe(verdictLabel(scopedOnSite).toLowerCase());
  });

  it('keeps "works, with warnings" when a call succeeded', async () => {
    expect(worksWithWarning.verdict).toBe('warning');
    await showVerdictBadge(worksWithWarning, 'Acme');
    expect(shown.title).toBe('Token Doctor — Acme: works, with warnings');
    expect(badgeWords(worksWithWarning)).toBe(verdictLabel(worksWithWarning).toLowerCase());
  });

  it('reads a report stored before findings carried their outcome by its verdict, like the chip', () => {
    const legacy: Pick<Report, 'verdict' | 'findings'> = {
      verdict: 'warning',
      findings: [
        { ...makeFinding('SCOPE_MISSING', { scopes: 'read:jira-user' }), group: undefined, outcome: undefined },
      ],
    };
    expect(badgeWords(legacy)).toBe('works, with warnings');
    expect(badgeWords(legacy)).toBe(verdictLabel(legacy).toLowerCase());
  });

  it('names every other verdict as the chip does, and clears itself without a report', async () => {
    for (const findings of [
      [makeFinding('AUTH_OK')],
      [makeFinding('CREDENTIALS_REJECTED')],
      [makeFinding('TIMEOUT')],
    ]) {
      const report = reportOf(findings);
      expect(badgeWords(report)).toBe(verdictLabel(report).toLowerCase());
    }
    await showVerdictBadge(undefined);
    expect(shown).toMatchObject({ text: '', title: 'Token Doctor' });
  });
});
