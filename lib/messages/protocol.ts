/**
 * The one message protocol between the extension's pages and the background worker.
 * Every request is checked against its schema in the background before anything else happens
 * (style.md: fail closed at the door). Responses are plain JSON.
 */
import * as v from 'valibot';
import { maxLengthOf } from '../kinds/forms';
import type { Report } from '../model/report';
import type { ScopeReport } from '../scopes/types';

const ProfileIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));

/** A Cloud API token profile that is not stored (derived from a pasted request); same limits as the record. */
const draftField = (name: 'siteUrl' | 'email' | 'apiToken') =>
  v.pipe(v.string(), v.maxLength(maxLengthOf('cloud-api-token', name)));
const DraftProfileSchema = v.strictObject({
  kind: v.literal('cloud-api-token'),
  siteUrl: draftField('siteUrl'),
  email: draftField('email'),
  apiToken: draftField('apiToken'),
});

export const MessageSchema = v.variant('type', [
  /** Run the engine for a stored profile; the report is stored and returned. */
  v.strictObject({ type: v.literal('diagnose'), profileId: ProfileIdSchema }),
  /** Recompute the toolbar badge (after the selection changed or a profile was deleted). */
  v.strictObject({ type: v.literal('refresh-badge') }),
  /** Run the engine's own probes for an unsaved profile (Check a request → Diagnose); nothing is stored. */
  v.strictObject({ type: v.literal('diagnose-draft'), profile: DraftProfileSchema }),
  /** What can this token do? Probe its scopes and capabilities (issue 5); the report is not stored. */
  v.strictObject({ type: v.literal('check-scopes'), profileId: ProfileIdSchema }),
]);

export type Message = v.InferOutput<typeof MessageSchema>;

export interface ResponseMap {
  diagnose: { ok: true; report: Report } | { ok: false; error: string; locked?: true };
  'refresh-badge': { ok: true };
  'diagnose-draft': { ok: true; report: Report } | { ok: false; error: string };
  'check-scopes': { ok: true; report: ScopeReport } | { ok: false; error: string; locked?: true };
}

export type ResponseOf<M extends Message> = ResponseMap[M['type']];

export type ParsedMessage = { ok: true; message: Message } | { ok: false; error: string };

export function parseMessage(raw: unknown): ParsedMessage {
  const result = v.safeParse(MessageSchema, raw);
  if (result.success) return { ok: true, message: result.output };
  return { ok: false, error: 'malformed message' };
}
