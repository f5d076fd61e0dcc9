/**
 * Check all, the watch select and "Expires on", through the options page with the background's
 * real handlers answering from the Atlassian emulator in-process.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers } from '@/lib/platform/messaging';
import { storageCache } from '@/lib/platform/storage';
import { createBackgroundHandlers } from '@/lib/platform/background-handlers';
import {
  ADMIN_EMAIL,
  BROKEN_HOST,
  REVOKED_TOKEN,
  UNSCOPED_TOKEN,
  createAtlassianHandler,
  defaultScenario,
  emulatorTransport,
} from '../../emulator';
import { makeProfile, storedRecords, storeProfile } from './fixtures';
import { OWN_PAGE, sendFrom } from './real-background';
import { clickSaveProfile, renderOptions } from './render';

function startEmulatedBackground() {
  registerHandlers(
    createBackgroundHandlers({
      engine: {
        transport: emulatorTransport(createAtlassianHandler(defaultScenario())),
        now: Date.now,
        cache: storageCache,
      },
      extensionVersion: '0.0.0-test',
    }),
  );
  const spy = vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation((message: unknown) => sendFrom(OWN_PAGE(), message));
  return () => spy.mockRestore();
}

const soon = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);

async function storeMixedFleet() {
  await storeProfile(makeProfile({ id: 'p-ok', name: 'Works', email: ADMIN_EMAIL, apiToken: UNSCOPED_TOKEN }));
  await storeProfile(makeProfile({ id: 'p-bad', name: 'Revoked', email: ADMIN_EMAIL, apiToken: REVOKED_TOKEN }));
  await storeProfile(
    makeProfile({
      id: 'p-down',
      name: 'Broken site',
      siteUrl: `https://${BROKEN_HOST}`,
      email: ADMIN_EMAIL,
      apiToken: UNSCOPED_TOKEN,
    }),
  );
  await storeProfile(
    makeProfile({ id: 'p-soon', name: 'Ends soon', email: ADMIN_EMAIL, apiToken: UNSCOPED_TOKEN, expiresOn: soon }),
  );
}

function fleetRows() {
  return [...document.querySelectorAll('[data-fleet-row]')].map((row) => ({
    name: row.getAttribute('data-profile-name'),
    verdict: row.getAttribute('data-verdict'),
    text: row.textContent ?? '',
  }));
}

describe('fleet table', () => {
  beforeEach(() => startEmulatedBackground());

  it('checks every profile and sorts the rows by urgency: error, unknown, expiring soon, ok', async () => {
    await storeMixedFleet();
    const { user } = renderOptions();
    await user.click(await screen.findByRole('button', { name: 'Check all' }));
    const table = await waitFor(() => {
      const el = document.querySelector('[data-fleet]');
      expect(el).not.toBeNull();
      return el!;
    });
    await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'), { timeout: 15_000 });
    const rows = fleetRows();
    expect(rows.map((r) => [r.name, r.verdict])).toEqual([
      ['Revoked', 'error'],
      ['Broken site', 'unknown'],
      ['Ends soon', 'ok'],
      ['Works', 'ok'],
    ]);
    expect(rows[2]!.text).toContain('expires in 3 days');
    expect(rows[3]!.text).toContain('at most a year from creation');
    expect(window.location.hash).toBe('#fleet');
    // Each row links to the full report of its profile.
    expect(screen.getByRole('link', { name: 'Full report of Revoked' })).toHaveAttribute('href', '#profile=p-bad');
    expect(screen.getByRole('button', { name: 'Copy fleet report' })).toBeInTheDocument();
    // One sentence over the table; each row counted once, in the table's order.
    expect(table.querySelector('.fleet-summary')).toHaveTextContent(
      '4 profiles: 1 fails, 1 could not be checked, 1 expires within a week or has expired, 1 works.',
    );
    expect(within(table as HTMLElement).getByRole('table')).toHaveAccessibleName(/^Most urgent first/);
    // The name links to the report; the host sits under it, whole in its title when cut short.
    const revoked = document.querySelector('[data-fleet-row][data-profile-name="Revoked"]')!;
    expect(within(revoked as HTMLElement).getByRole('link', { name: 'Full report of Revoked' })).toHaveTextContent(
      /^Revoked$/,
    );
    expect(revoked.querySelector('.fleet-host')).toHaveAttribute('title', 'acme.atlassian.net');
    // The time is short (the date is in the "started" line), the whole date and time in its title.
    const time = revoked.querySelector('time')!;
    expect(Date.parse(time.getAttribute('datetime')!)).not.toBeNaN();
    expect(time.title).toMatch(/\d{4}/);
    expect(time.textContent).not.toMatch(/\d{4}/);
    // An ending expiry stands out; "at most a year" stays quiet.
    const soon = document.querySelector('[data-fleet-row][data-profile-name="Ends soon"]')!;
    expect(within(soon as HTMLElement).getByText('expires in 3 days')).toHaveClass('fleet-expiry-soon');
    const works = document.querySelector('[data-fleet-row][data-profile-name="Works"]')!;
    expect(within(works as HTMLElement).getByText('at most a year from creation')).toHaveClass('muted');
    // Every report was stored, as a single Test would store it.
    const stored = await storedRecords();
    expect(
      Object.keys(stored)
        .filter((k) => k.startsWith('report:'))
        .sort(),
    ).toEqual(['report:p-bad', 'report:p-down', 'report:p-ok', 'report:p-soon'].sort());
  }, 30_000);

  it('copies a Markdown table without the token and with the email masked', async () => {
    await storeMixedFleet();
    const { user } = renderOptions('#fleet');
    await user.click(await screen.findByRole('button', { name: 'Check all' }));
    const copy = await screen.findByRole('button', { name: 'Copy fleet report' }, { timeout: 15_000 });
    await user.click(copy);
    // user-event's clipboard stands in for the browser's.
    const text = await navigator.clipboard.readText();
    expect(text).toContain('| Profile | Target | Verdict | Top finding | Checked at | Expiry | Account |');
    expect(text).toContain('| Revoked |');
    expect(text).not.toContain(UNSCOPED_TOKEN);
    expect(text).not.toContain(REVOKED_TOKEN);
    expect(text).not.toContain(ADMIN_EMAIL);
    expect(text).toMatch(/a…n@acme\.example/);
  }, 30_000);

  it('says when there is nothing to show yet, and where "Check all" is', async () => {
    await storeMixedFleet();
    renderOptions('#fleet');
    const heading = await screen.findByRole('heading', { name: 'All profiles' });
    expect(document.querySelector('[data-fleet]')).toBeNull();
    const card = heading.closest('section')!;
    // The button is under "Saved profiles" whether the list is beside the page or above it.
    expect(card).not.toHaveTextContent(/beside the list/);
    expect(card).toHaveTextContent('“Check all”, under Saved profiles, checks every saved profile');
    expect(card).toHaveTextContent('No check has run yet.');
    expect(screen.getByRole('region', { name: 'Saved profiles' })).toContainElement(
      screen.getByRole('button', { name: 'Check all' }),
    );
  });

  it('with no saved profile, says to add one first', async () => {
    renderOptions('#fleet');
    const heading = await screen.findByRole('heading', { name: 'All profiles' });
    expect(heading.closest('section')).toHaveTextContent(
      'There is no saved profile to check yet: “Add profile” makes one.',
    );
    expect(screen.queryByRole('button', { name: 'Check all' })).toBeNull();
  });

  it('says so when every profile works', async () => {
    await storeProfile(makeProfile({ id: 'p-1', name: 'One', email: ADMIN_EMAIL, apiToken: UNSCOPED_TOKEN }));
    await storeProfile(makeProfile({ id: 'p-2', name: 'Two', email: ADMIN_EMAIL, apiToken: UNSCOPED_TOKEN }));
    const { user } = renderOptions('#fleet');
    await user.click(await screen.findByRole('button', { name: 'Check all' }));
    await waitFor(() => expect(document.querySelector('[data-fleet]')).toHaveAttribute('aria-busy', 'false'), {
      timeout: 15_000,
    });
    expect(document.querySelector('.fleet-summary')).toHaveTextContent(/^All 2 profiles work\.$/);
  }, 30_000);
});

describe('watch select', () => {
  beforeEach(() => startEmulatedBackground());

  it('is off by default, asks for notifications only when turned on, and sets the alarm', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true);
    const { user } = renderOptions('#settings');
    const select = await screen.findByRole('combobox', { name: 'Check all profiles' });
    expect(select).toHaveValue('off');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => (o as HTMLOptionElement).value),
    ).toEqual(['off', 'daily', 'weekly']);
    await user.selectOptions(select, 'daily');
    expect(request).toHaveBeenCalledWith({ permissions: ['notifications'] });
    await waitFor(() => expect(select).toHaveValue('daily'));
    expect((await storedRecords())['fleet:watch']).toBe('daily');
    const alarm = await fakeBrowser.alarms.get('fleet-watch');
    expect(alarm?.periodInMinutes).toBe(24 * 60);
    request.mockClear();
    await user.selectOptions(select, 'off');
    await waitFor(() => expect(select).toHaveValue('off'));
    expect(request).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.get('fleet-watch')).toBeUndefined();
  });

  it('says what is lost when notifications are refused, and still turns the watch on', async () => {
    vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(false);
    const { user } = renderOptions('#settings');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Check all profiles' }), 'weekly');
    expect(await screen.findByText(/Notifications were not allowed/)).toBeInTheDocument();
    expect((await storedRecords())['fleet:watch']).toBe('weekly');
  });
});

describe('Expires on', () => {
  beforeEach(() => startEmulatedBackground());

  it('is an optional date field, stored when given and shown in the report as time left', async () => {
    const { user } = renderOptions();
    await screen.findByRole('heading', { name: 'New profile' });
    await user.type(screen.getByRole('textbox', { name: 'Profile name' }), 'Dated');
    await user.type(screen.getByRole('textbox', { name: 'Site URL' }), 'https://acme.atlassian.net');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), ADMIN_EMAIL);
    await user.type(screen.getByLabelText('API token'), UNSCOPED_TOKEN);
    const date = screen.getByLabelText('Expires on');
    expect(date).toHaveAttribute('type', 'date');
    await user.type(date, soon);
    await clickSaveProfile(user);
    await screen.findByRole('heading', { name: 'Dated' });
    const records = await storedRecords();
    const record = Object.entries(records).find(([k]) => k.startsWith('profile:'))![1] as {
      profile: Record<string, string>;
    };
    expect(record.profile.expiresOn).toBe(soon);
    await user.click(screen.getByRole('button', { name: 'Run diagnosis' }));
    const expiry = await waitFor(() => {
      const el = document.querySelector('[data-report] [data-expiry]');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(expiry).toHaveTextContent('expires in 3 days');
  }, 30_000);

  it('a profile saved before the field existed still opens, with the field empty', async () => {
    await storeProfile(makeProfile());
    renderOptions();
    await screen.findByRole('heading', { name: 'Acme prod' });
    expect(screen.getByLabelText('Expires on')).toHaveValue('');
  });
});
