/**
 * Runs the background's real handlers (lib/services/background-handlers.ts) against WXT's fake
 * browser, as the worker does, with a transport that answers nothing (no test here reaches the
 * network). The fake browser's `sendMessage` gives no sender, which the real door refuses; here
 * messages carry the options page as their sender, as in the browser.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerHandlers } from '@/lib/platform/messaging';
import { storageCache } from '@/lib/platform/storage';
import { createBackgroundHandlers } from '@/lib/platform/background-handlers';

export const OWN_PAGE = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') });

/** `iterations`: a lower KDF count for speed; without it, the product's count. */
export function startRealBackground(options: { iterations?: number } = {}) {
  registerHandlers(
    createBackgroundHandlers({
      engine: {
        transport: () => Promise.reject(new Error('no network in component tests')),
        now: Date.now,
        cache: storageCache,
      },
      extensionVersion: '0.0.0-test',
      vault: options.iterations === undefined ? {} : { iterations: options.iterations },
    }),
  );
  const spy = vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation((message: unknown) => sendFrom(OWN_PAGE(), message));
  // Returned to beforeEach, it is the teardown: the next test starts with the plain fake again.
  return () => spy.mockRestore();
}

/** Delivers a message as the browser does: with a sender, and a `sendResponse` the listener may call. */
export function sendFrom(sender: object, message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    const trigger = fakeBrowser.runtime.onMessage.trigger as unknown as (...args: unknown[]) => Promise<unknown[]>;
    void trigger(message, sender, resolve).then((replies) => {
      // A listener that answers later returns true; none did: no answer at all.
      if (!replies.includes(true)) resolve(replies.find((r) => r !== undefined));
    });
  });
}
