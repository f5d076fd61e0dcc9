/**
 * axe-core on every options view and its main states, in the real extension in Chromium against
 * the emulator: WCAG 2.0/2.1 A and AA and axe's best practices, zero violations. Each state is
 * reached through the UI contract and waited for on the page's own signals (`data-verdict`,
 * `aria-busy`, `data-vault-state`, `data-fleet`), in the light and the dark theme. With
 * AXE_SCREENSHOTS=<folder>, a screenshot of each state is written there.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import * as world from '../../emulator';
import { CREDENTIAL_KINDS } from '../../lib/model/profile';
import { launchExtension, waitForVerdict, type ExtensionSession } from './harness';
import { addCloudProfile, field, runDiagnosis } from './profile-form';

let session: ExtensionSession;
let page: Page;

const PASS = 'a long enough passphrase';
/** Screenshots of every state, in both themes, when a folder is named (they cost time on a busy machine). */
const SCREENSHOTS = process.env.AXE_SCREENSHOTS;

/** A scoped-token POST with misspelled headers: a pasted request with error and warning marks. */
const BROKEN = `curl -v --request POST
  --url 'https://${world.ACME_HOST}/rest/api/2/search' \\
  -header "Authrorization Basic $(echo '${world.ADMIN_EMAIL}:${world.UNSCOPED_TOKEN}' | base64)" \\
  --header 'Content-Type: application/json' \\
  --data '{"jql":"project = KEY"}'`;

beforeAll(async () => {
  session = await launchExtension();
  page = await session.open('options.html');
});

afterAll(async () => {
  await session?.close();
});

