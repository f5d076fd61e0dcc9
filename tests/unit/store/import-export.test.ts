import { describe, expect, it } from 'vitest';
import { planImport } from '../../../lib/profiles/import-plan';
import type { ProfileRecord, PublicProfile } from '../../../lib/profiles/record';
import { applyImport, type ImportStore } from '../../../lib/store/import-export';
import type { ImportItem } from '../../../lib/profiles/export-file';

const at = '2026-01-10T09:00:00.000Z';
const PAT = 'NjQ3ODk4NzY1NDMyOpH4sT8bQwXyZ1aBcDeFgHiJkLmN';
const dc = (serverUrl: string): PublicProfile => ({
  id: 'dc-a',
  kind: 'dc-pat',
  name: 'Jira A',
  serverUrl,
  createdAt: at,
  updatedAt: at,
});

function memoryStore(records: ProfileRecord[]) {
  const stored = new Map(records.map((r) => [r.profile.id, r]));
  const store: ImportStore = {
    readRecord: (id) => Promise.resolve(stored.get(id)),
    writeRecord: (record) => {
      stored.set(record.profile.id, record);
      return Promise.resolve();
    },
  };
  return { stored, store };
}

const deps = (store: ImportStore) => ({
  newId: () => 'new-id',
  now: () => new Date('2026-02-01T00:00:00.000Z'),
  seal: (_id: string, values: Record<string, string>) => Promise.resolve({ type: 'plain' as const, values }),
  vault: { enabled: false, unlocked: false, idleMinutes: 0 },
  store,
});

describe('applyImport', () => {
  it('a secret-less replace that moves a Data Center profile to another server drops the stored PAT', async () => {
    const { stored, store } = memoryStore([
      { v: 2, profile: dc('https://jira-a.corp.example'), secret: { type: 'plain', values: { pat: PAT } } },
    ]);
    const items: ImportItem[] = [{ profile: dc('https://jira-b.other.example') }];
    const plan = planImport(items, [dc('https://jira-a.corp.example')]);
    const result = await applyImport(plan, { 'dc-a': 'replace' }, deps(store));
    expect(result.replaced).toBe(1);
    const record = stored.get('dc-a')!;
    expect(record.profile).toMatchObject({ serverUrl: 'https://jira-b.other.example' });
    expect(record.secret).toEqual({ type: 'plain', values: { pat: '' } });
    expect(JSON.stringify([...stored.values()])).not.toContain(PAT);
  });

  it('a secret-less replace to the same server keeps the stored PAT', async () => {
    const { stored, store } = memoryStore([
      { v: 2, profile: dc('https://jira-a.corp.example'), secret: { type: 'plain', values: { pat: PAT } } },
    ]);
    const renamed = { ...dc('https://jira-a.corp.example'), name: 'Jira A (renamed)' };
    await applyImport(
      planImport([{ profile: renamed }], [dc('https://jira-a.corp.example')]),
      { 'dc-a': 'replace' },
      deps(store),
    );
    expect(stored.get('dc-a')!.secret).toEqual({ type: 'plain', values: { pat: PAT } });
  });

  it('refuses a file whose secret holds a control character, and writes nothing', async () => {
    const { stored, store } = memoryStore([]);
    const items: ImportItem[] = [
      { profile: { ...dc('https://jira-a.corp.example'), id: 'ok' }, secret: { pat: PAT } },
      {
        profile: { ...dc('https://jira-a.corp.example'), id: 'nul', name: 'With NUL' },
        secret: { pat: `${PAT}\u0000x` },
      },
    ];
    await expect(applyImport(planImport(items, []), {}, deps(store))).rejects.toThrow(
      /“With NUL”.*control character.*nothing was imported/i,
    );
    expect(stored.size).toBe(0);
  });
});
