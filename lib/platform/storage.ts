/**
 * Extension storage, the single source of truth. Profiles live in `storage.local` (never `sync`:
 * design.md request policy), one key per profile; the last report of each profile under
 * `report:<id>`; cloudIds (not secret) under `cache:`. Writes touch one key, never the whole list,
 * so two open pages cannot undo each other's edits.
 */
import { browser } from './browser';
import { PROFILE_KEY_PREFIX, parseProfileRecord, profileKey, toRecord } from '../profiles/record';
import type { Profile } from '../profiles/types';
import type { Report } from '../diagnose/types';
import type { EngineCache } from '../diagnose/transport';

export const REPORT_KEY_PREFIX = 'report:';
export const CACHE_KEY_PREFIX = 'cache:';
export const SELECTED_PROFILE_KEY = 'ui:selectedProfileId';

export function reportKey(profileId: string): string {
  return `${REPORT_KEY_PREFIX}${profileId}`;
}

/** A stored record that could not be read: kept in storage untouched, shown to the user. */
export interface QuarantinedRecord {
  key: string;
  reason: string;
}

export interface StoredState {
  profiles: Profile[];
  quarantined: QuarantinedRecord[];
  reports: Record<string, Report>;
  selectedProfileId: string | undefined;
}

function isStoredReport(value: unknown): value is { v: 1; report: Report } {
  if (value === null || typeof value !== 'object') return false;
  const record = value as { v?: unknown; report?: unknown };
  if (record.v !== 1 || record.report === null || typeof record.report !== 'object') return false;
  const report = record.report as Partial<Report>;
  return (
    report.schema === 1 &&
    typeof report.profileId === 'string' &&
    (report.verdict === 'ok' || report.verdict === 'warning' || report.verdict === 'error') &&
    Array.isArray(report.findings) &&
    Array.isArray(report.probes)
  );
}

/** Reads everything the UIs show, validating each record on its own. */
export async function readState(): Promise<StoredState> {
  const all = await browser.storage.local.get(null);
  const profiles: Profile[] = [];
  const quarantined: QuarantinedRecord[] = [];
  const reports: Record<string, Report> = {};
  for (const [key, value] of Object.entries(all)) {
    if (key.startsWith(PROFILE_KEY_PREFIX)) {
      const parsed = parseProfileRecord(value);
      if (parsed.ok && profileKey(parsed.profile.id) === key) profiles.push(parsed.profile);
      else quarantined.push({ key, reason: parsed.ok ? 'the record is stored under another profile id' : parsed.reason });
    } else if (key.startsWith(REPORT_KEY_PREFIX) && isStoredReport(value)) {
      // A corrupt report is not worth a warning: it is only a cache of the last run.
      reports[key.slice(REPORT_KEY_PREFIX.length)] = value.report;
    }
  }
  profiles.sort((a, b) => a.name.localeCompare(b.name) || a.createdAt.localeCompare(b.createdAt));
  const selected = all[SELECTED_PROFILE_KEY];
  return {
    profiles,
    quarantined,
    reports,
    selectedProfileId: typeof selected === 'string' ? selected : undefined,
  };
}

export async function readProfile(id: string): Promise<Profile | undefined> {
  const key = profileKey(id);
  const stored = await browser.storage.local.get(key);
  const parsed = parseProfileRecord(stored[key]);
  return parsed.ok ? parsed.profile : undefined;
}

export async function writeProfile(profile: Profile): Promise<void> {
  await browser.storage.local.set({ [profileKey(profile.id)]: toRecord(profile) });
}

export async function removeProfile(id: string): Promise<void> {
  await browser.storage.local.remove([profileKey(id), reportKey(id)]);
}

export async function writeReport(report: Report): Promise<void> {
  await browser.storage.local.set({ [reportKey(report.profileId)]: { v: 1, report } });
}

export async function readReport(profileId: string): Promise<Report | undefined> {
  const key = reportKey(profileId);
  const stored = await browser.storage.local.get(key);
  const value = stored[key];
  return isStoredReport(value) ? value.report : undefined;
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
    if (areaName !== 'local') return;
    if (Object.keys(changes).some((k) => !k.startsWith(CACHE_KEY_PREFIX))) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
