/**
 * The shape of the UI store: a mirror of extension storage (profiles, unreadable records, the
 * last report per profile, the popup's selection) plus what only this page knows: which
 * diagnoses it is running and how the last one ended.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Report } from '../diagnose/types';
import type { Profile, ProfileDraft } from '../profiles/types';
import type { QuarantinedRecord } from '../platform/storage';

export interface RunState {
  running: boolean;
  /** Why the last run of this page could not produce a report (never contains a secret). */
  error?: string;
  /** The report the background answered with; storage holds the same one once it is written. */
  report?: Report;
}

export interface AppState {
  /** `loading` until storage was read once; `failed` if that first read failed. */
  status: 'loading' | 'ready' | 'failed';
  loadError?: string;
  profiles: Profile[];
  quarantined: QuarantinedRecord[];
  reports: Record<string, Report>;
  selectedProfileId: string | undefined;
  runs: Record<string, RunState>;
}

export interface AppActions {
  /** Reads storage and follows its changes; returns the function that stops following. */
  start(): () => void;
  /** Re-reads storage (also called after each write of this page). */
  refresh(): Promise<void>;
  /** Creates (new random id unless `id` is given and unused) or updates, keeping `createdAt`. */
  saveProfile(draft: ProfileDraft, id?: string): Promise<Profile>;
  /** Removes the profile and its last report; clears the popup selection if it pointed there. */
  deleteProfile(id: string): Promise<void>;
  /** Stores the popup's selection and asks the background to redraw the badge. */
  selectProfile(id: string | undefined): Promise<void>;
  /** Asks the background to diagnose a stored profile; one run per profile at a time. */
  runDiagnosis(profileId: string): Promise<void>;
}

export type AppStoreState = AppState & AppActions;
export type AppStore = StoreApi<AppStoreState>;

export interface AppStoreOptions {
  now?: () => Date;
  newId?: () => string;
}