/** Every axe violation on the page, one line each: rule, impact, the elements it names. */
async function axeOnce(state: string, scheme: 'light' | 'dark'): Promise<string[]> {
  await page.emulateMedia({ colorScheme: scheme });
  if (SCREENSHOTS)
    await page.screenshot({
      path: join(SCREENSHOTS, `options-axe-${state}-${scheme}.png`),
      fullPage: true,
      // What the user typed or pasted (a token among it) is masked in the picture.
      mask: [page.locator('textarea'), page.locator('input[type="password"]')],
    });
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${scheme} ${v.id} (${v.impact ?? 'unknown'}): ${node.target.join(' ')} — ${node.failureSummary ?? v.help}`,
    ),
  );
}

/** The violations of the state as it is, in the light theme and in the dark one. */
async function violations(state: string): Promise<string[]> {
  const found = [...(await axeOnce(state, 'light')), ...(await axeOnce(state, 'dark'))];
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

/**
 * The lowest contrast between a text field's border and what is behind it (its own background
 * and its container's), over every text input, select and textarea on the page (WCAG 1.4.11).
 */
async function lowestBorderContrast(): Promise<number> {
  return page.evaluate(() => {
    const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = (color: string) => {
      const [r = 0, g = 0, b = 0] = rgb(color).map((c) => {
        const v = c / 255;
        return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const backgroundOf = (start: Element | null) => {
      for (let el = start; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        if ((rgb(bg)[3] ?? 1) > 0) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const fields = [...document.querySelectorAll('input, select, textarea')].filter(
      (el) => !['checkbox', 'radio', 'hidden'].includes((el as HTMLInputElement).type),
    );
    return Math.min(
      ...fields.map((el) => {
        const border = getComputedStyle(el).borderTopColor;
        return Math.min(ratio(border, backgroundOf(el)), ratio(border, backgroundOf(el.parentElement)));
      }),
    );
  });
}

/** The report of the shown profile has settled on a verdict. */
async function settled(expected: string): Promise<void> {
  expect(await waitForVerdict(page)).toBe(expected);
}

describe('options page: axe finds no violation', () => {
  it('Profiles, with no profile yet', async () => {
    await page.getByRole('heading', { name: 'New profile', exact: true }).waitFor();
    expect(await page.title()).toBe('New profile — Profiles — Token Doctor');
    expect(await violations('profiles-empty')).toEqual([]);
  });

  it.each(CREDENTIAL_KINDS)('the new-profile form for %s', async (kind) => {
    await page.getByRole('button', { name: 'Add profile', exact: true }).click();
    await field(page, 'Credential type').selectOption(kind);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await lowestBorderContrast()).toBeGreaterThanOrEqual(3);
    }
    expect(await violations(`form-${kind}`)).toEqual([]);
  });

  it('an empty form is not saved, and says why on the field', async () => {
    await page.getByRole('button', { name: 'Add profile', exact: true }).click();
    await page.getByRole('button', { name: 'Save profile', exact: true }).click();
    await expect.poll(() => field(page, 'Profile name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('None yet.', { exact: true }).count()).toBe(1);
    expect(await violations('form-empty-refused')).toEqual([]);
  });

  it('a profile with an ok report', async () => {
    await addCloudProfile(page, {
      name: 'Works',
      siteUrl: `https://${world.ACME_HOST}`,
      email: world.ADMIN_EMAIL,
      apiToken: world.UNSCOPED_TOKEN,
    });
    await runDiagnosis(page);
    await settled('ok');
    expect(await page.title()).toBe('Works — Profiles — Token Doctor');
    expect(await violations('profile-ok')).toEqual([]);
  });

  it('a profile with a scope report', async () => {
    await page.getByRole('button', { name: 'Check scopes', exact: true }).click();
    const report = page.locator('[data-scope-report]');
    await expect.poll(() => report.getAttribute('aria-busy'), { timeout: 30_000 }).toBe('false');
    await report.locator('[data-scope-summary]').waitFor();
    expect(await violations('profile-scopes')).toEqual([]);
  });

  it('a profile with an error report', async () => {
    await addCloudProfile(page, {
      name: 'Revoked',
      siteUrl: `https://${world.ACME_HOST}`,
      email: world.ADMIN_EMAIL,
      apiToken: world.REVOKED_TOKEN,
    });
    await runDiagnosis(page);
    await settled('error');
    expect(await violations('profile-error')).toEqual([]);
  });

  it('the fleet view after Check all', async () => {
    await page.getByRole('button', { name: 'Check all', exact: true }).click();
    await page.locator('[data-fleet][aria-busy="false"]').waitFor({ timeout: 60_000 });
    await expect.poll(() => page.locator('[data-fleet-row]').count()).toBe(2);
    expect(await violations('fleet')).toEqual([]);
  });

  it('Check a request, empty and with a result', async () => {
    await page.getByRole('link', { name: 'Check a request', exact: true }).click();
    await field(page, 'Request').waitFor();
    expect(await page.title()).toBe('Check a request — Token Doctor');
    expect(await violations('check-empty')).toEqual([]);
    await field(page, 'Request').fill(BROKEN);
    await page.getByRole('button', { name: 'Check request', exact: true }).click();
    await settled('error');
    // Error and warning marks differ by more than colour: a sign, an underline style, the words.
    const marks = await page.locator('[data-report] mark[data-mark-severity]').evaluateAll((els) =>
      els.map((el) => ({
        severity: el.getAttribute('data-mark-severity'),
        line: getComputedStyle(el).textDecorationStyle,
        title: el.getAttribute('title') ?? '',
      })),
    );
    const error = marks.find((m) => m.severity === 'error');
    const warning = marks.find((m) => m.severity === 'warning');
    expect(error).toMatchObject({ line: 'solid', title: expect.stringMatching(/^Error: /) });
    expect(warning).toMatchObject({ line: 'dashed', title: expect.stringMatching(/^Warning: /) });
    if (SCREENSHOTS)
      await page.locator('figure.paste').screenshot({ path: join(SCREENSHOTS, 'options-axe-paste.png') });
    expect(await violations('check-result')).toEqual([]);
  });

  it('Settings with the lock off, unlocked and locked', async () => {
    await page.getByRole('link', { name: 'Settings', exact: true }).click();
    await page.locator('[data-vault-state="off"]').waitFor();
    expect(await page.title()).toBe('Settings — Token Doctor');
    expect(await violations('settings-lock-off')).toEqual([]);

    await field(page, 'New passphrase').fill(PASS);
    await field(page, 'Repeat the new passphrase').fill(PASS);
    await page.getByRole('button', { name: 'Turn on passphrase lock', exact: true }).click();
    await page.locator('[data-vault-state="unlocked"]').waitFor({ timeout: 15_000 });
    expect(await violations('settings-unlocked')).toEqual([]);

    await page.getByRole('button', { name: 'Lock', exact: true }).click();
    await page.locator('[data-vault-state="locked"]').waitFor();
    expect(await violations('settings-locked')).toEqual([]);
  });
});
