/**
 * Locks the vault after the idle time the user set: an alarm checks once a minute and removes the
 * session key when it has not been used for that long. (The key is also checked for idleness at
 * each use, so a late alarm never lets an expired key be used.) The `alarms` permission is the
 * only way an MV3 worker, which the browser stops when idle, can keep such a schedule.
 */
import { browser } from './browser';
import { readVaultSession, readVaultState } from './vault-storage';

const IDLE_ALARM = 'vault-idle-check';

export async function lockIfIdle(now: number = Date.now()): Promise<void> {
  const state = await readVaultState();
  // readVaultSession removes the key when it is idle for longer than the set time.
  if (state.enabled === true) await readVaultSession(state.meta, now);
}

export function startIdleLock(): void {
  const alarms = (browser as unknown as { alarms?: typeof browser.alarms }).alarms;
  if (!alarms) return;
  try {
    void alarms.create(IDLE_ALARM, { periodInMinutes: 1 });
    alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === IDLE_ALARM) void lockIfIdle();
    });
  } catch {
    // No alarms (a test double): the check at each use still holds.
  }
}
