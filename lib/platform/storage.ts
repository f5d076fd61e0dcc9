/**
 * Extension storage, the single source of truth (the keys and their shapes are listed in
 * storage-items.ts). Writes touch one key, never the whole list, so two open pages cannot undo
 * each other's edits.
 */
import { browser } from './browser';
import { parseProfileRecord, profileKey, shownProfile, type ProfileRecord } from '../profiles/record';
import type { Profile } from '../model/profile';
import {
  CACHE_KEY_PREFIX,
  LOCK_OFFER_KEY,
  REPORT_KEY_PREFIX,
  SELECTED_PROFILE_KEY,
  VAULT_SESSION_KEY,
  FLEET_KEY,
  FLEET_WATCH_KEY,
  profileRecords,
  profileRecordsIn,
  STORAGE_ITEMS,
  reportKey,
  SCOPE_REPORT_KEY_PREFIX,
  scopeReportKey,
  type QuarantinedRecord,
  ACTIVE_RUNS_KEY,
} from './storage-items';
import { parseActiveRuns, type ActiveRun, type StoredActiveRuns } from '../services/active-runs';
import { parseStoredScopeReport, storedScopeReport } from '../scopes/stored-report';
import type { ScopeReport } from '../scopes/types';
import { readVaultState } from './vault-storage';
import type { Report } from '../model/report';
import type { EngineCache } from '../probe/deps';
import { parseFleetState, parseWatchSchedule, type FleetState, type WatchSchedule } from '../fleet/types';
import { boundReport, isQuotaError, QUOTA_MESSAGE } from '../services/bounded-report';

/** What the pages know of the passphrase lock; never the key itself. */
export interface VaultStatus {
  enabled: boolean;
  /** Set when `vault:meta` is unreadable: sealed secrets cannot be opened until it is repaired. */
  damaged?: string;
  unlocked: boolean;
  idleMinutes: number;
  /** The id of the current key (not secret: it says which sealed box counts), when the lock is on. */
  keyId?: string;
}

interface StoredState {
  /** Every readable profile; a sealed secret shows as '' (pages never decrypt). */
  profiles: Profile[];
  /** Ids of the profiles whose secret is sealed by the passphrase lock. */
  sealedIds: string[];
  vault: VaultStatus;
  quarantined: QuarantinedRecord[];
  reports: Record<string, Report>;
  /** The last scope report of each profile. */
  scopeReports: Record<string, ScopeReport>;
  selectedProfileId: string | undefined;
  /** The user chose to save tokens without the passphrase lock when it was offered (before the first save). */
  lockOfferDeclined: boolean;
  /** The last Check all run and the watch's history. */
  fleet: FleetState;
  watch: WatchSchedule;
}

function isStoredReport(value: unknown): value is { v: 1; report: Report } {
  if (value === null || typeof value !== 'object') return false;
  const record = value as { v?: unknown; report?: unknown };
  if (record.v !== 1 || record.report === null || typeof record.report !== 'object') return false;
  const report = record.report as Partial<Report>;
  return (
    report.schema === 1 &&
    typeof report.profileId === 'string' &&
    (report.verdict === 'ok' ||
      report.verdict === 'warning' ||
      report.verdict === 'error' ||
      report.verdict === 'unknown') &&
    Array.isArray(report.findings) &&
    Array.isArray(report.probes)
  );
}

