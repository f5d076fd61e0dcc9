import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../lib/model/profile';
import type { Report } from '../../../lib/model/report';
import { createStoredRuns, type OpenedProfile } from '../../../lib/services/stored-runs';

const profile = {
  kind: 'cloud-api-token',
  id: 'p-1',
  name: 'One',
  siteUrl: 'https://acme.atlassian.net',
  email: 'ada@acme.com',
  apiToken: 'secret-token-value',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
} as Profile;

function reportFor(id: string): Report {
  return { schema: 1, profileId: id, verdict: 'ok', findings: [], probes: [] } as unknown as Report;
}

function setup(opened: OpenedProfile = { ok: true, profile }) {
  const stored: Report[] = [];
  const scopeReports: { profileId: string; scopesOf?: string }[] = [];
  const profiles = new Set(['p-1']);
  const diagnosed: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const runs = createStoredRuns({
    openProfile: () => Promise.resolve(opened),
    diagnose: async (p) => {
      diagnosed.push(p.id);
      await gate;
      return reportFor(p.id);
    },
    storeReport: (report) => {
      stored.push(report);
      return Promise.resolve();
    },
    profileExists: (id) => Promise.resolve(profiles.has(id)),
    removeReport: (id) => {
      stored.splice(0, stored.length, ...stored.filter((r) => r.profileId !== id));
      return Promise.resolve();
    },
    checkScopes: (p) => Promise.resolve({ profileId: p.id, scopesOf: p.id }),
    storeScopeReport: (report) => {
      scopeReports.push(report);
      return Promise.resolve();
    },
    removeScopeReport: (id) => {
      scopeReports.splice(0, scopeReports.length, ...scopeReports.filter((r) => r.profileId !== id));
      return Promise.resolve();
    },
  });
  return { runs, stored, diagnosed, release, profiles, scopeReports };
}

describe('stored runs', () => {
  it('runs once for requests that come while a run is in flight, stores the report once, answers only ok', async () => {
    const { runs, stored, diagnosed, release } = setup();
    const first = runs.diagnose('p-1');
    const second = runs.diagnose('p-1');
    await new Promise((r) => setTimeout(r, 0));
    release();
    expect(await first).toEqual({ ok: true });
    expect(await second).toEqual({ ok: true });
    expect(diagnosed).toEqual(['p-1']);
    expect(stored).toEqual([reportFor('p-1')]);
  });

  it('runs again once the previous run has finished', async () => {
    const { runs, diagnosed, release } = setup();
    release();
    await runs.diagnose('p-1');
    await runs.diagnose('p-1');
    expect(diagnosed).toEqual(['p-1', 'p-1']);
  });

  it('keeps no report of a profile deleted while it ran (the report names its email)', async () => {
    const { runs, stored, release, profiles } = setup();
    const run = runs.diagnose('p-1');
    await new Promise((r) => setTimeout(r, 0));
    profiles.delete('p-1');
    release();
    expect(await run).toEqual({ ok: false, error: 'The profile was deleted while it was being diagnosed.' });
    expect(stored).toEqual([]);
  });

  it('takes the report back when the profile is deleted while the report is written', async () => {
    const profiles = new Set(['p-1']);
    const stored: Report[] = [];
    const runs = createStoredRuns({
      openProfile: () => Promise.resolve({ ok: true, profile }),
      diagnose: () => Promise.resolve(reportFor('p-1')),
      storeReport: (report) => {
        stored.push(report);
        profiles.delete('p-1');
        return Promise.resolve();
      },
      profileExists: (id) => Promise.resolve(profiles.has(id)),
      removeReport: (id) => {
        stored.splice(0, stored.length, ...stored.filter((r) => r.profileId !== id));
        return Promise.resolve();
      },
      checkScopes: () => Promise.resolve({ profileId: 'p-1' }),
      storeScopeReport: () => Promise.resolve(),
      removeScopeReport: () => Promise.resolve(),
    });
    expect(await runs.diagnose('p-1')).toMatchObject({ ok: false });
    expect(stored).toEqual([]);
  });

  it('passes a refusal to open the profile through, locked included, and runs nothing', async () => {
    const { runs, stored, diagnosed } = setup({ ok: false, error: 'The vault is locked', locked: true });
    expect(await runs.diagnose('p-1')).toEqual({ ok: false, error: 'The vault is locked', locked: true });
    expect(await runs.checkScopes('p-1')).toEqual({ ok: false, error: 'The vault is locked', locked: true });
    expect(diagnosed).toEqual([]);
    expect(stored).toEqual([]);
  });

  it('keeps the last scope report with the profile and answers only ok (the report travels through storage)', async () => {
    const { runs, stored, scopeReports } = setup();
    expect(await runs.checkScopes('p-1')).toEqual({ ok: true });
    expect(scopeReports).toEqual([{ profileId: 'p-1', scopesOf: 'p-1' }]);
    expect(stored).toEqual([]);
  });

  it('keeps no scope report of a profile deleted while its scopes were checked', async () => {
    const { runs, scopeReports, profiles } = setup();
    profiles.delete('p-1');
    expect(await runs.checkScopes('p-1')).toEqual({
      ok: false,
      error: 'The profile was deleted while its scopes were being checked.',
    });
    expect(scopeReports).toEqual([]);
  });

  it('lets a failed run be retried', async () => {
    let calls = 0;
    const runs = createStoredRuns({
      openProfile: () => Promise.resolve({ ok: true, profile }),
      diagnose: () => (++calls === 1 ? Promise.reject(new Error('boom')) : Promise.resolve(reportFor('p-1'))),
      storeReport: () => Promise.resolve(),
      profileExists: () => Promise.resolve(true),
      removeReport: () => Promise.resolve(),
      checkScopes: () => Promise.resolve({ profileId: 'p-1' }),
      storeScopeReport: () => Promise.resolve(),
      removeScopeReport: () => Promise.resolve(),
    });
    await expect(runs.diagnose('p-1')).rejects.toThrow('boom');
    expect(await runs.diagnose('p-1')).toEqual({ ok: true });
  });
});
