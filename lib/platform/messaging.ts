/**
 * Sending and answering protocol messages. The background answers only the extension's own
 * pages: the sender must carry our extension id and a URL inside the extension, and the payload
 * must match the schema (lib/messages/protocol.ts); anything else gets `undefined` (no answer).
 */
import { browser, type Browser } from './browser';
import { parseMessage, type Message, type ResponseOf } from '../messages/protocol';

export type Handlers = {
  [T in Message['type']]: (
    message: Extract<Message, { type: T }>,
  ) => Promise<ResponseOf<Extract<Message, { type: T }>>>;
};

export function isOwnPage(sender: Browser.runtime.MessageSender): boolean {
  if (typeof sender.id !== 'string' || sender.id !== browser.runtime.id) return false;
  // A content script's sender URL is the web page's, never inside our origin (and we ship none).
  // The options page opened in a tab has `sender.tab` set, so the tab is not a criterion.
  const ownOrigin = browser.runtime.getURL('/');
  if (typeof sender.url !== 'string' || !sender.url.startsWith(ownOrigin)) return false;
  // Chrome also reports the sender's origin: when present it must be ours too (belt and braces).
  const origin = (sender as { origin?: unknown }).origin;
  return origin === undefined || (typeof origin === 'string' && `${origin}/` === ownOrigin);
}

/**
 * Registers the handlers. The listener answers through `sendResponse` and returns `true` (keep
 * the channel open), which Chrome and Firefox both honour natively, and WXT's fake browser too.
 * Returning the promise alone would not do in Chrome:
 * https://developer.chrome.com/docs/extensions/develop/concepts/messaging
 */
export function registerHandlers(handlers: Handlers): void {
  browser.runtime.onMessage.addListener(((
    raw: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (r: unknown) => void,
  ) => {
    // Fail closed: a stranger or a malformed payload gets no answer at all, not even an error.
    if (!isOwnPage(sender)) return undefined;
    const parsed = parseMessage(raw);
    if (!parsed.ok) return undefined;
    const handler = handlers[parsed.message.type] as (m: Message) => Promise<unknown>;
    const promise = handler(parsed.message).catch((error: unknown) => ({
      ok: false,
      error: error instanceof Error ? error.message : 'internal error',
    }));
    void promise.then(sendResponse);
    return true;
  }) as never);
}
