/**
 * The toolbar popup in the real extension: choose a profile, Test, read the verdict and the top
 * finding, and see the badge follow. The popup is opened as a page (headless Chromium has no
 * toolbar to click); it is the same popup.html.
 */
import * as world from '../../emulator';
import { findingCodes, launchExtension, waitForVerdict, type ExtensionSession } from './harness';
import { addCloudProfile } from './profile-form';

let session: ExtensionSession;

beforeAll(async () => {
  session = await launchExtension();
  const options = await session.open('options.html');
  await addCloudProfile(options, {
    name: 'Acme admin',
    siteUrl: `https://${world.ACME_HOST}`,
    email: world.ADMIN_EMAIL,
    apiToken: world.UNSCOPED_TOKEN,
  });
  await addCloudProfile(options, {
    name: 'Expired token',
    siteUrl: `https://${world.ACME_HOST}`,
    email: world.ADMIN_EMAIL,
    apiToken: world.EXPIRED_TOKEN,
  });
  await options.close();
});

afterAll(async () => {
  await session?.close();
});

describe('popup: Test a profile', () => {
  it('tests the chosen profile, shows the verdict and turns the badge green', async () => {
    const popup = await session.open('popup.html');
    expect((await session.badge()).text).toBe('');
    await popup.getByLabel('Profile').selectOption({ label: 'Acme admin' });
    await popup.getByRole('button', { name: 'Test', exact: true }).click();
    expect(await waitForVerdict(popup)).toBe('ok');
    expect((await findingCodes(popup))[0]).toBe('AUTH_OK');
    await expect.poll(() => session.badge()).toEqual({ text: '✓', color: [31, 122, 58, 255] });
    await popup.close();
  });

  it('shows the last result at once when reopened, then a failing profile turns the badge red', async () => {
    const popup = await session.open('popup.html');
    // The stored result of the chosen profile paints without any network call.
    expect(await waitForVerdict(popup)).toBe('ok');
    await popup.getByLabel('Profile').selectOption({ label: 'Expired token' });
    // Choosing a profile never tested clears the badge: no stale green for a different profile.
    await expect.poll(() => session.badge().then((b) => b.text)).toBe('');
    await popup.getByRole('button', { name: 'Test', exact: true }).click();
    expect(await waitForVerdict(popup)).toBe('error');
    expect((await findingCodes(popup))[0]).toBe('CREDENTIALS_REJECTED');
    await expect.poll(() => session.badge()).toEqual({ text: '✕', color: [180, 35, 24, 255] });
  });

  it('shows a profile added in the options page without being reopened', async () => {
    const popup = await session.open('popup.html');
    const options = await session.open('options.html');
    await addCloudProfile(options, {
      name: 'Added while open',
      siteUrl: `https://${world.ACME_HOST}`,
      email: world.ADMIN_EMAIL,
      apiToken: world.UNSCOPED_TOKEN,
    });
    await expect
      .poll(() => popup.getByLabel('Profile').locator('option').allTextContents())
      .toContain('Added while open');
    await options.close();
    await popup.close();
  });

  it('opens the full report of the chosen profile in the options page', async () => {
    const popup = await session.open('popup.html');
    const [options] = await Promise.all([
      session.context.waitForEvent('page'),
      popup.getByRole('link', { name: 'Full report' }).click(),
    ]);
    await options.waitForLoadState();
    expect(options.url()).toContain('options.html');
    expect(await waitForVerdict(options)).toBe('error');
    expect((await findingCodes(options))[0]).toBe('CREDENTIALS_REJECTED');
  });
});
