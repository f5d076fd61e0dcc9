/**
 * The one message protocol between the extension's pages and the background worker.
 * Every request is checked against its schema in the background before anything else happens
 * (fail closed at the door: a malformed request gets no answer). Responses are plain JSON, and
 * every one says `ok`; a refusal carries words for the user (never a secret) and, when the vault
 * is locked, `locked`. Reports of stored profiles reach the pages through storage only.
 */
import * as v from 'valibot';
import type { Report } from '../model/report';
import type { ScopeReport } from '../scopes/types';

const ProfileIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** A Cloud API token profile that is not stored (derived from a pasted request); same limits as the record. */
const DraftProfileSchema = v.strictObject({
  kind: v.literal('cloud-api-token'),
  siteUrl: v.pipe(v.string(), v.maxLength(2048)),
  email: v.pipe(v.string(), v.maxLength(320)),
  apiToken: v.pipe(v.string(), v.maxLength(4096)),
});

export const MessageSchema = v.variant('type', [
  /** Run the engine for a stored profile (joining a run in flight); the report is stored, not answered. */
  v.strictObject({ type: v.literal('diagnose'), profileId: ProfileIdSchema }),
  /** Recompute the toolbar badge (after the selection changed or a profile was deleted). */
  v.strictObject({ type: v.literal('refresh-badge') }),
  /** Run the engine's own probes for an unsaved profile (Check a request → Diagnose); nothing is stored. */
  v.strictObject({ type: v.literal('diagnose-draft'), profile: DraftProfileSchema }),
  /** What can this token do? Probe its scopes and capabilities; the report is answered, never stored. */
  v.strictObject({ type: v.literal('check-scopes'), profileId: ProfileIdSchema }),
]);

export type Message = v.InferOutput<typeof MessageSchema>;

/** Every refusal: words for the user, and `locked` when unlocking the vault would help. */
export interface Refusal {
  ok: false;
  error: string;
  locked?: true;
}

export interface ResponseMap {
  diagnose: { ok: true } | Refusal;
  'refresh-badge': { ok: true } | Refusal;
  'diagnose-draft': { ok: true; report: Report } | Refusal;
  'check-scopes': { ok: true; report: ScopeReport } | Refusal;
}

export type ResponseOf<M extends Message> = ResponseMap[M['type']];

export type ParsedMessage = { ok: true; message: Message } | { ok: false; error: string };

export function parseMessage(raw: unknown): ParsedMessage {
  const result = v.safeParse(MessageSchema, raw);
  if (result.success) return { ok: true, message: result.output };
  return { ok: false, error: 'malformed message' };
}
