/**
 * Hostile input through the profile form: typed (pasted) into a new profile and saved. Each row
 * ends either saved as a readable record or with a message that says why not; the page does not
 * crash, the token is not shown in the page's text, and the profile already stored is untouched.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { parseProfileRecord } from '@/lib/profiles/record';
import { GOOD, HOSTILE_INPUTS } from '../unit/hostile-table';
import { makeProfile, storedRecords, storeProfile } from './fixtures';
import { renderOptions } from './render';

const LABELS = { siteUrl: 'Site URL', email: 'Email', apiToken: 'API token' } as const;

describe('hostile input through the profile form', () => {
  it.each(HOSTILE_INPUTS)('%s: saved readable, or refused with a reason; nothing lost', async (_name, field, value) => {
    await storeProfile(makeProfile({ id: 'p-keep', name: 'Keep me' }));
    const before = (await storedRecords())['profile:p-keep'];
    const { user } = renderOptions('#new');
    await screen.findByRole('heading', { name: 'New profile' });
    const values = { ...GOOD, [field]: value };
    fireEvent.change(screen.getByRole('textbox', { name: 'Profile name' }), { target: { value: 'Hostile' } });
    for (const [key, label] of Object.entries(LABELS))
      fireEvent.change(screen.getByLabelText(label), { target: { value: values[key as keyof typeof values] } });
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    await waitFor(async () => {
      const saved = Object.keys(await storedRecords()).filter(
        (k) => k.startsWith('profile:') && k !== 'profile:p-keep',
      );
      const alert = screen.queryByRole('alert');
      expect(saved.length === 1 || alert !== null).toBe(true);
    });
    const records = await storedRecords();
    const saved = Object.entries(records).filter(([k]) => k.startsWith('profile:') && k !== 'profile:p-keep');
    if (saved.length === 1) {
      expect(parseProfileRecord(saved[0]![1]).ok).toBe(true);
    } else {
      expect(screen.getByRole('alert')).toHaveTextContent(
        /The profile was not saved: .+ is longer than \d+ characters/,
      );
    }
    expect(records['profile:p-keep']).toEqual(before);
    expect(screen.getByRole('heading', { level: 2, name: /Hostile|New profile/ })).toBeInTheDocument();
    if (values.apiToken.trim().length >= 8) expect(document.body.textContent).not.toContain(values.apiToken.trim());
  });
});
