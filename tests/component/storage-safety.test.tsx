/**
 * Storage that survives, in the options page and the store against WXT's fake browser: two pages
 * editing at once lose nothing, a delete can be undone exactly, unreadable records can be copied
 * without secrets or deleted, and export/import never leaks a token or loses a stored profile.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { migrateStoredRecords, readState } from '@/lib/platform/storage';
import { createAppStore } from '@/lib/store/app-store';
import { startRealBackground } from './real-background';
import { makeProfile, makeReport, storedRecords, storeProfile, storeReport, TOKEN } from './fixtures';
import { renderOptions } from './render';

const savedList = () => within(screen.getByRole('region', { name: 'Saved profiles' }));
const draft = (name: string, apiToken = TOKEN) => ({
  kind: 'cloud-api-token' as const,
  name,
  siteUrl: 'https://acme.atlassian.net',
  email: 'ada@acme.com',
  apiToken,
});

function pickFile(text: string, name = 'export.json') {
  const input = screen.getByLabelText('Import file');
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
}

describe('load: validate and repair', () => {
  it('rewrites v1 records as v2 once, leaves a corrupt one as it is, and quarantines it with the reason', async () => {
    await storeProfile(makeProfile({ id: 'p-a', name: 'A' }));
    await fakeBrowser.storage.local.set({
      'profile:bad': { v: 1, profile: { id: 'bad', kind: 'cloud-api-token', name: 'Bad' } },
      'profile:wrong-key': { v: 1, profile: makeProfile({ id: 'other' }) },
    });
    const bad = (await storedRecords())['profile:bad'];
    expect(await migrateStoredRecords()).toBe(1);
    const records = await storedRecords();
    expect(records['profile:p-a']).toMatchObject({ v: 2, secret: { type: 'plain', values: { apiToken: TOKEN } } });
    expect(records['profile:bad']).toEqual(bad);
    expect(await migrateStoredRecords()).toBe(0);
    const state = await readState();
    expect(state.profiles.map((p) => p.id)).toEqual(['p-a']);
    expect(state.quarantined).toEqual([
      { key: 'profile:bad', reason: expect.stringContaining('profile.siteUrl is missing') },
      { key: 'profile:wrong-key', reason: 'the record is stored under another profile id' },
    ]);
  });
});

describe('two pages at once', () => {
  it('two stores saving different profiles at the same moment both land', async () => {
    await storeProfile(makeProfile({ id: 'p-a', name: 'A' }));
    await storeProfile(makeProfile({ id: 'p-b', name: 'B' }));
    const pageOne = createAppStore();
    const pageTwo = createAppStore();
    await Promise.all([pageOne.getState().refresh(), pageTwo.getState().refresh()]);
    // Both pages hold the same (soon stale) copy, then each edits a different profile.
    await Promise.all([
      pageOne.getState().saveProfile(draft('A edited'), 'p-a'),
      pageTwo.getState().saveProfile(draft('B edited'), 'p-b'),
    ]);
    const names = Object.values(await storedRecords()).map((r) => (r as { profile?: { name: string } }).profile?.name);
    expect(names.sort()).toEqual(['A edited', 'B edited']);
    await Promise.all([pageOne.getState().refresh(), pageTwo.getState().refresh()]);
    expect(pageOne.getState().profiles.map((p) => p.name)).toEqual(['A edited', 'B edited']);
    expect(pageTwo.getState().profiles.map((p) => p.name)).toEqual(['A edited', 'B edited']);
  });

  it('a new profile saved in one page while another deletes a different one: both happen', async () => {
    await storeProfile(makeProfile({ id: 'p-a', name: 'A' }));
    const one = createAppStore({ newId: () => 'p-new' });
    const two = createAppStore();
    await Promise.all([one.getState().refresh(), two.getState().refresh()]);
    await Promise.all([one.getState().saveProfile(draft('New')), two.getState().deleteProfile('p-a')]);
    const keys = Object.keys(await storedRecords()).filter((k) => k.startsWith('profile:'));
    expect(keys).toEqual(['profile:p-new']);
  });
});

describe('delete, then undo', () => {
  it('asks once, deletes, and Undo restores the record and its report exactly', async () => {
    await storeProfile(makeProfile());
    await storeReport(makeReport());
    const before = await storedRecords();
    const { user } = renderOptions('#profile=p-acme');
    await screen.findByRole('heading', { name: 'Acme prod' });
    await user.click(screen.getByRole('button', { name: 'Delete profile' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    await waitFor(() => expect(savedList().queryByRole('link', { name: /Acme prod/ })).not.toBeInTheDocument());
    expect((await storedRecords())['profile:p-acme']).toBeUndefined();

    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    expect(await savedList().findByRole('link', { name: /Acme prod/ })).toBeInTheDocument();
    const after = await storedRecords();
    expect(after['profile:p-acme']).toEqual(before['profile:p-acme']);
    expect(after['report:p-acme']).toEqual(before['report:p-acme']);
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
  });

  it('offers Undo for about ten seconds only', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await storeProfile(makeProfile());
      const { user } = renderOptions('#profile=p-acme');
      await screen.findByRole('heading', { name: 'Acme prod' });
      await user.click(screen.getByRole('button', { name: 'Delete profile' }));
      await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
      expect(await screen.findByRole('button', { name: 'Undo' })).toBeInTheDocument();
      await vi.advanceTimersByTimeAsync(10_500);
      await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument());
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('records that could not be read', () => {
  const broken = { v: 1, profile: { id: 'broken', kind: 'cloud-api-token', name: 'Half', apiToken: TOKEN, email: 12 } };

  it('shows the record as JSON with the secret removed, and copies that', async () => {
    await fakeBrowser.storage.local.set({ 'profile:broken': broken });
    const { user } = renderOptions();
    const item = await screen.findByText(/could not be read:/);
    const li = item.closest('li')!;
    await user.click(within(li).getByRole('button', { name: 'Show raw JSON (secrets removed)' }));
    const pre = await within(li).findByText(/"name": "Half"/);
    expect(pre.textContent).not.toContain(TOKEN);
    expect(pre.textContent).toContain('[secret removed]');
    expect(within(li).getByRole('button', { name: 'Copy raw JSON (secrets removed)' })).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(TOKEN);
  });

  it('deletes it after one confirmation, leaving the good profiles alone', async () => {
    await fakeBrowser.storage.local.set({ 'profile:broken': broken });
    await storeProfile(makeProfile());
    const { user } = renderOptions();
    await screen.findByText(/could not be read:/);
    await user.click(screen.getByRole('button', { name: 'Delete this record' }));
    expect((await storedRecords())['profile:broken']).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Yes, delete the record' }));
    await waitFor(() => expect(screen.queryByText(/could not be read:/)).not.toBeInTheDocument());
    const records = await storedRecords();
    expect(records['profile:broken']).toBeUndefined();
    expect(records['profile:p-acme']).toBeDefined();
  });
});

describe('export and import', () => {
  // The export is built by the background (it alone opens sealed secrets): run the real one.
  beforeEach(() => startRealBackground({ iterations: 100_000 }));

  it('a plain export has no token in it', async () => {
    await storeProfile(makeProfile());
    const store = createAppStore();
    const text = await store.getState().exportProfiles();
    expect(text).not.toContain(TOKEN);
    expect(JSON.parse(text)).toMatchObject({
      format: 'token-doctor-profiles',
      version: 1,
      profiles: [{ id: 'p-acme', name: 'Acme prod' }],
    });
  });

  it('an encrypted export carries the tokens only as ciphertext, and imports back with its passphrase', async () => {
    await storeProfile(makeProfile());
    const store = createAppStore();
    const text = await store.getState().exportProfiles('export passphrase 1');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('Acme prod'); // the whole list is encrypted
    await fakeBrowser.storage.local.clear();

    const { user } = renderOptions('#settings');
    pickFile(text);
    await user.type(await screen.findByLabelText('Import passphrase'), 'wrong passphrase!');
    await user.click(screen.getByRole('button', { name: 'Open export' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('That passphrase is not the right one.');
    await user.clear(screen.getByLabelText('Import passphrase'));
    await user.type(screen.getByLabelText('Import passphrase'), 'export passphrase 1');
    await user.click(screen.getByRole('button', { name: 'Open export' }));
    await user.click(await screen.findByRole('button', { name: 'Import profiles' }));
    expect(await screen.findByText(/1 added/)).toBeInTheDocument();
    expect((await storedRecords())['profile:p-acme']).toMatchObject({
      secret: { type: 'plain', values: { apiToken: TOKEN } },
    });
  });

  it('merges by id: new ones added, conflicts resolved as chosen, nothing stored lost', async () => {
    await storeProfile(makeProfile({ id: 'p-a', name: 'A' }));
    await storeProfile(makeProfile({ id: 'p-b', name: 'B' }));
    await storeProfile(makeProfile({ id: 'p-c', name: 'C' }));
    const store = createAppStore();
    const file = JSON.parse(await store.getState().exportProfiles()) as { profiles: { id: string; name: string }[] };
    file.profiles = [
      { ...file.profiles[0]!, name: 'A from file' }, // conflict: keep both (default)
      { ...file.profiles[1]!, name: 'B from file' }, // conflict: replace
      { ...file.profiles[2]!, name: 'C from file' }, // conflict: skip
      { ...file.profiles[0]!, id: 'p-new', name: 'Brand new' },
    ];
    const { user } = renderOptions('#settings');
    pickFile(JSON.stringify(file));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Conflict with B' }), 'replace');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Conflict with C' }), 'skip');
    await user.click(screen.getByRole('button', { name: 'Import profiles' }));
    expect(
      await screen.findByText('Imported: 1 added, 1 replaced, 1 kept beside the saved one, 1 skipped.'),
    ).toBeInTheDocument();
    const records = Object.values(await storedRecords()) as {
      profile: { name: string };
      secret: { values: { apiToken: string } };
    }[];
    expect(records.map((r) => r.profile.name).sort()).toEqual([
      'A',
      'A from file (imported)',
      'B from file',
      'Brand new',
      'C',
    ]);
    // Replacing from a file without tokens keeps the stored token.
    expect(records.find((r) => r.profile.name === 'B from file')!.secret.values.apiToken).toBe(TOKEN);
  });

  it('a replace that sends the saved token to another site says so, old → new, and drops the token', async () => {
    await storeProfile(makeProfile({ id: 'p-b', name: 'B' }));
    const store = createAppStore();
    const file = JSON.parse(await store.getState().exportProfiles()) as { profiles: { siteUrl: string }[] };
    file.profiles = [{ ...file.profiles[0]!, siteUrl: 'https://other.atlassian.net' }];
    const { user } = renderOptions('#settings');
    pickFile(JSON.stringify(file));
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Conflict with B' }), 'replace');
    expect(
      screen.getByText(/Its token would go to other\.atlassian\.net instead of acme\.atlassian\.net\./),
    ).toHaveTextContent('Replacing drops the saved token: enter it again for the new destination.');
    await user.click(screen.getByRole('button', { name: 'Import profiles' }));
    await screen.findByText(/Imported: 0 added, 1 replaced/);
    expect(JSON.stringify(await storedRecords())).not.toContain(TOKEN);
  });

  it.each([
    ['not JSON', 'hello', /not valid JSON/],
    ['a JSON list', '[]', /not a Token Doctor export/],
    ['another format', '{"format":"bitwarden"}', /not a Token Doctor export/],
    ['a newer version', '{"format":"token-doctor-profiles","version":9}', /another version/],
    ['profiles that are not a list', '{"format":"token-doctor-profiles","version":1,"profiles":{}}', /damaged/],
    ['no profiles', '{"format":"token-doctor-profiles","version":1}', /no profiles/],
    ['a cut-off file', '{"format":"token-doctor-profiles","version":1,"profiles":[{"id":"x"', /not valid JSON/],
  ])('a malformed file (%s) gets a clear message and changes nothing', async (_name, text, message) => {
    await storeProfile(makeProfile());
    const before = await storedRecords();
    renderOptions('#settings');
    pickFile(text);
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.queryByRole('button', { name: 'Import profiles' })).not.toBeInTheDocument();
    expect(await storedRecords()).toEqual(before);
  });
});
