/**
 * Transport-level faults (for the data-safety tests: what a hostile or broken network does): a connection reset, a body that
 * drips slowly, truncated JSON, a body far larger than anyone should read. Switched per site in
 * scenario.ts (`faults`), applied in switches.ts after the shared switches.
 */
import { abortReason } from './abort';
import type { Call } from './call';

export interface FaultSwitches {
  /** The connection is reset before any answer (in-process: fetch's TypeError; over HTTPS: the socket is destroyed). */
  reset?: boolean;
  /** 200 JSON whose body arrives one byte every `intervalMs` (abortable). */
  slowDrip?: { intervalMs: number };
  /** 200 with `content-type: application/json` and a body cut off midway. */
  truncatedJson?: boolean;
  /** 200 JSON with a body of this many bytes, produced lazily (so a capped reader stops it early). */
  hugeBodyBytes?: number;
}

/** Marks an error as a reset, so the HTTPS server destroys the socket instead of answering 500. */
const RESET_MARK = 'EMULATOR_CONNECTION_RESET';

function connectionReset(): Promise<never> {
  const cause = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', mark: RESET_MARK });
  return Promise.reject(new TypeError('fetch failed', { cause }));
}

export function isConnectionReset(error: unknown): boolean {
  return error instanceof Error && (error.cause as { mark?: unknown } | undefined)?.mark === RESET_MARK;
}

const JSON_HEADERS = { 'content-type': 'application/json;charset=UTF-8' };

function slowDrip(call: Call, intervalMs: number): Response {
  const text = new TextEncoder().encode('{"accountId":"drip","displayName":"Slow drip","active":true}');
  const signal = call.request.signal;
  let i = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i >= text.length) return controller.close();
      return new Promise<void>((resolve) => {
        const onAbort = () => {
          clearTimeout(timer);
          controller.error(abortReason(signal));
          resolve();
        };
        if (signal.aborted) return onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        timer = setTimeout(() => {
          signal.removeEventListener('abort', onAbort);
          controller.enqueue(text.subarray(i, i + 1));
          i++;
          resolve();
        }, intervalMs);
      });
    },
    cancel() {
      clearTimeout(timer);
    },
  });
  return new Response(body, { status: 200, headers: JSON_HEADERS });
}

function truncatedJson(): Response {
  return new Response(
    '{"self":"https://x/rest/api/3/user?accountId=5b10","accountId":"5b10a2844c20165700ede21g","displayName":"Ad',
    {
      status: 200,
      headers: JSON_HEADERS,
    },
  );
}

/** Bytes actually pulled from huge bodies, so tests can see that the reader stopped early. */
export const hugeBodyStats = { bytesPulled: 0 };

function hugeBody(size: number): Response {
  const chunk = new TextEncoder().encode(`{"pad":"${'x'.repeat(65_536 - 10)}"}\n`);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) return controller.close();
      const part = chunk.subarray(0, Math.min(chunk.byteLength, size - sent));
      sent += part.byteLength;
      hugeBodyStats.bytesPulled += part.byteLength;
      controller.enqueue(part);
    },
  });
  return new Response(body, { status: 200, headers: { ...JSON_HEADERS, 'content-length': String(size) } });
}

export async function faultResponse(call: Call, faults: FaultSwitches): Promise<Response | undefined> {
  if (faults.reset) return connectionReset();
  if (faults.slowDrip) return slowDrip(call, faults.slowDrip.intervalMs);
  if (faults.truncatedJson) return truncatedJson();
  if (faults.hugeBodyBytes !== undefined) return hugeBody(faults.hugeBodyBytes);
  return undefined;
}
