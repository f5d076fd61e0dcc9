/**
 * Feedback on long work: while a diagnosis or a scope check goes the page shows the call in
 * flight, the time against the run's limit and a Cancel that really stops the run (the real
 * background handlers, a transport that never answers); Run diagnosis, Test and Check scopes
 * wait; when a run this page started ends, focus goes to its result.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers } from '@/lib/platform/messaging';
import { storageCache } from '@/lib/platform/storage';
import { createBackgroundHandlers } from '@/lib/platform/background-handlers';
import type { Transport } from '@/lib/probe/deps';
import type { ScopeReport } from '@/lib/scopes/types';
import { deferred, stubBackground } from './background-stub';
import { makeOkReport, makeProfile, makeReport, storeProfile, storeReport } from './fixtures';
import { renderOptions, renderPopup } from './render';
import { OWN_PAGE, sendFrom } from './real-background';

const reportElement = () => document.querySelector<HTMLElement>('[data-report]')!;
const scopeElement = () => document.querySelector<HTMLElement>('[data-scope-report]')!;
/** The report's live status line (other parts of the report have status regions of their own). */
const runStatus = () => within(reportElement()).getAllByRole('status')[0]!;
const CALL = /Waiting for GET \/(rest\/api\/3\/myself|_edge\/tenant_info) on acme\.atlassian\.net/;

/** The background's real handlers, with a transport that never answers and remembers each fetch's signal. */
function startHangingBackground() {
  const signals: AbortSignal[] = [];
  const transport: Transport = (_url, init) => {
    const signal = init.signal!;
    signals.push(signal);
    return new Promise<Response>((_, reject) =>
      signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true }),
    );
  };
  registerHandlers(
    createBackgroundHandlers({
      engine: { transport, now: Date.now, cache: storageCache },
      extensionVersion: '0.0.0-test',
    }),
  );
  const spy = vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation((message: unknown) => sendFrom(OWN_PAGE(), message));
  return { signals, stop: () => spy.mockRestore() };
}

function minimalScopeReport(): ScopeReport {
  return {
    type: 'scope-report',
    schema: 1,
    profileId: 'p-acme',
    profileName: 'Acme prod',
    kind: 'cloud-api-token',
    tokenFingerprint: 'ATATT…2B',
    checkedAt: '2026-11-23T21:00:00.000Z',
    extensionVersion: '0.1.0',
    model: 'unscoped',
    summary: 'An unscoped token: it can do everything its user can.',
    rows: [],
    scopes: [],
    risks: [{ id: 'unscoped', level: 'high', text: 'Unscoped: everything the user can do' }],
    findings: [],
    probes: [],
  } as unknown as ScopeReport;
}

