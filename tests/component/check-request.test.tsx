/**
 * The options page's "Check a request": paste, check, read the report, reveal and copy the fix,
 * save or diagnose — and nothing sent or stored by the check itself.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Message } from '@/lib/messages/protocol';
import { readState } from '@/lib/platform/storage';
import { stubBackground } from './background-stub';
import { makeReport, storedRecords, TOKEN } from './fixtures';
import { renderOptions } from './render';

const SEED_003 = `curl -v --request POST
  --url 'https://ursite.atlassian.net/rest/api/3/issue/' \\
  --header 'Authrorization Basic xxxxxxx' \\
  --header 'Accept: application/json'`;
const GOOD = `curl -u 'ada@acme.example:${TOKEN}' -H 'Accept: application/json' https://acme.atlassian.net/rest/api/3/myself`;
const HAND_MADE = `curl -H "Authorization: Basic $(echo 'ada@acme.example:${TOKEN}' | base64)" https://acme.atlassian.net/rest/api/3/myself`;

function report(): HTMLElement {
  return document.querySelector<HTMLElement>('[data-report]')!;
}

function codes(): string[] {
  return [...report().querySelectorAll('[data-finding-code]')].map((n) => n.getAttribute('data-finding-code')!);
}

async function check(text: string, hash = '#check') {
  const rendered = renderOptions(hash);
  const { user } = rendered;
  await user.click(screen.getByRole('textbox', { name: 'Request' }));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Check request' }));
  await waitFor(() => expect(report().querySelector('[data-verdict]')).not.toBeNull());
  return rendered;
}

describe('Check a request', () => {
  it('finds the mistakes of a broken curl command and marks them in the paste', async () => {
    await check(SEED_003);
    expect(report().querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'error');
    expect(codes()).toEqual(
      expect.arrayContaining([
        'HEADER_NAME_MISSPELLED',
        'HEADER_MISSING_COLON',
        'CREDENTIAL_PLACEHOLDER',
        'SITE_URL_REFUSES_SCOPED_TOKENS',
      ]),
    );
    for (const finding of report().querySelectorAll('[data-finding-code]'))
      expect(finding.getAttribute('data-severity')).toMatch(/^(ok|info|warning|error)$/);
    const misspelt = [...report().querySelectorAll('mark')].find((m) => m.textContent === 'Authrorization')!;
    expect(misspelt).toBeDefined();
    const described = misspelt
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)!);
    expect(described.map((el) => el.getAttribute('data-finding-code'))).toContain('HEADER_NAME_MISSPELLED');
    expect(misspelt.getAttribute('title')).toMatch(/misspelt/);
    expect(within(report()).getByText(/nothing was sent over the network/i)).toBeInTheDocument();
  });

  it('has a verdict even when nothing is wrong', async () => {
    await check(GOOD);
    expect(report().querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'ok');
    expect(codes()).toContain('REQUEST_WELL_FORMED');
  });

  it('sends nothing, stores nothing, and keeps the secret out of the page until revealed', async () => {
    const { messages } = stubBackground();
    const { user, container } = await check(HAND_MADE);
    expect(codes()).toContain('BASE64_TRAILING_NEWLINE');
    expect(messages.filter((m) => m.type !== 'refresh-badge')).toEqual([]);
    expect(await storedRecords()).toEqual({});
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(container.innerHTML).not.toContain(TOKEN);
    expect(container.innerHTML).not.toContain(TOKEN.slice(8, 30));
    expect(within(report()).getByText('ATATT…1A2B')).toBeInTheDocument();
    expect(within(report()).getByText('a…a@acme.example')).toBeInTheDocument();

    const corrected = within(report()).getByRole('region', { name: 'Corrected request' });
    expect(within(corrected).getByText(/-u "ada@acme.example:\$ATLASSIAN_API_TOKEN"/)).toBeInTheDocument();
    await user.click(within(corrected).getByRole('button', { name: 'Copy corrected command' }));
    expect(await navigator.clipboard.readText()).toBe(
      'curl \\\n  -u "ada@acme.example:$ATLASSIAN_API_TOKEN" \\\n  https://acme.atlassian.net/rest/api/3/myself',
    );

    await user.click(within(report()).getByRole('button', { name: 'Show secret' }));
    expect(
      within(corrected).getByText(new RegExp(`-u ada@acme.example:${TOKEN.replace(/[=]/g, '.')}`)),
    ).toBeInTheDocument();
    await user.click(within(corrected).getByRole('button', { name: 'Copy corrected command' }));
    expect(await navigator.clipboard.readText()).toContain(TOKEN);
    await user.click(within(report()).getByRole('button', { name: 'Hide secret' }));
    expect(container.innerHTML).not.toContain(TOKEN);
  });

  it('hides every credential-bearing part, the user info of a URL first', async () => {
    const cookie = 'c00kie-s3ss10n-v4lue-1234';
    const { user, container } = await check(
      `curl -H 'Cookie: tenant.session.token=${cookie}' 'https://ada%40acme.example:${TOKEN}@acme.atlassian.net/rest/api/3/myself?token=${TOKEN}'`,
    );
    expect(codes()).not.toContain('NO_CREDENTIALS_SENT');
    for (const secret of [
      TOKEN,
      TOKEN.slice(8, 30),
      cookie,
      Buffer.from(`ada@acme.example:${TOKEN}`).toString('base64'),
    ])
      expect(container.innerHTML).not.toContain(secret);
    const corrected = within(report()).getByRole('region', { name: 'Corrected request' });
    expect(corrected.textContent).toContain('-u "ada@acme.example:$ATLASSIAN_API_TOKEN"');
    expect(corrected.textContent).toContain('-H "Cookie: ${COOKIE}"');
    await user.click(within(report()).getByRole('button', { name: 'Show secret' }));
    expect(corrected.textContent).toContain(cookie);
    await user.click(within(report()).getByRole('button', { name: 'Hide secret' }));
    expect(container.innerHTML).not.toContain(cookie);
  });

  it('uses the gateway when told the token has scopes', async () => {
    const { user } = await check(GOOD);
    await user.click(screen.getByRole('checkbox', { name: 'The token has scopes' }));
    await waitFor(() => expect(codes()).toContain('SCOPED_TOKEN_ON_SITE_URL'));
    expect(within(report()).getByRole('region', { name: 'Corrected request' }).textContent).toContain(
      'https://api.atlassian.com/ex/jira/{cloudId}/rest/api/3/myself',
    );
  });

  it('Diagnose runs the engine for the derived profile without storing it, and learns the cloudId', async () => {
    const diagnosed = makeReport({ profileId: 'pasted-request', profileName: 'Pasted request' });
    const { messages } = stubBackground((message: Message) =>
      message.type === 'diagnose-draft' ? { ok: true, report: diagnosed } : { ok: true },
    );
    const { user } = await check(GOOD);
    await user.click(screen.getByRole('button', { name: 'Diagnose' }));
    const reports = () => document.querySelectorAll('[data-report]');
    await waitFor(() =>
      expect(reports()[1]?.querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'warning'),
    );
    expect(messages.filter((m) => m.type === 'diagnose-draft')).toEqual([
      {
        type: 'diagnose-draft',
        profile: {
          kind: 'cloud-api-token',
          siteUrl: 'https://acme.atlassian.net',
          email: 'ada@acme.example',
          apiToken: TOKEN,
        },
      },
    ]);
    expect(await storedRecords()).toEqual({});
    // The engine said the token is scoped (TOKEN_SCOPED): the corrected command now calls the gateway with the real cloudId.
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'The token has scopes' })).toBeChecked());
    expect(within(report()).getByRole('region', { name: 'Corrected request' }).textContent).toContain(
      `https://api.atlassian.com/ex/jira/${diagnosed.cloudId}/rest/api/3/myself`,
    );
  });

  it('Save as profile stores the site, email and token and shows the profile', async () => {
    stubBackground();
    const { user } = await check(GOOD);
    await user.click(screen.getByRole('button', { name: 'Save as profile' }));
    // The first token of all: the passphrase lock is offered before anything is written.
    expect(await storedRecords()).toEqual({});
    await user.click(await screen.findByRole('button', { name: 'Save without a passphrase' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#profile=/));
    // Read back through the storage layer, whatever the record's shape on disk.
    const { profiles } = await readState();
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({
      kind: 'cloud-api-token',
      siteUrl: 'https://acme.atlassian.net',
      email: 'ada@acme.example',
      apiToken: TOKEN,
    });
    expect(await screen.findByRole('textbox', { name: /Site URL/ })).toHaveValue('https://acme.atlassian.net');
  });

  it('says what it could not read, and offers neither Diagnose nor a fix for it', async () => {
    await check('Hello, my token does not work, can you help?');
    expect(report().querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'error');
    expect(codes()).toEqual(['REQUEST_UNREADABLE']);
    expect(within(report()).getAllByText(/Token Doctor reads curl commands/).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: 'Diagnose' })).not.toBeInTheDocument();
  });
});

describe('Check a request: a token written as a variable', () => {
  const VARIABLE = 'curl -u "ada@acme.example:$ATLASSIAN_API_TOKEN" https://acme.atlassian.net/rest/api/3/myself';

  it('names the variable, shows no fingerprint, and Diagnose asks for its value before sending anything', async () => {
    const diagnosed = makeReport({ profileId: 'pasted-request', profileName: 'Pasted request' });
    const { messages } = stubBackground((message: Message) =>
      message.type === 'diagnose-draft' ? { ok: true, report: diagnosed } : { ok: true },
    );
    const { user } = await check(VARIABLE);
    expect(report().querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'ok');
    const named = report().querySelector('[data-finding-code="CREDENTIAL_FROM_VARIABLE"]')!;
    expect(named).toHaveAttribute('data-severity', 'info');
    expect(named.textContent).toContain('The token is the shell variable $ATLASSIAN_API_TOKEN');
    expect(report().textContent).not.toContain('OKEN (fingerprint');
    expect(report().textContent).not.toContain('•••');
    expect(within(report()).getByText('(a variable: its value is not in the paste)')).toBeInTheDocument();

    // Diagnose with the field empty sends nothing and asks for the value.
    const field = screen.getByLabelText('Value of $ATLASSIAN_API_TOKEN');
    expect(field).toHaveAttribute('type', 'password');
    await user.click(screen.getByRole('button', { name: 'Diagnose' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Type the value of $ATLASSIAN_API_TOKEN first: Diagnose never sends the variable's name as the token.",
    );
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(messages.filter((m) => m.type === 'diagnose-draft')).toEqual([]);

    // With the value typed, Diagnose sends that value, and nothing is stored.
    await user.type(field, TOKEN);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The typed token is never written into the page's markup (the field is uncontrolled).
    expect(document.body.innerHTML).not.toContain(TOKEN);
    await user.click(screen.getByRole('button', { name: 'Diagnose' }));
    await waitFor(() => expect(messages.filter((m) => m.type === 'diagnose-draft')).toHaveLength(1));
    expect(messages.find((m) => m.type === 'diagnose-draft')).toEqual({
      type: 'diagnose-draft',
      profile: {
        kind: 'cloud-api-token',
        siteUrl: 'https://acme.atlassian.net',
        email: 'ada@acme.example',
        apiToken: TOKEN,
      },
    });
    expect(await storedRecords()).toEqual({});
  });

  it("Save as profile leaves the token empty rather than storing the variable's name", async () => {
    stubBackground();
    const { user } = await check(VARIABLE);
    await user.click(screen.getByRole('button', { name: 'Save as profile' }));
    await waitFor(() => expect(window.location.hash).toMatch(/^#profile=/));
    const { profiles } = await readState();
    expect(profiles).toHaveLength(1);
    expect(profiles[0]).toMatchObject({
      kind: 'cloud-api-token',
      siteUrl: 'https://acme.atlassian.net',
      email: 'ada@acme.example',
    });
    expect(JSON.stringify(await storedRecords())).not.toContain('ATLASSIAN_API_TOKEN');
  });

  it("'single quotes' around the variable: an error, with a placeholder's field too", async () => {
    stubBackground();
    await check("curl -u 'ada@acme.example:$ATLASSIAN_API_TOKEN' https://acme.atlassian.net/rest/api/3/myself");
    expect(report().querySelector('[data-verdict]')).toHaveAttribute('data-verdict', 'error');
    expect(codes()).toContain('VARIABLE_SENT_AS_TEXT');
    expect(within(report()).getByRole('region', { name: 'Corrected request' }).textContent).toContain(
      '-u "ada@acme.example:$ATLASSIAN_API_TOKEN"',
    );
    expect(screen.getByLabelText('Value of $ATLASSIAN_API_TOKEN')).toBeInTheDocument();
  });

  it('a documentation placeholder: named, and its field asks for the real token', async () => {
    stubBackground();
    await check('curl -u "ada@acme.example:<your-api-token>" https://acme.atlassian.net/rest/api/3/myself');
    expect(codes()).toContain('CREDENTIAL_PLACEHOLDER');
    expect(within(report()).getByText('(a placeholder, not a token)')).toBeInTheDocument();
    expect(screen.getByLabelText('Token in place of <your-api-token>')).toHaveAttribute('type', 'password');
  });
});
