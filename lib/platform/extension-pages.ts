/** The extension's own pages: opening the options page at a given place (`#profile=<id>`, `#new`), the version. */
import { browser } from './browser';

export function optionsUrl(hash: string): string {
  return browser.runtime.getURL(`/options.html${hash}`);
}

export async function openOptions(hash: string): Promise<void> {
  try {
    // A new tab closes the popup by taking the focus.
    await browser.tabs.create({ url: optionsUrl(hash) });
  } catch {
    await browser.runtime.openOptionsPage();
  }
}

export function extensionVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/** The extension's home page (`homepage_url`), when the manifest has one. */
export function extensionHomepage(): string | undefined {
  try {
    return browser.runtime.getManifest().homepage_url;
  } catch {
    return undefined;
  }
}
