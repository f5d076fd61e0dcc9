/** The vault as stored: its settings (or why they are unreadable), and the unlocked key of a session. */
import type { VaultMeta } from './vault-meta';

export interface VaultSession {
  keyId: string;
  /** base64 raw AES key */
  rawKey: string;
  /** ms since epoch: the last time the key was used (unlock, save, diagnose). */
  lastUsedAt: number;
}

export type VaultState =
  { enabled: false } | { enabled: true; meta: VaultMeta } | { enabled: 'damaged'; reason: string };