/** Reads everything the UIs show, validating each record on its own. */
export async function readState(): Promise<StoredState> {
  const all = await browser.storage.local.get(null);
  const { records, quarantined } = profileRecordsIn(all);
  const reports: Record<string, Report> = {};
  for (const [key, value] of Object.entries(all)) {
    // A corrupt report is not worth a warning: it is only a cache of the last run.
    if (key.startsWith(REPORT_KEY_PREFIX) && isStoredReport(value))
      reports[key.slice(REPORT_KEY_PREFIX.length)] = value.report;
  }
  const scopeReports: Record<string, ScopeReport> = {};
  for (const [key, value] of Object.entries(all)) {
    const report = key.startsWith(SCOPE_REPORT_KEY_PREFIX) ? parseStoredScopeReport(value) : undefined;
    if (report) scopeReports[key.slice(SCOPE_REPORT_KEY_PREFIX.length)] = report;
  }
  const selected = all[SELECTED_PROFILE_KEY];
  return {
    profiles: records.map(shownProfile),
    sealedIds: records.filter((r) => r.secret.type === 'sealed').map((r) => r.profile.id),
    vault: await readVaultStatus(),
    quarantined,
    reports,
    scopeReports,
    selectedProfileId: typeof selected === 'string' ? selected : undefined,
    lockOfferDeclined: all[LOCK_OFFER_KEY] === 'declined',
    fleet: parseFleetState(all[FLEET_KEY]),
    watch: parseWatchSchedule(all[FLEET_WATCH_KEY]),
  };
}

/** The lock's state for the pages: whether a session key of the current keyId is present (never the key). */
export async function readVaultStatus(): Promise<VaultStatus> {
  const vault = await readVaultState();
  if (vault.enabled === false) return { enabled: false, unlocked: false, idleMinutes: 0 };
  if (vault.enabled === 'damaged') return { enabled: true, damaged: vault.reason, unlocked: false, idleMinutes: 0 };
  const session = (await browser.storage.session.get(VAULT_SESSION_KEY))[VAULT_SESSION_KEY] as
    { keyId?: unknown } | undefined;
  return {
    enabled: true,
    unlocked: session?.keyId === vault.meta.keyId,
    idleMinutes: vault.meta.idleMinutes,
    keyId: vault.meta.keyId,
  };
}

/** The stored record of one profile (migrated to the current version in memory), if readable. */
export async function readRecord(id: string): Promise<ProfileRecord | undefined> {
  const key = profileKey(id);
  const stored = await browser.storage.local.get(key);
  const parsed = parseProfileRecord(stored[key]);
  return parsed.ok && parsed.record.profile.id === id ? parsed.record : undefined;
}

/** One key, one record: never a read-modify-write of a list. */
export async function writeRecord(record: ProfileRecord): Promise<void> {
  await browser.storage.local.set({ [profileKey(record.profile.id)]: record });
}

/** Exactly what was stored under some keys, to put back as it was (undo of a delete). */
export type StoredSnapshot = Record<string, unknown>;

/** Removes a profile and its last reports (diagnosis and scopes), and returns them as they were stored. */
export async function removeProfile(id: string): Promise<StoredSnapshot> {
  const keys = [profileKey(id), reportKey(id), scopeReportKey(id)];
  const snapshot = await browser.storage.local.get(keys);
  await browser.storage.local.remove(keys);
  return snapshot;
}

/** Writes a snapshot back byte for byte (well, value for value). */
export async function restoreSnapshot(snapshot: StoredSnapshot): Promise<void> {
  if (Object.keys(snapshot).length > 0) await browser.storage.local.set(snapshot);
}

/** The raw value of a quarantined profile record (to copy it without its secrets). */
export async function readRawProfileRecord(key: string): Promise<unknown> {
  if (!key.startsWith(STORAGE_ITEMS.profile.prefix)) return undefined;
  return (await browser.storage.local.get(key))[key];
}

/** Deletes a quarantined record; only profile keys can be removed this way. */
export async function removeRawProfileRecord(key: string): Promise<void> {
  if (!key.startsWith(STORAGE_ITEMS.profile.prefix)) throw new Error('only profile records can be deleted here');
  await browser.storage.local.remove(key);
}

/**
 * Repair on load: rewrites records of an older schema version in the current one. Each record is
 * written on its own, and only if it still holds what was read (another page may have saved it
 * meanwhile; then that newer write already has the current shape).
 */
export async function migrateStoredRecords(): Promise<number> {
  let migrated = 0;
  for (const { key, raw, record } of (await profileRecords()).outdated) {
    const now = (await browser.storage.local.get(key))[key];
    if (JSON.stringify(now) !== JSON.stringify(raw)) continue;
    await browser.storage.local.set({ [key]: record });
    migrated++;
  }
  return migrated;
}

