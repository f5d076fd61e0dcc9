import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderOptions } from './render';

describe('options page, sections', () => {
  it('has a navigation with Profiles (the default), Check a request and Settings', async () => {
    renderOptions();
    const nav = screen.getByRole('navigation');
    expect(nav).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Profiles' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Check a request' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Settings' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Add profile' })).toBeInTheDocument();
  });

  it('opens Check a request with its Request field and Check request button', async () => {
    const { user } = renderOptions();
    await user.click(screen.getByRole('link', { name: 'Check a request' }));
    expect(screen.getByRole('textbox', { name: 'Request' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Check request' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#check');
  });

  it('tells where the data is kept', async () => {
    const { user } = renderOptions();
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    expect(
      screen.getByText(/kept in this browser's own storage for extensions, on this computer only/),
    ).toBeInTheDocument();
    // Words for an admin: no API names in the text.
    expect(document.body.textContent).not.toMatch(/storage\.(local|sync|session)/);
    expect(screen.getByText(/never synced/)).toBeInTheDocument();
    expect(screen.getByText(/The tokens are not encrypted/)).toBeInTheDocument();
    expect(screen.getByText('Version')).toBeInTheDocument();
  });
});
