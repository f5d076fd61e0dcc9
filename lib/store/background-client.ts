/**
 * The one client of the background worker for every page: each message goes through `ask`, and
 * every way a request can fail (no worker listening, the worker throwing, a refusal) comes back
 * the same way, as a `Refusal` with words for the user, scrubbed of the secrets the caller names.
 * `ask` never throws.
 */
import { sendMessage } from '../platform/send-message';
import type { Message, Refusal, ResponseOf } from '../messages/protocol';
import { scrubSecrets } from './scrub-secrets';

type Reply<M extends Message> = ResponseOf<M> | Refusal;

type Ask = <M extends Message>(message: M, secrets?: readonly string[]) => Promise<Reply<M>>;

const NO_ANSWER = 'the background worker did not answer';

export const ask: Ask = async (message, secrets = []) => {
  let reply: unknown;
  try {
    reply = await sendMessage(message);
  } catch (error) {
    return refusal(error instanceof Error ? error.message : String(error), secrets);
  }
  if (reply === null || typeof reply !== 'object' || typeof (reply as { ok?: unknown }).ok !== 'boolean')
    return refusal(NO_ANSWER, secrets);
  const answer = reply as ResponseOf<typeof message>;
  if (answer.ok) return answer;
  const refused = refusal(answer.error, secrets, answer.locked === true);
  return answer.cancelled === true ? { ...refused, cancelled: true } : refused;
};

function refusal(error: string, secrets: readonly string[], locked = false): Refusal {
  const words = scrubSecrets(typeof error === 'string' && error !== '' ? error : NO_ANSWER, secrets);
  return locked ? { ok: false, error: words, locked: true } : { ok: false, error: words };
}
