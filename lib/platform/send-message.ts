/**
 * Sending a protocol message to the background, for the pages. Apart from the answering side
 * (messaging.ts), so that a page that only asks never loads the schema the background checks
 * every message against.
 */
import { browser } from './browser';
import type { Message, ResponseOf } from '../messages/protocol';

export async function sendMessage<M extends Message>(message: M): Promise<ResponseOf<M>> {
  const response: unknown = await browser.runtime.sendMessage(message);
  return response as ResponseOf<M>;
}
