/** Opening the options page from the popup, at a given place (`#profile=<id>`, `#new`). */
import { browser } from '@/lib/platform/browser';

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
