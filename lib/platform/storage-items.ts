/**
 * Every item the extension keeps in browser storage, in one registry: its area, its key (or key
 * prefix, one key per profile), the version of its shape and where that shape is checked. Profiles
 * and reports live in `storage.local` (never `sync`: secrets are not copied to other machines); the
 * unlocked vault key lives only in `storage.session`, which the browser clears on restart.
 *
 * Each entry's comment says what the value is and where its shape is checked (kept in comments,
 * not strings: the popup loads this file and need not carry its documentation).
 *
 * `profileRecords()` is the one reader of every stored profile record: the page state, the vault,
 * the export and the repair on load all read through it.
 */
import { browser } from './browser';
import {
  PROFILE_KEY_PREFIX,
  PROFILE_RECORD_VERSION,
  parseProfileRecord,
  profileKey,
  type ProfileRecord,
} from '../profiles/record';
import { compareProfiles } from '../profiles/order';
import { VAULT_META_VERSION } from '../vault/vault-meta-schema';
import { STORED_SCOPE_REPORT_VERSION } from '../scopes/stored-report';

type StorageArea = 'local' | 'session';

interface StorageItem {
  area: StorageArea;
  /** One fixed key… */
  key?: string;
  /** …or one key per profile: `<prefix><profile id>`. */
  prefix?: string;
  /** The version written in the stored value (`v`), when it has one. */
  version?: number;
}

export const STORAGE_ITEMS = {
  /** ProfileRecord (lib/profiles/record.ts); older versions are migrated on read */
  profile: {
    area: 'local',
    prefix: PROFILE_KEY_PREFIX,
    version: PROFILE_RECORD_VERSION,
  },
  /** { v: 1, report: Report }: the last report of the profile (checked by isStoredReport) */
  report: {
    area: 'local',
    prefix: 'report:',
    version: 1,
  },
  // ---- scope check ----
  /**
   * { v: 1, report: ScopeReport }: the last scope report of the profile, removed with it (checked
   * by parseStoredScopeReport, lib/scopes/stored-report.ts)
   */
  scopeReport: {
    area: 'local',
    prefix: 'scope-report:',
    version: STORED_SCOPE_REPORT_VERSION,
  },
  // ---- end scope check ----
  /** a string: the engine cache (cloudIds per site host, which are not secret) */
  cache: {
    area: 'local',
    prefix: 'cache:',
  },
  /** a string: the profile the popup and the badge show */
  selectedProfile: {
    area: 'local',
    key: 'ui:selectedProfileId',
  },
  /**
   * 'declined': the user chose, before the first token was saved, to save tokens without the
   * passphrase lock
   */
  lockOffer: {
    area: 'local',
    key: 'ui:lockOffer',
  },
  // ---- fleet: Check all and the watch ----
  /**
   * FleetState (lib/fleet/types.ts): the last Check all run (one row per profile) and the verdict
   * history the watch compares
   */
  fleet: {
    area: 'local',
    key: 'fleet:state',
    version: 1,
  },
  /** 'off' | 'daily' | 'weekly': how often the watch checks every profile (absent = off) */
  fleetWatch: {
    area: 'local',
    key: 'fleet:watch',
  },
  /** VaultMeta (lib/vault/vault-meta.ts): KDF parameters, check value, idle time */
  vaultMeta: {
    area: 'local',
    key: 'vault:meta',
    version: VAULT_META_VERSION,
  },
  // ---- progress of the runs in flight ----
  /**
   * StoredActiveRuns (lib/services/active-runs.ts): the diagnoses and scope checks going and what
   * each is doing; written by the background only, cleared when it starts
   */
  activeRuns: {
    area: 'session',
    key: 'runs:active',
    version: 1,
  },
  // ---- end progress ----
  /** VaultSession (lib/platform/vault-storage.ts): the unlocked key, read only by the background */
  vaultSession: {
    area: 'session',
    key: 'vault:session',
  },
} as const satisfies Record<string, StorageItem>;

export const REPORT_KEY_PREFIX = STORAGE_ITEMS.report.prefix;
export const CACHE_KEY_PREFIX = STORAGE_ITEMS.cache.prefix;
export const SELECTED_PROFILE_KEY = STORAGE_ITEMS.selectedProfile.key;
export const LOCK_OFFER_KEY = STORAGE_ITEMS.lockOffer.key;
export const VAULT_META_KEY = STORAGE_ITEMS.vaultMeta.key;
export const FLEET_KEY = STORAGE_ITEMS.fleet.key;
export const FLEET_WATCH_KEY = STORAGE_ITEMS.fleetWatch.key;
export const VAULT_SESSION_KEY = STORAGE_ITEMS.vaultSession.key;
export const ACTIVE_RUNS_KEY = STORAGE_ITEMS.activeRuns.key;

export function reportKey(profileId: string): string {
  return `${REPORT_KEY_PREFIX}${profileId}`;
}

export const SCOPE_REPORT_KEY_PREFIX = STORAGE_ITEMS.scopeReport.prefix;
export function scopeReportKey(profileId: string): string {
  return `${SCOPE_REPORT_KEY_PREFIX}${profileId}`;
}

/** A stored record that could not be read: kept in storage untouched, shown to the user. */
export interface QuarantinedRecord {
  key: string;
  reason: string;
}

/** A readable record stored in an older version: what was read, to rewrite it only if unchanged. */
interface OutdatedRecord {
  key: string;
  raw: unknown;
  record: ProfileRecord;
}

interface StoredProfileRecords {
  /** Every readable record (migrated to the current version in memory), sorted by name. */
  records: ProfileRecord[];
  quarantined: QuarantinedRecord[];
  /** The readable records stored in an older version. */
  outdated: OutdatedRecord[];
}

/** Sorts and checks the profile records among already-read storage entries. */
export function profileRecordsIn(all: Record<string, unknown>): StoredProfileRecords {
  const records: ProfileRecord[] = [];
  const quarantined: QuarantinedRecord[] = [];
  const outdated: OutdatedRecord[] = [];
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(PROFILE_KEY_PREFIX)) continue;
    const parsed = parseProfileRecord(raw);
    if (!parsed.ok) quarantined.push({ key, reason: parsed.reason });
    else if (profileKey(parsed.record.profile.id) !== key)
      quarantined.push({ key, reason: 'the record is stored under another profile id' });
    else {
      records.push(parsed.record);
      if (parsed.migratedFrom !== undefined) outdated.push({ key, raw, record: parsed.record });
    }
  }
  // The one listing order (lib/profiles/order.ts): every page reads the profiles sorted from here.
  records.sort((a, b) => compareProfiles(a.profile, b.profile));
  return { records, quarantined, outdated };
}

/** The one reader of every stored profile record. */
export async function profileRecords(): Promise<StoredProfileRecords> {
  return profileRecordsIn(await browser.storage.local.get(null));
}
