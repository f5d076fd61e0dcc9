/** Renders the options page or the popup with a fresh store, as their entrypoints do. */
import { render } from '@testing-library/react';
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
