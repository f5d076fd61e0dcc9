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

  it('says plainly that checking a request is not available yet, with no fake controls', async () => {
    const { user } = renderOptions();
    await user.click(screen.getByRole('link', { name: 'Check a request' }));
    expect(screen.getByText(/not available in this version/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Request' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Check request' })).not.toBeInTheDocument();
    expect(window.location.hash).toBe('#check');
  });

  it('tells where the data is kept', async () => {
    const { user } = renderOptions();
    await user.click(screen.getByRole('link', { name: 'Settings' }));
    expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('storage.local')).toBeInTheDocument();
    expect(screen.getByText(/never synced/)).toBeInTheDocument();
    expect(screen.getByText(/not encrypted yet/)).toBeInTheDocument();
    expect(screen.getByText('Version')).toBeInTheDocument();
  });
});
