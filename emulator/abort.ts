/**
 * Abort-aware waiting. Everything that waits in the emulator (latency, hangs) goes through here
 * so that an aborted request settles at once and leaves no timer or listener behind.
 */

/** What fetch rejects with on abort: the signal's reason, or an AbortError DOMException. */
export function abortReason(signal: AbortSignal | null | undefined): unknown {
  const reason: unknown = signal?.reason;
  return reason ?? new DOMException('This operation was aborted', 'AbortError');
}

/** Settles only when `signal` aborts, then rejects with its reason. No timers at all. */
export function waitForAbort(signal: AbortSignal): Promise<never> {
  return new Promise<never>((_, reject) => {
    if (signal.aborted) {
      reject(abortReason(signal));
      return;
    }
    signal.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
  });
}

/** Waits `ms` (nothing at all when ms <= 0); rejects early, clearing the timer, on abort. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  if (signal?.aborted) return Promise.reject(abortReason(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `promise`, or its signal's abort reason if the signal aborts first. Cleans up its listener. */
export function raceAbort<T>(promise: Promise<T>, signal?: AbortSignal | null): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
