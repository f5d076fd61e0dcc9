/**
 * The toolbar badge: the last verdict of the chosen profile, in colour and in text; while the
 * watch is on, how many profiles need attention instead (a red count; the title names them).
 */
import { browser } from './browser';
import type { Report, Verdict } from '../model/report';
import { recognisedOnly } from '../model/verdict';

const LOOK: Record<Verdict, { text: string; color: string; words: string }> = {
  ok: { text: '✓', color: '#1f7a3a', words: 'works' },
  warning: { text: '!', color: '#a15c00', words: 'works, with warnings' },
  error: { text: '✕', color: '#b42318', words: 'fails' },
  unknown: { text: '?', color: '#5f6368', words: 'could not check' },
};

/**
 * The title's words for a report, as the verdict chip says them: a warning where no authenticated
 * call succeeded (a genuine scoped token whose scopes do not cover the check) was recognised, not
 * shown to work. A report stored before findings carried their outcome (no group) keeps the
 * verdict's own words, as the chip does.
 */
export function badgeWords(report: Pick<Report, 'verdict' | 'findings'>): string {
  if (recognisedOnly(report)) return 'recognised, not shown to work';
  return LOOK[report.verdict].words;
}

export async function showVerdictBadge(
  report: Pick<Report, 'verdict' | 'findings'> | undefined,
  profileName?: string,
): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!report) {
    await action.setBadgeText({ text: '' });
    await action.setTitle({ title: 'Token Doctor' });
    return;
  }
  const look = LOOK[report.verdict];
  await action.setBadgeText({ text: look.text });
  await action.setBadgeBackgroundColor({ color: look.color });
  if ('setBadgeTextColor' in action && typeof action.setBadgeTextColor === 'function') {
    await action.setBadgeTextColor({ color: '#ffffff' });
  }
  await action.setTitle({ title: `Token Doctor — ${profileName ?? 'profile'}: ${badgeWords(report)}` });
}

/** The watch's badge: a red count of the profiles that need attention, named in the title; nothing when none do. */
export async function showAttentionBadge(names: readonly string[]): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (names.length === 0) {
    await action.setBadgeText({ text: '' });
    await action.setTitle({ title: 'Token Doctor — watching every profile: all fine at the last check' });
    return;
  }
  await action.setBadgeText({ text: names.length > 99 ? '99+' : String(names.length) });
  await action.setBadgeBackgroundColor({ color: LOOK.error.color });
  if ('setBadgeTextColor' in action && typeof action.setBadgeTextColor === 'function') {
    await action.setBadgeTextColor({ color: '#ffffff' });
  }
  const listed = names.slice(0, 10).join(', ') + (names.length > 10 ? `, and ${names.length - 10} more` : '');
  await action.setTitle({
    title: `Token Doctor — ${names.length === 1 ? '1 profile needs' : `${names.length} profiles need`} attention: ${listed}`,
  });
}
