import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createAppStore } from '@/lib/store/app-store';
import { latestReport, runOf } from '@/lib/store/selectors';
import { deferred, stubBackground } from './background-stub';
import { makeOkReport, makeProfile, makeReport, storedRecords, storeProfile, storeReport, TOKEN } from './fixtures';

const draft = {
  kind: 'cloud-api-token' as const,
  name: 'Acme',
  siteUrl: 'acme.atlassian.net',
  email: 'ada@acme.com',
  apiToken: TOKEN,
};

async function startedStore(options: Parameters<typeof createAppStore>[0] = {}) {
  const store = createAppStore(options);
  const stop = store.getState().start();
  await store.getState().refresh();
  return { store, stop };
}

describe('app store', () => {
  it('creates a profile under a new random id and mirrors it from storage', async () => {
    const { store } = await startedStore({ newId: () => 'fresh-id', now: () => new Date('2026-03-01T12:00:00Z') });
    const saved = await store.getState().saveProfile(draft);
    expect(saved.id).toBe('fresh-id');
    const records = await storedRecords();
    // Record v2: the secret is kept apart from the profile (lib/profiles/record.ts).
    const { apiToken, ...rest } = saved as Extract<typeof saved, { kind: 'cloud-api-token' }>;
    expect(records['profile:fresh-id']).toEqual({
      v: 2,
      profile: rest,
      secret: { type: 'plain', values: { apiToken } },
    });
    expect(saved).toMatchObject({
      ...draft,
      createdAt: '2026-03-01T12:00:00.000Z',
      updatedAt: '2026-03-01T12:00:00.000Z',
    });
    expect(store.getState().profiles.map((p) => p.id)).toEqual(['fresh-id']);
  });

  it('keeps createdAt when it updates a profile', async () => {
    await storeProfile(makeProfile());
    const { store } = await startedStore({ now: () => new Date('2026-03-02T08:00:00Z') });
    const saved = await store.getState().saveProfile({ ...draft, name: 'Renamed' }, 'p-acme');
    expect(saved.createdAt).toBe('2026-01-10T09:00:00.000Z');
    expect(saved.updatedAt).toBe('2026-03-02T08:00:00.000Z');
    expect(store.getState().profiles[0]?.name).toBe('Renamed');
  });

  it('refuses to write a record that the next read would quarantine', async () => {
    const { store } = await startedStore();
    await expect(store.getState().saveProfile({ ...draft, name: 'x'.repeat(300) })).rejects.toThrow(/name/);
    expect(Object.keys(await storedRecords())).toEqual([]);
  });

  it('deletes the profile, its report and the selection that pointed at it', async () => {
    await storeProfile(makeProfile());
    await storeReport(makeReport());
    await fakeBrowser.storage.local.set({ 'ui:selectedProfileId': 'p-acme' });
    const { messages } = stubBackground();
    const { store } = await startedStore();
    await store.getState().deleteProfile('p-acme');
    expect(await storedRecords()).toEqual({});
    expect(store.getState().profiles).toEqual([]);
    expect(store.getState().reports).toEqual({});
    expect(messages).toContainEqual({ type: 'refresh-badge' });
  });

  it('follows changes other pages make to storage', async () => {
    const { store } = await startedStore();
    await storeProfile(makeProfile({ id: 'elsewhere', name: 'Made in another tab' }));
    await vi.waitFor(() => expect(store.getState().profiles.map((p) => p.name)).toEqual(['Made in another tab']));
  });

  it('stops following storage once stopped', async () => {
    const { store, stop } = await startedStore();
    stop();
    await storeProfile(makeProfile());
    await new Promise((r) => setTimeout(r, 20));
    expect(store.getState().profiles).toEqual([]);
  });

  it('is busy from the moment a run starts and shows the report the background stored', async () => {
    await storeProfile(makeProfile());
    const answer = deferred<unknown>();
    const { messages } = stubBackground(() => answer.promise);
    const { store } = await startedStore();
    const run = store.getState().runDiagnosis('p-acme');
    expect(runOf(store.getState(), 'p-acme').running).toBe(true);
    expect(messages).toEqual([{ type: 'diagnose', profileId: 'p-acme' }]);
    // A second click while running asks again: the background joins the run in flight (its own
    // test checks that the engine runs once); the page keeps no in-flight map of its own.
    const second = store.getState().runDiagnosis('p-acme');
    expect(messages).toHaveLength(2);
    expect(runOf(store.getState(), 'p-acme').running).toBe(true);
    const report = makeOkReport();
    answer.resolve({ ok: true, report });
    await Promise.all([run, second]);
    expect(runOf(store.getState(), 'p-acme')).toEqual({ running: false, finished: true });
    expect(latestReport(store.getState(), 'p-acme')).toEqual(report);
  });

  it('keeps the error of a failed run, without the secret in it', async () => {
    await storeProfile(makeProfile());
    stubBackground(() => ({ ok: false, error: `transport refused a header carrying ${TOKEN}` }));
    const { store } = await startedStore();
    await store.getState().runDiagnosis('p-acme');
    const run = runOf(store.getState(), 'p-acme');
    expect(run.running).toBe(false);
    expect(run.error).toContain('transport refused');
    expect(run.error).not.toContain(TOKEN);
  });

  it('says so when no background answers', async () => {
    await storeProfile(makeProfile());
    const { store } = await startedStore();
    await store.getState().runDiagnosis('p-acme');
    expect(runOf(store.getState(), 'p-acme').error).toBeTruthy();
  });
});
