/**
 * The watch: an alarm that checks every profile daily or weekly (an MV3 worker is stopped when
 * idle; `alarms` is the only schedule that survives that), one notification when a run found
 * something worse, and a click on it opening the fleet table. Chrome runs a missed alarm once
 * when the browser starts again: https://developer.chrome.com/docs/extensions/reference/api/alarms
 */
import { browser } from './browser';
import { openOptions } from './extension-pages';
import { hasNotificationsPermission } from './permissions';
import type { WatchSchedule } from '../fleet/types';
import { worseningWords, type Worsening } from '../fleet/urgency';

const WATCH_ALARM = 'fleet-watch';
const NOTIFICATION_ID = 'fleet-watch';
const PERIOD_MINUTES: Record<Exclude<WatchSchedule, 'off'>, number> = { daily: 24 * 60, weekly: 7 * 24 * 60 };

type Alarms = typeof browser.alarms;
type Notifications = typeof browser.notifications;

function alarmsApi(): Alarms | undefined {
  return (browser as unknown as { alarms?: Alarms }).alarms;
}

function notificationsApi(): Notifications | undefined {
  return (browser as unknown as { notifications?: Notifications }).notifications;
}

/** Sets the alarm for the schedule (keeping the next time when the period is unchanged), or clears it. */
export async function scheduleWatch(schedule: WatchSchedule): Promise<void> {
  const alarms = alarmsApi();
  if (!alarms) return;
  if (schedule === 'off') {
    await alarms.clear(WATCH_ALARM);
    return;
  }
  const period = PERIOD_MINUTES[schedule];
  const current = await alarms.get(WATCH_ALARM);
  if (current?.periodInMinutes === period) return;
  await alarms.create(WATCH_ALARM, { delayInMinutes: period, periodInMinutes: period });
}

/** Runs `run` when the watch's alarm fires. */
export function onWatchAlarm(run: () => void): void {
  alarmsApi()?.onAlarm.addListener((alarm) => {
    if (alarm.name === WATCH_ALARM) run();
  });
}

/** One notification naming the profiles that got worse; none without the permission. */
export async function notifyWorsenings(worsenings: readonly Worsening[]): Promise<void> {
  const notifications = notificationsApi();
  if (!notifications || worsenings.length === 0 || !(await hasNotificationsPermission())) return;
  const lines = worsenings.map(worseningWords);
  await notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: `Token Doctor: ${worsenings.length === 1 ? 'a profile got worse' : `${worsenings.length} changes for the worse`}`,
    message: lines.slice(0, 4).join('\n') + (lines.length > 4 ? `\n…and ${lines.length - 4} more` : ''),
  });
}

/** A click on the notification opens the fleet table. */
export function onNotificationClicked(): void {
  const notifications = notificationsApi();
  try {
    notifications?.onClicked.addListener((id) => {
      if (id !== NOTIFICATION_ID) return;
      void openOptions('#fleet');
      void notifications.clear(id);
    });
  } catch {
    // No notifications API without the permission in some browsers: nothing to listen to.
  }
}
