/**
 * Stands in for the background worker: records every message sent to it and answers with what
 * the test gives. The listener returns a promise, which WXT's fake browser passes back to
 * `sendMessage`. Like the real background, a diagnosis's report goes to storage, not into the
 * reply: an answer `{ ok: true, report }` to `diagnose` stores the report, then replies `{ ok: true }`;
 * so does one to `check-scopes` (the scope report's own key).
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Message } from '@/lib/messages/protocol';
import type { Report } from '@/lib/model/report';

export function stubBackground(answer: (message: Message) => unknown = () => ({ ok: true })) {
  const messages: Message[] = [];
  fakeBrowser.runtime.onMessage.addListener(((message: Message) => {
    messages.push(message);
    return Promise.resolve(answer(message)).then(async (reply) => {
      const report = (reply as { report?: Report } | undefined)?.report;
      const stored = message.type === 'diagnose' ? 'report:' : message.type === 'check-scopes' ? 'scope-report:' : '';
      if (stored === '' || (reply as { ok?: unknown } | undefined)?.ok !== true || !report) return reply;
      await fakeBrowser.storage.local.set({ [`${stored}${report.profileId}`]: { v: 1, report } });
      return { ok: true };
    });
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
