import { useId, useState } from 'react';
import type { WatchSchedule } from '@/lib/fleet/types';
import { requestNotificationsPermission } from '@/lib/store/extension';
import { useAppStore } from '../store-context';

const LABELS: Record<WatchSchedule, string> = { off: 'Off', daily: 'Daily', weekly: 'Weekly' };

/**
 * "Check all profiles": the watch. Turning it on asks for the notifications permission inside
 * the change itself (browsers grant permissions only during a user gesture); without it the watch
 * still runs and the badge still counts, but no notification can be shown.
 */
export function WatchSelect() {
  const id = useId();
  const watch = useAppStore((s) => s.watch);
  const setWatch = useAppStore((s) => s.setWatch);
  const [message, setMessage] = useState<string>();
  const [error, setError] = useState<string>();

  async function change(schedule: WatchSchedule) {
    setError(undefined);
    // First, before any other await: the permission prompt needs the gesture.
    const granted = schedule === 'off' ? true : await requestNotificationsPermission();
    try {
      await setWatch(schedule);
      setMessage(
        schedule === 'off'
          ? undefined
          : granted
            ? undefined
            : 'Notifications were not allowed: the watch still checks every profile and the badge counts the ones that need attention, but no notification will be shown.',
      );
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <div className="field watch">
      <label htmlFor={id}>Check all profiles</label>
      <select id={id} value={watch} onChange={(e) => void change(e.target.value as WatchSchedule)}>
        {(Object.keys(LABELS) as WatchSchedule[]).map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
      <p className="hint">
        Checks every profile in the background, as politely as “Check all”, and notifies you once when something got
        worse: a profile that worked now fails, one that could not be checked twice in a row, or a token that expires
        within a week. While it is on, the toolbar badge counts the profiles that need attention. A check is skipped
        while the passphrase lock is locked.
      </p>
      {message && <p className="notice">{message}</p>}
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
