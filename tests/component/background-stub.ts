/**
 * Stands in for the background worker: records every message sent to it and answers with what
 * the test gives. The listener returns a promise, which WXT's fake browser passes back to
 * `sendMessage`.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Message } from '@/lib/messages/protocol';

export function stubBackground(answer: (message: Message) => unknown = () => ({ ok: true })) {
  const messages: Message[] = [];
  fakeBrowser.runtime.onMessage.addListener(((message: Message) => {
    messages.push(message);
    return Promise.resolve(answer(message));
  }) as never);
  return { messages };
}

export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
