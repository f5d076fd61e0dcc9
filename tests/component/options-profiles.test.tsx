import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeProfile, makeReport, storedRecords, storeProfile, storeReport, TOKEN } from './fixtures';
import { clickSaveProfile, renderOptions } from './render';

function savedList() {
  return within(screen.getByRole('region', { name: 'Saved profiles' }));
}

describe('options page, profiles', () => {
  it('adds a profile through the form and stores it under profile:<id>', async () => {
    const { user } = renderOptions();
    await screen.findByRole('heading', { name: 'New profile' });
    await user.type(screen.getByRole('textbox', { name: 'Profile name' }), 'Acme prod');
    await user.type(screen.getByRole('textbox', { name: 'Site URL' }), 'https://acme.atlassian.net');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ada@acme.com');
    await user.type(screen.getByLabelText('API token'), TOKEN);
    await clickSaveProfile(user);

    await screen.findByRole('heading', { name: 'Acme prod' });
    const records = await storedRecords();
    const keys = Object.keys(records).filter((k) => k.startsWith('profile:'));
    expect(keys).toHaveLength(1);
    const record = records[keys[0]!] as { v: number; profile: Record<string, string>; secret: unknown };
    expect(record.v).toBe(2);
    expect(keys[0]).toBe(`profile:${record.profile.id}`);
    expect(record.profile).toMatchObject({
      kind: 'cloud-api-token',
      name: 'Acme prod',
      siteUrl: 'https://acme.atlassian.net',
      email: 'ada@acme.com',
    });
    expect(record.secret).toEqual({ type: 'plain', values: { apiToken: TOKEN } });
    expect(savedList().getByRole('link', { name: /Acme prod/ })).toHaveAttribute('aria-current', 'page');
    expect(window.location.hash).toBe(`#profile=${record.profile.id}`);
  });

  it('keeps createdAt when a profile is edited', async () => {
    await storeProfile(makeProfile());
    const { user } = renderOptions();
    const name = await screen.findByRole('textbox', { name: 'Profile name' });
    expect(name).toHaveValue('Acme prod');
    await user.clear(name);
    await user.type(name, 'Acme staging');
    expect(screen.getByText('Unsaved changes.')).toBeInTheDocument();
    await clickSaveProfile(user);

    await screen.findByRole('heading', { name: 'Acme staging' });
    const { profile } = (await storedRecords())['profile:p-acme'] as {
      profile: { name: string; createdAt: string; updatedAt: string };
    };
    expect(profile.name).toBe('Acme staging');
    expect(profile.createdAt).toBe('2026-01-10T09:00:00.000Z');
    expect(profile.updatedAt).not.toBe('2026-01-10T09:00:00.000Z');
    expect(screen.getByText(/^Saved .+\.$/)).toBeInTheDocument();
  });

  it('deletes a profile and its report only after confirmation', async () => {
    await storeProfile(makeProfile());
    await storeProfile(makeProfile({ id: 'p-other', name: 'Other' }));
    await storeReport(makeReport());
    const { user } = renderOptions('#profile=p-acme');
    await screen.findByRole('heading', { name: 'Acme prod' });

    await user.click(screen.getByRole('button', { name: 'Delete profile' }));
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await storedRecords())['profile:p-acme']).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Delete profile' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    await waitFor(() => expect(savedList().queryByRole('link', { name: /Acme prod/ })).not.toBeInTheDocument());
    const records = await storedRecords();
    expect(records['profile:p-acme']).toBeUndefined();
    expect(records['report:p-acme']).toBeUndefined();
    expect(records['profile:p-other']).toBeDefined();
    // The page falls back to the remaining profile.
    expect(await screen.findByRole('heading', { name: 'Other' })).toBeInTheDocument();
  });

  it('shows a corrupt record as quarantined and still lists the good ones', async () => {
    await storeProfile(makeProfile());
    await fakeBrowser.storage.local.set({
      'profile:broken': { v: 1, profile: { id: 'broken', kind: 'cloud-api-token' } },
    });
    await fakeBrowser.storage.local.set({ 'profile:future': { v: 9, profile: {} } });
    renderOptions();
    expect(await screen.findByRole('link', { name: /Acme prod/ })).toBeInTheDocument();
    const quarantine = within(screen.getByRole('region', { name: 'Records that could not be read' }));
    expect(quarantine.getByText(/^This saved record could not be read: invalid fields/)).toBeInTheDocument();
    expect(quarantine.getByText('profile:broken')).toBeInTheDocument();
    expect(quarantine.getByText(/written by a newer version/)).toBeInTheDocument();
    expect(quarantine.getByText('profile:future')).toBeInTheDocument();
    // Nothing was dropped from storage.
    expect(Object.keys(await storedRecords()).sort()).toEqual(['profile:broken', 'profile:future', 'profile:p-acme']);
  });

  it('updates the list when storage changes, without a reload', async () => {
    await storeProfile(makeProfile());
    renderOptions();
    await screen.findByRole('link', { name: /Acme prod/ });
    await act(() =>
      storeProfile(makeProfile({ id: 'p-new', name: 'Beta site', siteUrl: 'https://beta.atlassian.net' })),
    );
    expect(await savedList().findByRole('link', { name: /Beta site/ })).toHaveTextContent('beta.atlassian.net');
    await act(() => storeReport(makeReport({ profileId: 'p-new', verdict: 'error', findings: [] })));
    expect(await savedList().findByRole('link', { name: /Beta site.*Fails/ })).toBeInTheDocument();
    await act(() => fakeBrowser.storage.local.remove('profile:p-acme'));
    await waitFor(() => expect(savedList().queryByRole('link', { name: /Acme prod/ })).not.toBeInTheDocument());
  });

  it('follows an edit made in another tab when there are no unsaved changes', async () => {
    await storeProfile(makeProfile());
    renderOptions('#profile=p-acme');
    expect(await screen.findByRole('textbox', { name: 'Site URL' })).toHaveValue('https://acme.atlassian.net');
    await act(() =>
      storeProfile(makeProfile({ siteUrl: 'https://acme-eu.atlassian.net', updatedAt: '2026-01-12T09:00:00.000Z' })),
    );
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'Site URL' })).toHaveValue('https://acme-eu.atlassian.net'),
    );
  });

  it('selects the profile named in the URL, on load and on hashchange', async () => {
    await storeProfile(makeProfile());
    await storeProfile(makeProfile({ id: 'p-beta', name: 'Beta' }));
    renderOptions('#profile=p-beta');
    expect(await screen.findByRole('heading', { name: 'Beta' })).toBeInTheDocument();
    act(() => {
      window.location.hash = '#profile=p-acme';
    });
    expect(await screen.findByRole('heading', { name: 'Acme prod' })).toBeInTheDocument();
    act(() => {
      window.location.hash = '#profile=gone';
    });
    expect(await screen.findByRole('heading', { name: 'Profile not found' })).toBeInTheDocument();
  });

  it('starts a new, empty profile on "Add profile"', async () => {
    await storeProfile(makeProfile());
    const { user } = renderOptions();
    await screen.findByRole('heading', { name: 'Acme prod' });
    await user.click(screen.getByRole('button', { name: 'Add profile' }));
    expect(screen.getByRole('heading', { name: 'New profile' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Site URL' })).toHaveValue('');
    expect(screen.queryByRole('button', { name: 'Delete profile' })).not.toBeInTheDocument();
  });

  it('keeps the new form when "Add profile" is pressed while the last one is still saving', async () => {
    await storeProfile(makeProfile({ id: 'p-other', name: 'Other' }));
    // Hold the storage write so the save is still in flight when the user moves on.
    const local = fakeBrowser.storage.local;
    const set = local.set.bind(local);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const spy = vi.spyOn(local, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).some((k) => k.startsWith('profile:'))) await held;
      return set(items);
    });
    onTestFinished(() => spy.mockRestore());
    const { user } = renderOptions('#new');
    await screen.findByRole('heading', { name: 'New profile' });
    await user.type(screen.getByRole('textbox', { name: 'Profile name' }), 'First');
    await user.type(screen.getByRole('textbox', { name: 'Site URL' }), 'https://acme.atlassian.net');
    await clickSaveProfile(user);
    await screen.findByText('Saving…');

    await user.click(screen.getByRole('button', { name: 'Add profile' }));
    await user.type(screen.getByRole('textbox', { name: 'Profile name' }), 'Second');
    release();
    await waitFor(() => expect(savedList().getByRole('link', { name: /First/ })).toBeInTheDocument());
    // The finished save did not pull the user back to "First": the new form and its text stay.
    expect(screen.getByRole('heading', { name: 'New profile' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Profile name' })).toHaveValue('Second');
    expect(window.location.hash).toBe('#new');
  });
});
