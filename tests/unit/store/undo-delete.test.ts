import { describe, expect, it } from 'vitest';
import { planUndo } from '../../../lib/store/undo-delete';
import type { VaultStatus } from '../../../lib/platform/storage';

const at = '2026-01-10T09:00:00.000Z';
const profile = {
  id: 'p-1',
  kind: 'cloud-api-token',
  name: 'Acme',
  siteUrl: 'https://acme.atlassian.net',
  email: 'a@acme.com',
  createdAt: at,
  updatedAt: at,
};
const plain = { 'profile:p-1': { v: 2, profile, secret: { type: 'plain', values: { apiToken: 'T0KEN-value-123' } } } };
const box = { apiToken: { iv: 'AAAA', ct: 'BBBB' } };
const sealedUnder = (keyId: string) => ({
  'profile:p-1': { v: 2, profile, secret: { type: 'sealed', boxes: { [keyId]: box } } },
});

const off: VaultStatus = { enabled: false, unlocked: false, idleMinutes: 0 };
const on = (keyId: string, unlocked = true): VaultStatus => ({ enabled: true, unlocked, idleMinutes: 15, keyId });

describe('planUndo: the vault as it is now, not as it was at the delete', () => {
  it('restores as stored when nothing changed', () => {
    expect(planUndo(plain, off)).toEqual({ action: 'restore' });
    expect(planUndo(sealedUnder('k1'), on('k1', false))).toEqual({ action: 'restore' });
  });

  it('the lock was turned on meanwhile: the plain token is sealed before it is written back', () => {
    expect(planUndo(plain, on('k1'))).toMatchObject({
      action: 'seal',
      key: 'profile:p-1',
      record: { profile: { id: 'p-1' } },
      values: { apiToken: 'T0KEN-value-123' },
    });
  });

  it('the lock was turned on and locked meanwhile: asks to unlock first (nothing plain is written)', () => {
    expect(planUndo(plain, on('k1', false))).toMatchObject({ action: 'refuse', final: false });
  });

  it('the passphrase changed (or the lock went off) meanwhile: the token can no longer be opened, the undo ends', () => {
    expect(planUndo(sealedUnder('k1'), on('k2'))).toMatchObject({ action: 'refuse', final: true });
    expect(planUndo(sealedUnder('k1'), off)).toMatchObject({ action: 'refuse', final: true });
  });
});