/**
 * Stores the last report of a profile, bounded (lib/services/bounded-report.ts). When storage is
 * full the write fails as a whole, so the previous report stays; the error says so plainly.
 */
export async function writeReport(report: Report): Promise<void> {
  try {
    await browser.storage.local.set({ [reportKey(report.profileId)]: { v: 1, report: boundReport(report) } });
  } catch (error) {
    if (isQuotaError(error)) throw new Error(QUOTA_MESSAGE);
    throw error instanceof Error ? error : new Error(String(error));
  }
}

export async function readFleetState(): Promise<FleetState> {
  return parseFleetState((await browser.storage.local.get(FLEET_KEY))[FLEET_KEY]);
}

export async function writeFleetState(state: FleetState): Promise<void> {
  await browser.storage.local.set({ [FLEET_KEY]: state });
}

export async function readWatchSchedule(): Promise<WatchSchedule> {
  return parseWatchSchedule((await browser.storage.local.get(FLEET_WATCH_KEY))[FLEET_WATCH_KEY]);
}

export async function writeWatchSchedule(schedule: WatchSchedule): Promise<void> {
  await browser.storage.local.set({ [FLEET_WATCH_KEY]: schedule });
}

export async function removeReport(profileId: string): Promise<void> {
  await browser.storage.local.remove(reportKey(profileId));
}

export async function writeScopeReport(report: ScopeReport): Promise<void> {
  await browser.storage.local.set({ [scopeReportKey(report.profileId)]: storedScopeReport(report) });
}

export async function removeScopeReport(profileId: string): Promise<void> {
  await browser.storage.local.remove(scopeReportKey(profileId));
}

/** Remembers that the user chose to save tokens without the passphrase lock: the offer is not made again. */
export async function writeLockOfferDeclined(): Promise<void> {
  await browser.storage.local.set({ [LOCK_OFFER_KEY]: 'declined' });
}

export async function writeSelectedProfileId(id: string | undefined): Promise<void> {
  if (id === undefined) await browser.storage.local.remove(SELECTED_PROFILE_KEY);
  else await browser.storage.local.set({ [SELECTED_PROFILE_KEY]: id });
}

/** The engine's cache of cloudIds per site host, kept in storage.local (cloudIds are not secret). */
export const storageCache: EngineCache = {
  async get(key) {
    const full = `${CACHE_KEY_PREFIX}${key}`;
    const stored = await browser.storage.local.get(full);
    const value = stored[full];
    return typeof value === 'string' ? value : undefined;
  },
  async set(key, value) {
    await browser.storage.local.set({ [`${CACHE_KEY_PREFIX}${key}`]: value });
  },
};

/** Calls `listener` whenever stored profiles, reports or the selection change. */
export function onStoredStateChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, areaName: string) => {
    // Session storage matters only for the vault's lock state (never read here: only its presence).
    if (areaName === 'session' && VAULT_SESSION_KEY in changes) listener();
    if (areaName !== 'local') return;
    if (Object.keys(changes).some((k) => !k.startsWith(CACHE_KEY_PREFIX))) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}

// ---- progress of the runs in flight (lib/services/active-runs.ts) ----
/** The background's list of runs going; only the background writes it. */
export async function writeActiveRuns(value: StoredActiveRuns): Promise<void> {
  await browser.storage.session.set({ [ACTIVE_RUNS_KEY]: value });
}

/** A new worker has no run going: a list left by a stopped one is dropped. */
export async function clearActiveRuns(): Promise<void> {
  await browser.storage.session.remove(ACTIVE_RUNS_KEY);
}

export async function readActiveRuns(now: number = Date.now()): Promise<ActiveRun[]> {
  return parseActiveRuns((await browser.storage.session.get(ACTIVE_RUNS_KEY))[ACTIVE_RUNS_KEY], now);
}

/** Calls `listener` whenever the list of runs going changes (this key only: the rest of session storage is the vault's). */
export function onActiveRunsChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'session' && ACTIVE_RUNS_KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
