import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deferred, stubBackground } from './background-stub';
import { makeOkReport, makeProfile, makeReport, storedRecords, storeProfile, storeReport, TOKEN } from './fixtures';
import { renderOptions } from './render';

function reportElement(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-report]')!;
}

describe('options page, diagnosis and report', () => {
  it('is busy without a verdict while the diagnosis runs, showing the previous report meanwhile', async () => {
    await storeProfile(makeProfile());
    await storeReport(makeReport());
    const answer = deferred<unknown>();
    const { messages } = stubBackground(() => answer.promise);
    const { user } = renderOptions('#profile=p-acme');
    await screen.findByRole('heading', { name: 'This token works through the API gateway only' });
    expect(reportElement().querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'warning');

    await user.click(screen.getByRole('button', { name: 'Run diagnosis' }));
    expect(messages).toEqual([{ type: 'diagnose', profileId: 'p-acme' }]);
    expect(reportElement()).toHaveAttribute('aria-busy', 'true');
    expect(document.querySelector('[data-verdict]')).toBeNull();
    expect(within(reportElement()).getByText(/the result below is the previous one/)).toBeInTheDocument();
    // The previous findings stay readable.
    expect(reportElement().querySelector('[data-finding-code="SCOPED_TOKEN_ON_SITE_URL"]')).not.toBeNull();

    answer.resolve({ ok: true, report: makeOkReport() });
    await waitFor(() => expect(reportElement().querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'ok'));
    expect(reportElement()).toHaveAttribute('aria-busy', 'false');
    expect(screen.getByRole('heading', { name: 'This token works' })).toBeInTheDocument();
  });

  it('copies the diagnosis as Markdown with every email masked, and in full when asked', async () => {
    await storeProfile(makeProfile());
    await storeReport(makeReport());
    stubBackground(() => ({ ok: true }));
    const { user } = renderOptions('#profile=p-acme');
    await screen.findByRole('heading', { name: 'This token works through the API gateway only' });
    await user.click(screen.getByRole('button', { name: 'Copy diagnosis' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toMatch(/^# Token Doctor diagnosis — Acme prod\n/);
    expect(copied).toContain('SCOPED\\_TOKEN\\_ON\\_SITE\\_URL');
    expect(copied).toContain('a…a@acme.com');
    expect(copied).not.toContain('ada@acme.com');
    expect(copied).not.toContain(TOKEN);
    expect(screen.getByText('Diagnosis copied (Markdown)')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Mask email addresses' }));
    await user.click(screen.getByRole('button', { name: 'Copy diagnosis' }));
    expect(await navigator.clipboard.readText()).toContain('ada@acme.com:$ATLASSIAN_API_TOKEN');
    expect(screen.getByRole('button', { name: 'Download diagnosis' })).toBeEnabled();
  });

  it('shows every finding and every probe with its contract attributes', async () => {
    await storeProfile(makeProfile());
    await storeReport(makeOkReport({ findings: makeReport().findings }));
    renderOptions('#profile=p-acme');
    await screen.findByText('Scoped token used on the site URL');
    const report = reportElement();
    const findings = [...report.querySelectorAll('[data-finding-code]')];
    expect(findings.map((f) => [f.getAttribute('data-finding-code'), f.getAttribute('data-severity')])).toEqual([
      ['SCOPED_TOKEN_ON_SITE_URL', 'warning'],
      ['TOKEN_SCOPED', 'info'],
    ]);
    const first = within(findings[0] as HTMLElement);
    expect(first.getByText('site-myself → 401')).toBeInTheDocument();
    expect(first.getByText('Call the API gateway instead of the site URL.')).toBeInTheDocument();
    expect(first.getByText(/^curl -u 'ada@acme.com:\$ATLASSIAN_API_TOKEN'/).closest('pre')).not.toBeNull();
    const probes = [...report.querySelectorAll('[data-probe]')];
    expect(probes.map((p) => [p.getAttribute('data-probe'), p.getAttribute('data-status')])).toEqual([
      ['site-myself', '200'],
      ['gateway-myself', 'timeout'],
      ['redirect-target', 'redirect'],
    ]);
    expect(within(probes[2] as HTMLElement).getByText('https://acme.atlassian.net/')).toBeInTheDocument();
    expect(within(report).getByText('ATATT…1A2B')).toBeInTheDocument();
    expect(within(report).getByText('Ada Admin (a…a@acme.com)')).toBeInTheDocument();
    expect(within(report).getByText('Verified at')).toBeInTheDocument();
  });

  it('copies the curl command', async () => {
    await storeProfile(makeProfile());
    await storeReport(makeReport());
    const { user } = renderOptions('#profile=p-acme');
    const finding = await waitFor(() =>
      reportElement().querySelector<HTMLElement>('[data-finding-code="SCOPED_TOKEN_ON_SITE_URL"]')!,
    );
    await user.click(within(finding).getByRole('button', { name: 'Copy curl command' }));
    expect(await navigator.clipboard.readText()).toBe(makeReport().findings[0]!.fix!.curl);
    expect(within(finding).getByText('Copied')).toBeInTheDocument();
  });

  it('saves unsaved changes before it runs, so the run checks what the form shows', async () => {
    await storeProfile(makeProfile());
    let storedAtRun: unknown;
    stubBackground(async (message) => {
      if (message.type !== 'diagnose') return { ok: true };
      storedAtRun = (await storedRecords())['profile:p-acme'];
      return { ok: true, report: makeOkReport() };
    });
    const { user } = renderOptions('#profile=p-acme');
    const site = await screen.findByRole('textbox', { name: 'Site URL' });
    await user.clear(site);
    await user.type(site, 'https://acme-eu.atlassian.net');
    expect(screen.getByText('Saves your changes first, then checks the saved profile.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Run diagnosis' }));
    await waitFor(() => expect(reportElement().querySelector('[data-verdict]')).not.toBeNull());
    expect(storedAtRun).toMatchObject({ profile: { siteUrl: 'https://acme-eu.atlassian.net' } });
  });

  it('runs a new profile by saving it first', async () => {
    const { messages } = stubBackground((message) =>
      message.type === 'diagnose' ? { ok: true, report: makeOkReport({ profileId: message.profileId }) } : { ok: true },
    );
    const { user } = renderOptions('#new');
    await user.type(await screen.findByRole('textbox', { name: 'Profile name' }), 'Fresh');
    await user.click(screen.getByRole('button', { name: 'Run diagnosis' }));
    await waitFor(() => expect(reportElement().querySelector('[data-verdict]')).not.toBeNull());
    const id = Object.keys(await storedRecords())[0]!.replace('profile:', '');
    expect(messages).toEqual([{ type: 'diagnose', profileId: id }]);
    expect(screen.getByRole('heading', { name: 'Fresh' })).toBeInTheDocument();
  });

  it('says why a run could not happen', async () => {
    await storeProfile(makeProfile());
    stubBackground(() => ({ ok: false, error: 'the profile could not be read' }));
    const { user } = renderOptions('#profile=p-acme');
    await user.click(await screen.findByRole('button', { name: 'Run diagnosis' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The diagnosis could not run: the profile could not be read',
    );
    expect(reportElement()).toHaveAttribute('aria-busy', 'false');
  });

  it('never puts the token in the page text or in any attribute', async () => {
    await storeProfile(makeProfile());
    await storeReport(makeReport());
    const { user } = renderOptions('#profile=p-acme');
    await screen.findByText('Scoped token used on the site URL');
    const token = screen.getByLabelText('API token');
    expect(token).toHaveValue(TOKEN);
    await user.click(screen.getByRole('button', { name: 'Show token' }));
    expect(document.body.textContent).not.toContain(TOKEN);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.value, `${element.tagName} ${attribute.name}`).not.toContain(TOKEN);
      }
    }
    expect(document.body.innerHTML).not.toContain(TOKEN.slice(8, 30));
  });
});
