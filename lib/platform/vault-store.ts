/** The vault's operations (lib/services/vault.ts) on the browser's storage. */
import type { VaultStore } from '../services/vault';
import { writeRecord } from './storage';
import { profileRecords } from './storage-items';
import {
  clearVaultSession,
  readVaultSession,
  readVaultState,
  removeVaultMeta,
  touchVaultSession,
  writeVaultMeta,
  writeVaultSession,
} from './vault-storage';

export const browserVaultStore: VaultStore = {
  records: async () => (await profileRecords()).records,
  writeRecord,
  readVaultState,
  writeVaultMeta,
  removeVaultMeta,
  readVaultSession,
  writeVaultSession,
  touchVaultSession,
  clearVaultSession,
};