describe('a diagnosis in progress, with the real background', () => {
  let background: ReturnType<typeof startHangingBackground>;
  beforeEach(() => {
    background = startHangingBackground();
  });
  afterEach(() => background.stop());

  it('shows the call in flight and the limit, keeps the verdict off, and Run diagnosis waits', async () => {
    await storeProfile(makeProfile());
    await storeReport(makeReport());
    const { user } = renderOptions('#profile=p-acme');
    const runButton = await screen.findByRole('button', { name: 'Run diagnosis' });
    await user.click(runButton);
    const progress = await waitFor(() => {
      const found = reportElement().querySelector<HTMLElement>('[data-run-progress]');
      expect(found?.textContent).toMatch(CALL);
      return found!;
    });
    expect(progress.textContent).toMatch(/\d+\.\d s of at most 20\.0 s/);
    expect(progress.textContent).toContain('gives up after 8.0 s');
    expect(progress.textContent).not.toMatch(/Basic|Bearer|ATATT/);
    expect(reportElement()).toHaveAttribute('aria-busy', 'true');
    expect(reportElement().querySelector('[data-verdict]')).toBeNull();
    // The button keeps its exact name, is marked unavailable, and says why beside it.
    expect(runButton).toHaveAttribute('aria-disabled', 'true');
    expect(runButton).toHaveAccessibleName('Run diagnosis');
    expect(runButton).toHaveAccessibleDescription(/is running/);
    // The live region says "Checking…", not the ticking seconds.
    expect(runStatus().textContent).not.toMatch(/of at most/);
    expect(within(progress).queryByRole('status')).toBeNull();
    await user.click(within(progress).getByRole('button', { name: 'Cancel run' }));
    await waitFor(() => expect(reportElement()).toHaveAttribute('aria-busy', 'false'));
  });

  it('cancels: every fetch is aborted, nothing is stored, the previous report stays, focus returns to Run diagnosis', async () => {
    await storeProfile(makeProfile());
    await storeReport(makeReport());
    const before = await fakeBrowser.storage.local.get('report:p-acme');
    const { user } = renderOptions('#profile=p-acme');
    await user.click(await screen.findByRole('button', { name: 'Run diagnosis' }));
    const cancel = await screen.findByRole('button', { name: 'Cancel run' });
    await waitFor(() => expect(background.signals.length).toBeGreaterThan(0));
    await user.click(cancel);
    await waitFor(() => expect(reportElement()).toHaveAttribute('aria-busy', 'false'));
    expect(background.signals.every((s) => s.aborted)).toBe(true);
    expect(await fakeBrowser.storage.local.get('report:p-acme')).toEqual(before);
    expect(await fakeBrowser.storage.session.get('runs:active')).toEqual({ 'runs:active': { v: 1, runs: [] } });
    expect(reportElement().querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'warning');
    expect(runStatus()).toHaveTextContent(/^Cancelled: nothing was stored\. The result below is the previous one/);
    const runButton = screen.getByRole('button', { name: 'Run diagnosis' });
    expect(runButton).not.toHaveAttribute('aria-disabled');
    expect(runButton).toHaveFocus();
    // A new run can start at once.
    await user.click(runButton);
    await waitFor(() => expect(reportElement()).toHaveAttribute('aria-busy', 'true'));
    await screen.findByRole('button', { name: 'Cancel run' });
    await user.click(screen.getByRole('button', { name: 'Cancel run' }));
    await waitFor(() => expect(reportElement()).toHaveAttribute('aria-busy', 'false'));
  });

  it('cancels a scope check the same way, and Check scopes waits while it goes', async () => {
    await storeProfile(makeProfile());
    const { user } = renderOptions('#profile=p-acme');
    const check = await screen.findByRole('button', { name: 'Check scopes' });
    await user.click(check);
    await waitFor(() =>
      expect(scopeElement().querySelector('[data-run-progress]')?.textContent).toMatch(/on acme\.atlassian\.net/),
    );
    expect(scopeElement().querySelector('[data-run-progress]')?.textContent).toMatch(/at most 16 requests/);
    expect(scopeElement()).toHaveAttribute('aria-busy', 'true');
    expect(check).toHaveAttribute('aria-disabled', 'true');
    expect(check).toHaveAccessibleName('Check scopes');
    await user.click(within(scopeElement()).getByRole('button', { name: 'Cancel scope check' }));
    await waitFor(() => expect(scopeElement()).toHaveAttribute('aria-busy', 'false'));
    expect(background.signals.every((s) => s.aborted)).toBe(true);
    expect(within(scopeElement()).getByRole('status')).toHaveTextContent(/^Cancelled: nothing was stored/);
    expect(await fakeBrowser.storage.local.get('scope-report:p-acme')).toEqual({});
    expect(check).toHaveFocus();
  });

  it('the popup: shows what the run waits for, and Cancel run aborts it and keeps the previous result', async () => {
    await storeProfile(makeProfile());
    await storeReport(makeReport());
    const before = await fakeBrowser.storage.local.get('report:p-acme');
    const { user } = renderPopup();
    const test = await screen.findByRole('button', { name: 'Test' });
    await user.click(test);
    const progress = await waitFor(() => {
      const found = reportElement().querySelector<HTMLElement>('[data-run-progress]');
      expect(found?.textContent).toMatch(CALL);
      return found!;
    });
    expect(progress.textContent).toMatch(/\d+\.\d s of at most 20\.0 s/);
    expect(progress.textContent).not.toMatch(/Basic|Bearer|ATATT/);
    expect(test).toHaveAttribute('aria-disabled', 'true');
    expect(reportElement()).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(background.signals.length).toBeGreaterThan(0));

    await user.click(within(progress).getByRole('button', { name: 'Cancel run' }));
    await waitFor(() => expect(reportElement()).toHaveAttribute('aria-busy', 'false'));
    expect(background.signals.every((s) => s.aborted)).toBe(true);
    expect(await fakeBrowser.storage.local.get('report:p-acme')).toEqual(before);
    expect(reportElement().querySelector('[data-run-cancelled]')).toHaveTextContent(
      /^Cancelled: nothing was stored\. The result below is the previous one/,
    );
    expect(reportElement().querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'warning');
    expect(test).not.toHaveAttribute('aria-disabled');
    // The Cancel button went with the progress: focus is back on Test, not on the page body.
    await waitFor(() => expect(test).toHaveFocus());
  });
});

