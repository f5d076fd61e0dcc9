/**
 * The shape of the UI store: a mirror of extension storage (profiles, unreadable records, the
 * last report per profile, the popup's selection) plus what only this page knows: which
 * diagnoses it is running and how the last one ended.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Report } from '../model/report';
import type { ScopeReport } from '../scopes/types';
import type { Profile, ProfileDraft } from '../model/profile';
import type { StoredSnapshot, VaultStatus } from '../platform/storage';
import type { QuarantinedRecord } from '../platform/storage-items';

export type { QuarantinedRecord, StoredSnapshot };
import type { ImportResult } from './import-export';
import type { PlannedItem, Resolution } from '../profiles/import-plan';
import type { FleetState, WatchSchedule } from '../fleet/types';
import type { ActiveRun, RunTask } from '../services/active-runs';

/** This page's Check all request: waiting for the background, and how it ended. */
interface FleetAsk {
  asking: boolean;
  error?: string;
  /** Refused because the vault is locked: the fleet table asks to unlock, once, then runs. */
  locked?: boolean;
}

export interface RunState {
  running: boolean;
  /** The last run of this page ended with a report (which is read from storage, like any other). */
  finished?: true;
  /** Why the last run of this page could not produce a report (never contains a secret). */
  error?: string;
  /** The run was refused because the vault is locked: the page offers to unlock. */
  locked?: boolean;
  /** The last run of this page was cancelled: nothing was stored, the previous report stays. */
  cancelled?: true;
}

export interface AppState {
  /** `loading` until storage was read once; `failed` if that first read failed. */
  status: 'loading' | 'ready' | 'failed';
  loadError?: string;
  /** Sealed secrets show as '' here: pages never decrypt. */
  profiles: Profile[];
  /** Ids of profiles whose token is sealed by the passphrase lock. */
  sealedIds: string[];
  vault: VaultStatus;
  quarantined: QuarantinedRecord[];
  reports: Record<string, Report>;
  /** The last scope report of each profile (stored with it). */
  scopeReports: Record<string, ScopeReport>;
  selectedProfileId: string | undefined;
  /** The user chose to save tokens without the passphrase lock when it was offered. */
  lockOfferDeclined: boolean;
  runs: Record<string, RunState>;
  /** The last Check all run (its rows fill in as it goes) and the watch's history, from storage. */
  fleet: FleetState;
  watch: WatchSchedule;
  fleetAsk: FleetAsk;
  /** The diagnoses and scope checks the background has going (any page's), with what each is doing. */
  activeRuns: ActiveRun[];
}

interface AppActions {
  /** Reads storage and follows its changes; returns the function that stops following. */
  start(): () => void;
  /** Re-reads storage (also called after each write of this page). */
  refresh(): Promise<void>;
  /** Creates (new random id unless `id` is given and unused) or updates, keeping `createdAt`. */
  saveProfile(draft: ProfileDraft, id?: string): Promise<Profile>;
  /** Removes the profile and its last report; returns them as stored, for `undoDelete`. */
  deleteProfile(id: string): Promise<StoredSnapshot>;
  /** Puts a deleted profile and its report back exactly as they were. */
  undoDelete(snapshot: StoredSnapshot): Promise<void>;
  /** Deletes a record that could not be read (only `profile:` keys). */
  deleteQuarantined(key: string): Promise<void>;
  /** The unreadable record as JSON with every secret removed, for the user to inspect or report. */
  quarantinedJson(key: string): Promise<string>;
  enableVault(passphrase: string, idleMinutes: number): Promise<void>;
  /** Throws WrongPassphrase (and writes nothing) for a wrong passphrase. */
  unlockVault(passphrase: string): Promise<void>;
  lockVault(): Promise<void>;
  changePassphrase(oldPassphrase: string, newPassphrase: string): Promise<void>;
  disableVault(passphrase: string): Promise<void>;
  setIdleMinutes(minutes: number): Promise<void>;
  /** Forgotten passphrase: keeps every profile, drops the sealed tokens and the lock. */
  forgetSealedSecrets(): Promise<void>;
  /** The export file's text: no secrets, or (with a passphrase) secrets encrypted under it. */
  exportProfiles(passphrase?: string): Promise<string>;
  /** Writes an import plan: conflicts as the user chose (unchosen = skip). */
  importProfiles(plan: readonly PlannedItem[], choices: Readonly<Record<string, Resolution>>): Promise<ImportResult>;
  /** Remembers "Save without a passphrase": the lock is not offered again before a save. */
  declineLockOffer(): Promise<void>;
  /** Stores the popup's selection and asks the background to redraw the badge. */
  selectProfile(id: string | undefined): Promise<void>;
  /** Asks the background to diagnose a stored profile; one run per profile at a time. */
  runDiagnosis(profileId: string): Promise<void>;
  /** Cancels the profile's diagnosis or scope check in flight (started from any page). */
  cancelRun(profileId: string, task: RunTask): Promise<void>;
  /** Check all: every profile, politely, in the background; rows arrive through storage. */
  checkAll(): Promise<void>;
  cancelCheckAll(): Promise<void>;
  /** Sets the watch; throws with words for the user when the background refuses. */
  setWatch(schedule: WatchSchedule): Promise<void>;
}

export type AppStoreState = AppState & AppActions;
export type AppStore = StoreApi<AppStoreState>;

export interface AppStoreOptions {
  now?: () => Date;
  newId?: () => string;
}
