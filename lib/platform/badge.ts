/** The toolbar badge: the last verdict of the chosen profile, in colour and in text. */
import { browser } from './browser';
import type { Verdict } from '../model/report';

const LOOK: Record<Verdict, { text: string; color: string; words: string }> = {
  ok: { text: '✓', color: '#1f7a3a', words: 'works' },
  warning: { text: '!', color: '#a15c00', words: 'works, with warnings' },
  error: { text: '✕', color: '#b42318', words: 'fails' },
  unknown: { text: '?', color: '#5f6368', words: 'could not check' },
};

export async function showVerdictBadge(verdict: Verdict | undefined, profileName?: string): Promise<void> {
  const action = browser.action ?? browser.browserAction;
  if (!verdict) {
    await action.setBadgeText({ text: '' });
    await action.setTitle({ title: 'Token Doctor' });
    return;
  }
  const look = LOOK[verdict];
  await action.setBadgeText({ text: look.text });
  await action.setBadgeBackgroundColor({ color: look.color });
  if ('setBadgeTextColor' in action && typeof action.setBadgeTextColor === 'function') {
    await action.setBadgeTextColor({ color: '#ffffff' });
  }
  await action.setTitle({ title: `Token Doctor — ${profileName ?? 'profile'}: ${look.words}` });
}
