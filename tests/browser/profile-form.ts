/** The user's steps on the options page, through the UI contract's accessible names only. */
import type { Locator, Page } from 'playwright-core';
import type { CredentialKind } from '../../lib/model/profile';
import { findingCodes, probeStatuses, waitForVerdict } from './harness';

export interface CloudProfileInput {
  name: string;
  siteUrl: string;
  email: string;
  apiToken: string;
}

/** A field by its contract name; a trailing `*` for required fields is allowed. */
export function field(page: Page, name: string): Locator {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return page.getByLabel(new RegExp(`^${escaped}\\s*\\*?$`));
}

export async function addCloudProfile(page: Page, input: CloudProfileInput): Promise<void> {
  await page.getByRole('button', { name: 'Add profile', exact: true }).click();
  await field(page, 'Profile name').fill(input.name);
  await field(page, 'Credential type').selectOption('cloud-api-token');
  await field(page, 'Site URL').fill(input.siteUrl);
  await field(page, 'Email').fill(input.email);
  await field(page, 'API token').fill(input.apiToken);
  await saveAndWait(page);
}

/**
 * "Save profile", the lock offer declined if it comes (before the first token is saved the page
 * offers the passphrase lock instead of saving; "Save without a passphrase" is remembered, so later
 * saves are not asked), and then the page's own signal that the
 * save finished (the form's status says "Saved …"): a next step taken while "Saving…" shows
 * would race the write.
 */
export async function saveAndWait(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save profile', exact: true }).click();
  const without = page.getByRole('button', { name: 'Save without a passphrase', exact: true });
  const saved = page.locator('.form-actions [role="status"]', { hasText: /^Saved / });
  await without.or(saved).first().waitFor();
  if (await without.isVisible()) await without.click();
  await saved.waitFor();
}

/** The first save with the lock chosen: the lock is turned on first, then the profile is saved sealed. */
export async function saveWithLockFirst(page: Page, passphrase: string): Promise<void> {
  await page.getByRole('button', { name: 'Save profile', exact: true }).click();
  await field(page, 'Passphrase for the new lock').fill(passphrase);
  await field(page, 'Repeat the passphrase for the new lock').fill(passphrase);
  await page.getByRole('button', { name: 'Turn on the lock and save', exact: true }).click();
}

export async function runDiagnosis(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Run diagnosis', exact: true }).click();
}

export interface AnyProfileInput {
  name: string;
  kind: CredentialKind;
  /** Contract field name → value, e.g. { 'Access token': '…', 'Site URL': '…' }. */
  fields: Record<string, string>;
  /** Labels of the "Also check" boxes to tick (Cloud API token only). */
  alsoCheck?: string[];
}

export async function addProfile(page: Page, input: AnyProfileInput): Promise<void> {
  await page.getByRole('button', { name: 'Add profile', exact: true }).click();
  await field(page, 'Profile name').fill(input.name);
  await field(page, 'Credential type').selectOption(input.kind);
  for (const [name, value] of Object.entries(input.fields)) await field(page, name).fill(value);
  for (const label of input.alsoCheck ?? [])
    await page.getByRole('checkbox', { name: new RegExp(`^${label}`) }).check();
  await saveAndWait(page);
}

/** What a finished diagnosis shows through the UI contract. */
export interface DiagnosisSeen {
  verdict: string;
  codes: string[];
  probes: Record<string, string>;
}

/** Adds a profile (a Cloud API token one, or any kind), runs its diagnosis and reads the finished report. */
export async function diagnoseThroughUi(
  page: Page,
  input: CloudProfileInput | AnyProfileInput,
): Promise<DiagnosisSeen> {
  if ('kind' in input) await addProfile(page, input);
  else await addCloudProfile(page, input);
  await runDiagnosis(page);
  const verdict = await waitForVerdict(page);
  return { verdict, codes: await findingCodes(page), probes: await probeStatuses(page) };
}
