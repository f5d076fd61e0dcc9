/**
 * Check all, as the background runs it, against the emulator: the politeness limits read from the
 * emulator's own request log (peak concurrent requests per host), the 429 pause, no retry of a
 * 401, the lock, the Data Center grant, cancel, and what the watch says afterwards.
 */
import { describe, expect, it } from 'vitest';
import { scenarioBuilder, fleetScenario, fleetHost, FLEET_EMAIL } from '../../../emulator';
import { fakeCloudApiToken } from '../../../emulator/fake-ids';
import type { Profile } from '../../../lib/model/profile';
import { cloudProfile, fleetWorld } from '../fleet/fleet-world';

describe('fleet service', () => {
  it('checks 30 profiles on 3 sites with at most 2 requests per host and 6 in all', async () => {
    const { scenario, credentials } = fleetScenario(3, 30);
    const profiles = credentials.map((c, i) => cloudProfile(c, i));
    const world = fleetWorld(scenario, profiles);
    const outcome = await world.service.run('manual');
    expect(outcome.ok && 'run' in outcome).toBe(true);
    if (!outcome.ok || !('run' in outcome)) return;
    expect(outcome.run.rows.map((r) => r.verdict)).toEqual(profiles.map(() => 'ok'));
    const peak = world.recorder.peakConcurrency();
    for (let s = 0; s < 3; s++) expect(peak.byHost[fleetHost(s)]).toBe(2);
    expect(peak.overall).toBe(6);
    expect(world.reports.size).toBe(30);
    // Every profile's report is stored, and the fleet state says the run finished.
    expect(world.fleet().run?.finishedAt).toBeDefined();
    expect(world.fleet().history['p-0']?.verdicts).toEqual(['ok']);
  });

  it('pauses a host that answers 429 for its Retry-After while the other hosts go on', async () => {
    const { scenario, credentials } = fleetScenario(3, 9);
    const limited = scenarioBuilder(scenario)
      .updateSite(fleetHost(0), { rateLimited: { retryAfterSeconds: 1, firstRequests: 1 } })
      .build();
    const profiles = credentials.map((c, i) => cloudProfile(c, i));
    const world = fleetWorld(limited, profiles);
    const outcome = await world.service.run('manual');
    if (!outcome.ok || !('run' in outcome)) throw new Error('no run');
    const busy = world.recorder.requests.filter((r) => r.host === fleetHost(0));
    const first429 = busy[0]!;
    const startedDuringPause = busy.filter((r) => r.at > first429.doneAt! + 20 && r.at < first429.doneAt! + 950);
    // The engine's own single retry of that probe waits out the Retry-After too; nothing else goes there meanwhile.
    expect(startedDuringPause).toEqual([]);
    const others = world.recorder.requests.filter((r) => r.host !== fleetHost(0));
    expect(Math.max(...others.map((r) => r.doneAt!))).toBeLessThan(first429.doneAt! + 950);
    expect(world.recorder.peakConcurrency().byHost[fleetHost(0)]).toBeLessThanOrEqual(2);
    // The profiles that waited were checked once the pause ended.
    const waited = outcome.run.rows.filter((r) => r.profileId !== 'p-0' && profiles[Number(r.profileId.slice(2))]!);
    expect(waited.every((r) => r.state === 'done')).toBe(true);
  });

  it('gives up a host that asks for a longer pause than a run waits, and says so', async () => {
    const { scenario, credentials } = fleetScenario(2, 6);
    const limited = scenarioBuilder(scenario)
      .updateSite(fleetHost(0), { rateLimited: { retryAfterSeconds: 3600 } })
      .build();
    const world = fleetWorld(
      limited,
      credentials.map((c, i) => cloudProfile(c, i)),
    );
    const outcome = await world.service.run('manual');
    if (!outcome.ok || !('run' in outcome)) throw new Error('no run');
    const onBusy = outcome.run.rows.filter((_, i) => i % 2 === 0);
    expect(onBusy.filter((r) => r.state === 'rate-limited').length).toBeGreaterThan(0);
    expect(onBusy.every((r) => r.verdict === 'unknown')).toBe(true);
    expect(outcome.run.rows.filter((_, i) => i % 2 === 1).every((r) => r.verdict === 'ok')).toBe(true);
    expect(onBusy.find((r) => r.state === 'rate-limited')?.title).toMatch(/asked to wait 3600 s/);
  });

  it('never sends a rejected credential twice', async () => {
    const { scenario, credentials } = fleetScenario(1, 1);
    const revoked = fakeCloudApiToken('fleet/revoked');
    const world = fleetWorld(
      scenarioBuilder(scenario)
        .token({ kind: 'unscoped', token: revoked, ownerEmail: FLEET_EMAIL, state: 'revoked' })
        .build(),
      [cloudProfile({ ...credentials[0]!, apiToken: revoked }, 0)],
    );
    const outcome = await world.service.run('manual');
    if (!outcome.ok || !('run' in outcome)) throw new Error('no run');
    expect(outcome.run.rows[0]!.verdict).toBe('error');
    const sent = world.recorder.requests.filter((r) => r.hadAuthorization).map((r) => r.url);
    expect(sent.length).toBeGreaterThan(0);
    expect(new Set(sent).size).toBe(sent.length);
  });

  it('asks to unlock once for a manual run, and skips a scheduled one (remembered for the popup)', async () => {
    const { scenario, credentials } = fleetScenario(1, 2);
    const profiles = credentials.map((c, i) => cloudProfile(c, i));
    const world = fleetWorld(scenario, profiles, {
      listProfiles: async () => profiles.map((p, i) => ({ profile: p, sealed: i === 0 })),
      vaultLocked: async () => true,
    });
    const manual = await world.service.run('manual');
    expect(manual).toMatchObject({ ok: false, locked: true });
    const scheduled = await world.service.run('scheduled');
    expect(scheduled).toEqual({ ok: true, skipped: 'locked' });
    expect(world.fleet().skippedLockedAt).toBeDefined();
    expect(world.recorder.requests).toEqual([]);
  });

  it('lists a Data Center profile whose origin is not granted as "needs access", and checks the rest', async () => {
    const { scenario, credentials } = fleetScenario(1, 1);
    const dc = {
      kind: 'dc-pat',
      id: 'dc',
      name: 'Data Center',
      serverUrl: 'https://jira.internal.example',
      pat: 'x'.repeat(44),
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    } as Profile;
    const world = fleetWorld(scenario, [cloudProfile(credentials[0]!, 0), dc], {
      isOriginGranted: async () => false,
    });
    const outcome = await world.service.run('manual');
    if (!outcome.ok || !('run' in outcome)) throw new Error('no run');
    expect(outcome.run.rows.map((r) => [r.profileId, r.state, r.verdict])).toEqual([
      ['p-0', 'done', 'ok'],
      ['dc', 'needs-access', 'unknown'],
    ]);
    expect(world.recorder.requests.some((r) => r.host === 'jira.internal.example')).toBe(false);
  });

  it('joins a run in flight instead of starting a second, and Cancel stops starting profiles', async () => {
    const { scenario, credentials } = fleetScenario(1, 12);
    const world = fleetWorld(
      scenario,
      credentials.map((c, i) => cloudProfile(c, i)),
      { latencyMs: 40 },
    );
    const first = world.service.run('manual');
    const second = world.service.run('scheduled');
    expect(second).toBe(first);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(world.service.cancel()).toBe(true);
    const outcome = await first;
    if (!outcome.ok || !('run' in outcome)) throw new Error('no run');
    expect(outcome.run.cancelled).toBe(true);
    const cancelled = outcome.run.rows.filter((r) => r.state === 'cancelled');
    expect(cancelled.length).toBeGreaterThan(0);
    expect(cancelled.every((r) => r.verdict === undefined)).toBe(true);
    expect(world.reports.size).toBe(12 - cancelled.length);
  });

  it('notifies once after a scheduled run when a profile that worked now fails, and not when nothing changed', async () => {
    const { scenario, credentials } = fleetScenario(1, 2);
    const profiles = credentials.map((c, i) => cloudProfile(c, i));
    const world = fleetWorld(scenario, profiles);
    await world.service.run('scheduled');
    expect(world.notified).toEqual([]);
    await world.service.run('scheduled');
    expect(world.notified).toEqual([]);
    // The token of the first profile is revoked between two runs.
    const revoked = scenarioBuilder(scenario)
      .token({ kind: 'unscoped', token: 'x', ownerEmail: FLEET_EMAIL, state: 'active' })
      .build();
    const later = fleetWorld(
      revoked,
      [{ ...profiles[0]!, apiToken: fakeCloudApiToken('nope') } as Profile, profiles[1]!],
      {
        readFleet: async () => world.fleet(),
      },
    );
    const outcome = await later.service.run('scheduled');
    if (!outcome.ok || !('run' in outcome)) throw new Error('no run');
    expect(later.notified).toEqual([[{ profileId: 'p-0', name: 'Profile 000', why: 'now-fails' }]]);
  });

  it('warns once when a token comes within a week of its "Expires on" date', async () => {
    const { scenario, credentials } = fleetScenario(1, 1);
    const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const world = fleetWorld(scenario, [cloudProfile(credentials[0]!, 0, { expiresOn: soon })]);
    const outcome = await world.service.run('scheduled');
    if (!outcome.ok || !('run' in outcome)) throw new Error('no run');
    expect(outcome.run.rows[0]!.expiry).toMatchObject({ kind: 'date', source: 'field' });
    expect(world.notified).toEqual([[{ profileId: 'p-0', name: 'Profile 000', why: 'expires-soon' }]]);
    await world.service.run('scheduled');
    expect(world.notified).toHaveLength(1);
  });
});
