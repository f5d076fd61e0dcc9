/**
 * A run stopped by the user. The engine throws it as soon as the run's signal is aborted (in the
 * middle of a fetch, a body, or the wait before a retry), so a cancelled run produces no report:
 * an answer cut short says nothing about the credential, and must never be read as one.
 */
export class RunCancelled extends Error {
  constructor() {
    super('The run was cancelled.');
    this.name = 'RunCancelled';
  }
}

/** By name too: an error that crossed a realm boundary is no longer an `instanceof` of our class. */
export function isRunCancelled(error: unknown): boolean {
  return error instanceof Error && error.name === 'RunCancelled';
}

/** Throws RunCancelled when the signal has been aborted. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new RunCancelled();
}
