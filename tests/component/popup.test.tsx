import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deferred, stubBackground } from './background-stub';
import {
  catalogued,
  makeOkReport,
  makeProfile,
  makeReport,
  storedRecords,
  storeProfile,
  storeReport,
  TOKEN,
} from './fixtures';
import { renderPopup } from './render';

function reportElement(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-report]')!;
}

describe('popup', () => {
  it('shows the stored verdict of the chosen profile at once, without sending anything', async () => {
    await storeProfile(makeProfile());
    await storeReport(makeReport());
    const { messages } = stubBackground();
    renderPopup();
    await waitFor(() => expect(document.querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'warning'));
    expect(reportElement()).toHaveAttribute('aria-busy', 'false');
    expect(within(reportElement()).getByText('Works, with warnings')).toBeInTheDocument();
    expect(within(reportElement()).getByText(/^Verified at/)).toBeInTheDocument();
    expect(reportElement().querySelector('[data-finding-code]')).toHaveAttribute(
      'data-finding-code',
      'SCOPED_TOKEN_ON_SITE_URL',
    );
    expect(screen.getByRole('combobox', { name: 'Profile' })).toHaveValue('p-acme');
    expect(messages).toEqual([]);
  });

  it('tests the profile: busy and verdict-free while pending, then the fresh verdict and top finding', async () => {
    await storeProfile(makeProfile());
    await storeReport(makeOkReport());
    const answer = deferred<unknown>();
    const { messages } = stubBackground(() => answer.promise);
    const { user } = renderPopup();
    await waitFor(() => expect(document.querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'ok'));

    await user.click(screen.getByRole('button', { name: 'Test' }));
    expect(messages).toEqual([{ type: 'diagnose', profileId: 'p-acme' }]);
    expect(reportElement()).toHaveAttribute('aria-busy', 'true');
    expect(document.querySelector('[data-verdict]')).toBeNull();

    const fresh = makeReport({
      verdict: 'error',
      startedAt: '2026-03-01T00:00:00.000Z',
      finishedAt: '2026-03-01T00:00:01.000Z',
    });
    fresh.findings = catalogued([
      {
        code: 'CREDENTIALS_REJECTED',
        severity: 'error',
        title: 'Atlassian rejected the email and token',
        explanation: 'The site answered 401. Atlassian does not say which part is wrong.',
        evidence: ['site-myself → 401'],
        fix: {
          steps: ['Check the token expiry date.', 'Create a new token.', 'Paste it here.'],
          curl: "curl -u 'ada@acme.com:$ATLASSIAN_API_TOKEN' https://acme.atlassian.net/rest/api/3/myself",
        },
      },
    ]);
    await act(async () => answer.resolve({ ok: true, report: fresh }));
    await waitFor(() => expect(document.querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'error'));
    const top = reportElement().querySelector<HTMLElement>('[data-finding-code]')!;
    expect(top).toHaveAttribute('data-finding-code', 'CREDENTIALS_REJECTED');
    expect(top).toHaveAttribute('data-severity', 'error');
    expect(within(top).getByText('Atlassian rejected the email and token')).toBeInTheDocument();
    // The one fix: its first step and the command to copy; the explanation and the other steps
    // are in the full report.
    expect(within(top).queryByText(/The site answered 401/)).not.toBeInTheDocument();
    expect(within(top).getByText('Check the token expiry date.')).toBeInTheDocument();
    expect(within(top).queryByText('Create a new token.')).not.toBeInTheDocument();
    expect(within(top).getByText('2 more steps in the full report.')).toBeInTheDocument();
    expect(within(top).getByRole('button', { name: 'Copy curl command' })).toBeInTheDocument();
    expect(screen.getByText('Atlassian rejected these credentials')).toBeInTheDocument();
    expect(document.body.textContent).not.toContain(TOKEN);
  });

  it('stores the chosen profile and asks for a badge refresh', async () => {
    await storeProfile(makeProfile());
    await storeProfile(makeProfile({ id: 'p-beta', name: 'Beta' }));
    await storeReport(makeReport({ profileId: 'p-beta', verdict: 'error', findings: [] }));
    const { messages } = stubBackground();
    const { user } = renderPopup();
    const select = await screen.findByRole('combobox', { name: 'Profile' });
    await user.selectOptions(select, 'p-beta');
    expect(select).toHaveValue('p-beta');
    await waitFor(() => expect(messages).toEqual([{ type: 'refresh-badge' }]));
    expect((await storedRecords())['ui:selectedProfileId']).toBe('p-beta');
    expect(document.querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'error');
  });

  it('opens the full report of the shown profile in the options page', async () => {
    await storeProfile(makeProfile());
    const { user } = renderPopup();
    const link = await screen.findByRole('link', { name: 'Full report' });
    expect(link).toHaveAttribute('href', 'chrome-extension://test-extension-id/options.html#profile=p-acme');
    await user.click(link);
    await waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((t) => t.url)).toContain('chrome-extension://test-extension-id/options.html#profile=p-acme');
    });
  });

  it('with no profiles, says so and offers to add one', async () => {
    const { user } = renderPopup();
    expect(await screen.findByText(/No profiles yet/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Test' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add profile' }));
    await waitFor(async () => {
      const tabs = await fakeBrowser.tabs.query({});
      expect(tabs.map((t) => t.url)).toContain('chrome-extension://test-extension-id/options.html#new');
    });
  });

  it('mentions saved records it could not read', async () => {
    await fakeBrowser.storage.local.set({ 'profile:broken': { v: 1, profile: null } });
    renderPopup();
    expect(await screen.findByText(/One saved record could not be read/)).toBeInTheDocument();
  });
});
