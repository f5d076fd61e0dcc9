/**
 * The background entrypoint itself, started as the browser starts it, against WXT's fake browser
 * and the Atlassian emulator as the network: real runtime.onMessage events from the extension's
 * own page and from a stranger; the report lands in storage (never in the reply), the badge
 * follows it, a run in flight is joined, and a forged sender gets no answer at all.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import * as world from '../../emulator';
import { createAtlassianHandler, defaultScenario, emulatorTransport } from '../../emulator';
import { makeProfile, storeProfile } from './fixtures';
import { OWN_PAGE, sendFrom } from './real-background';

const profile = makeProfile({
  siteUrl: `https://${world.ACME_HOST}`,
  email: world.ADMIN_EMAIL,
  apiToken: world.UNSCOPED_TOKEN,
});

let requests = 0;

beforeEach(() => {
  requests = 0;
  const transport = emulatorTransport(createAtlassianHandler(defaultScenario()), { manualRedirect: 'browser' });
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    requests++;
    return transport(url, init);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function started() {
  await storeProfile(profile);
  background.main();
  // Let the start-up work (badge, repair on load) settle.
  await new Promise((r) => setTimeout(r, 20));
}

describe('the background entrypoint', () => {
  it('answers its own page: the report lands in storage, the reply only says ok, and the badge shows the verdict', async () => {
    await started();
    const reply = await sendFrom(OWN_PAGE(), { type: 'diagnose', profileId: profile.id });
    expect(reply).toEqual({ ok: true });
    const stored = (await fakeBrowser.storage.local.get('report:p-acme'))['report:p-acme'] as {
      v: number;
      report: { profileId: string; verdict: string };
    };
    expect(stored).toMatchObject({ v: 1, report: { profileId: 'p-acme', verdict: 'ok' } });
    expect(JSON.stringify(stored)).not.toContain(world.UNSCOPED_TOKEN);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('✓'));
    expect(await fakeBrowser.action.getTitle({})).toBe('Token Doctor — Acme prod: works');
  });

  it('joins a run in flight: two requests at once, one run on the network', async () => {
    await started();
    const [a, b] = await Promise.all([
      sendFrom(OWN_PAGE(), { type: 'diagnose', profileId: profile.id }),
      sendFrom(OWN_PAGE(), { type: 'diagnose', profileId: profile.id }),
    ]);
    expect([a, b]).toEqual([{ ok: true }, { ok: true }]);
    const once = requests;
    requests = 0;
    await sendFrom(OWN_PAGE(), { type: 'diagnose', profileId: profile.id });
    expect(once).toBe(requests);
  });

  it('gives a forged sender, or a malformed message, no answer, and sends nothing', async () => {
    await started();
    const stranger = { id: 'another-extension', url: 'https://evil.example/page.html' };
    expect(await sendFrom(stranger, { type: 'diagnose', profileId: profile.id })).toBeUndefined();
    const page = { id: fakeBrowser.runtime.id, url: 'https://acme.atlassian.net/' };
    expect(await sendFrom(page, { type: 'export-profiles' })).toBeUndefined();
    expect(await sendFrom(OWN_PAGE(), { type: 'diagnose', profileId: profile.id, extra: 1 })).toBeUndefined();
    expect(requests).toBe(0);
    expect(await fakeBrowser.storage.local.get('report:p-acme')).toEqual({});
  });

  it('says locked, and stores nothing, when the token is sealed and the vault locked', async () => {
    await started();
    expect(
      await sendFrom(OWN_PAGE(), { type: 'vault-enable', passphrase: 'correct horse battery staple', idleMinutes: 0 }),
    ).toEqual({ ok: true });
    expect(await sendFrom(OWN_PAGE(), { type: 'vault-lock' })).toEqual({ ok: true });
    expect(await sendFrom(OWN_PAGE(), { type: 'diagnose', profileId: profile.id })).toMatchObject({
      ok: false,
      locked: true,
    });
    expect(requests).toBe(0);
    expect(await fakeBrowser.storage.local.get('report:p-acme')).toEqual({});
  }, 20_000);
});