describe('the end of a run this page started', () => {
  it('brings the report into view and puts focus on the verdict heading', async () => {
    await storeProfile(makeProfile());
    await storeReport(makeReport());
    const answer = deferred<unknown>();
    stubBackground((m) => (m.type === 'diagnose' ? answer.promise : { ok: true }));
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView');
    const { user } = renderOptions('#profile=p-acme');
    await user.click(await screen.findByRole('button', { name: 'Run diagnosis' }));
    answer.resolve({ ok: true, report: makeOkReport() });
    const heading = await screen.findByRole('heading', { name: 'This token works' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(scrolled.mock.contexts).toContain(reportElement());
    scrolled.mockRestore();
  });

  it('does not move focus when a report arrives from a run this page did not start', async () => {
    await storeProfile(makeProfile());
    await storeReport(makeReport());
    stubBackground();
    renderOptions('#profile=p-acme');
    await screen.findByRole('heading', { name: 'This token works through the API gateway only' });
    // Another page's run: the background lists it, then stores its report and takes it off.
    const now = Date.now();
    await fakeBrowser.storage.session.set({
      'runs:active': { v: 1, runs: [{ task: 'diagnose', profileId: 'p-acme', startedAt: now }] },
    });
    const runButton = await screen.findByRole('button', { name: 'Run diagnosis' });
    await waitFor(() => expect(runButton).toHaveAttribute('aria-disabled', 'true'));
    expect(reportElement()).toHaveAttribute('aria-busy', 'true');
    await storeReport(makeOkReport());
    await fakeBrowser.storage.session.set({ 'runs:active': { v: 1, runs: [] } });
    const heading = await screen.findByRole('heading', { name: 'This token works' });
    await waitFor(() => expect(reportElement()).toHaveAttribute('aria-busy', 'false'));
    expect(heading).not.toHaveFocus();
  });

  it('puts focus on the scope result heading after Check scopes', async () => {
    await storeProfile(makeProfile());
    const answer = deferred<unknown>();
    stubBackground((m) => (m.type === 'check-scopes' ? answer.promise : { ok: true }));
    const { user } = renderOptions('#profile=p-acme');
    await user.click(await screen.findByRole('button', { name: 'Check scopes' }));
    answer.resolve({ ok: true, report: minimalScopeReport() });
    const heading = await within(scopeElement()).findByRole('heading', { name: 'Risks' });
    await waitFor(() => expect(heading).toHaveFocus());
  });
});

describe('the popup while a run goes', () => {
  it('keeps Test by its name, unavailable, with the report busy', async () => {
    await storeProfile(makeProfile());
    await storeReport(makeReport());
    stubBackground();
    await fakeBrowser.storage.session.set({
      'runs:active': { v: 1, runs: [{ task: 'diagnose', profileId: 'p-acme', startedAt: Date.now() }] },
    });
    renderPopup();
    const test = await screen.findByRole('button', { name: 'Test' });
    await waitFor(() => expect(test).toHaveAttribute('aria-disabled', 'true'));
    expect(reportElement()).toHaveAttribute('aria-busy', 'true');
  });
});
