/** Derived views of the store state, shared by the popup and the options page. */
import type { Report } from '../model/report';
import type { Profile } from '../model/profile';
import { secretsOf } from '../kinds/forms';
import { selectedProfile } from '../profiles/selected';
import type { AppState, RunState } from './types';
import type { ActiveRun, RunTask } from '../services/active-runs';

const IDLE: RunState = { running: false };

export function runOf(state: Pick<AppState, 'runs'>, profileId: string | undefined): RunState {
  return (profileId !== undefined && state.runs[profileId]) || IDLE;
}

/** The last report of a profile: the stored one (reports reach the pages through storage only). */
export function latestReport(state: Pick<AppState, 'reports'>, profileId: string | undefined): Report | undefined {
  return profileId === undefined ? undefined : state.reports[profileId];
}

/** The profile the popup and the badge show: the stored selection, else the first profile. */
export function chosenProfile(state: Pick<AppState, 'profiles' | 'selectedProfileId'>): Profile | undefined {
  return selectedProfile(state.profiles, state.selectedProfileId);
}

/**
 * Whether to offer the passphrase lock before a save: the lock is off, the user has not chosen to
 * go without it, and no token is stored yet. Browsers keep old copies of overwritten storage in
 * their files, so the lock must be on before the first token is written for no plain copy to exist.
 */
export function offersLockFirst(state: Pick<AppState, 'status' | 'vault' | 'lockOfferDeclined' | 'profiles'>): boolean {
  if (state.status !== 'ready' || state.vault.enabled || state.lockOfferDeclined) return false;
  return !state.profiles.some((profile) => secretsOf(profile).length > 0);
}

/** The profile's diagnosis or scope check the background has going (started from any page), if any. */
export function activeRunOf(
  state: Pick<AppState, 'activeRuns'>,
  task: RunTask,
  profileId: string | undefined,
): ActiveRun | undefined {
  return state.activeRuns.find((run) => run.task === task && run.profileId === profileId);
}
