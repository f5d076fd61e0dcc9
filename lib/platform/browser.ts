/** The one import of the extension API for lib/: everything else in lib/ stays browser-free. */
export { browser } from 'wxt/browser';
export type { Browser } from 'wxt/browser';
