/** Time limits of a run (the request policy: every probe has a timeout; the run a budget). */
export const PROBE_TIMEOUT_MS = 8_000;
export const RUN_BUDGET_MS = 20_000;
/** A 429/503 is retried once only when its Retry-After fits in this and in the remaining budget. */
export const MAX_RETRY_AFTER_MS = 5_000;
/** Bodies are read up to this many bytes: enough for any error page, never a 5 MB surprise. */
export const BODY_CAP_BYTES = 64 * 1024;
