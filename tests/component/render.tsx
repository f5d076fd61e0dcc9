/** Renders the options page or the popup with a fresh store, as their entrypoints do. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OptionsApp } from '@/components/options/OptionsApp';
import { PopupApp } from '@/components/popup/PopupApp';
import { createAppStore } from '@/lib/store/app-store';

export function renderOptions(hash = '') {
  window.history.replaceState(null, '', `${window.location.pathname}${hash}`);
  const store = createAppStore();
  const user = userEvent.setup();
  const view = render(<OptionsApp store={store} />);
  return { store, user, ...view };
}

export function renderPopup() {
  const store = createAppStore();
  const user = userEvent.setup();
  const view = render(<PopupApp store={store} />);
  return { store, user, ...view };
}

/**
 * "Save profile" as a user who does not want the passphrase lock: before the first token is
 * saved the lock is offered, and "Save without a passphrase" saves (and is remembered).
 */
export async function clickSaveProfile(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Save profile' }));
  const without = screen.queryByRole('button', { name: 'Save without a passphrase' });
  if (without) await user.click(without);
}
