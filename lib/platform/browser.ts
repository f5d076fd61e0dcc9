/**
 * The one import of the extension API for lib/: everything else in lib/ stays browser-free.
 *
 * It is the browser's own API, not webextension-polyfill: every browser we support answers with
 * promises natively (Chrome's MV3 `chrome.*` from the minimum version in the manifest, Firefox's
 * `browser.*`), and the one callback-shaped use, the background's `runtime.onMessage`, answers
 * through `sendResponse` (lib/platform/messaging.ts). The polyfill would add about 2.5 KB gzip to
 * every page, the popup included, and do nothing.
 */
export { browser } from 'wxt/browser';
export type { Browser } from 'wxt/browser';
