/**
 * The one message protocol between the extension's pages and the background worker.
 * Every request is checked against its schema in the background before anything else happens
 * (fail closed at the door: a malformed request gets no answer). Responses are plain JSON, and
 * every one says `ok`; a refusal carries words for the user (never a secret) and, when the vault
 * is locked, `locked`. Reports of stored profiles reach the pages through storage only.
 */
import * as v from 'valibot';
import { maxLengthOf } from '../kinds/forms';
import type { Report } from '../model/report';
import { SECRET_MAX, type ProfileRecord } from '../profiles/record';

const ProfileIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(100));
const PassphraseSchema = v.pipe(v.string(), v.maxLength(1024));
const IdleMinutesSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60));
/** A profile's secret values by field name, as typed (sealed in the background, never stored plain there). */
const SecretValuesSchema = v.pipe(
  v.record(v.pipe(v.string(), v.minLength(1), v.maxLength(50)), v.pipe(v.string(), v.maxLength(SECRET_MAX))),
  v.check((values) => Object.keys(values).length <= 8, 'too many secret fields'),
);

/** A profile that is not stored (derived from a pasted request); same limits as the record. */
const draftField = (name: 'siteUrl' | 'email' | 'apiToken') =>
  v.pipe(v.string(), v.maxLength(maxLengthOf('cloud-api-token', name)));
const dcDraftField = (name: 'serverUrl' | 'pat') => v.pipe(v.string(), v.maxLength(maxLengthOf('dc-pat', name)));
const DraftProfileSchema = v.variant('kind', [
  v.strictObject({
    kind: v.literal('cloud-api-token'),
    siteUrl: draftField('siteUrl'),
    email: draftField('email'),
    apiToken: draftField('apiToken'),
  }),
  // Check a request: a Data Center request gives a server URL and a personal access token.
  v.strictObject({ kind: v.literal('dc-pat'), serverUrl: dcDraftField('serverUrl'), pat: dcDraftField('pat') }),
]);

const MessageSchema = v.variant('type', [
  /** Run the engine for a stored profile (joining a run in flight); the report is stored, not answered. */
  v.strictObject({ type: v.literal('diagnose'), profileId: ProfileIdSchema }),
  /** Recompute the toolbar badge (after the selection changed or a profile was deleted). */
  v.strictObject({ type: v.literal('refresh-badge') }),
  /** Run the engine's own probes for an unsaved profile (Check a request → Diagnose); nothing is stored. */
  v.strictObject({ type: v.literal('diagnose-draft'), profile: DraftProfileSchema }),
  /** What can this token do? Probe its scopes and capabilities; the report is stored with the profile, not answered. */
  v.strictObject({ type: v.literal('check-scopes'), profileId: ProfileIdSchema }),
  // ---- progress and cancel of a profile's run ----
  /** Cancel the diagnosis or the scope check of a profile in flight: its fetches are aborted, nothing is stored. */
  v.strictObject({
    type: v.literal('cancel-run'),
    profileId: ProfileIdSchema,
    task: v.picklist(['diagnose', 'scopes']),
  }),
  // ---- end progress and cancel ----
  /*
   * The passphrase lock. The vault key is derived, used and kept in session storage by the
   * background only: pages send the passphrase the user typed and never hold or read the key.
   */
  v.strictObject({ type: v.literal('vault-enable'), passphrase: PassphraseSchema, idleMinutes: IdleMinutesSchema }),
  v.strictObject({ type: v.literal('vault-unlock'), passphrase: PassphraseSchema }),
  v.strictObject({ type: v.literal('vault-lock') }),
  v.strictObject({
    type: v.literal('vault-change-passphrase'),
    oldPassphrase: PassphraseSchema,
    newPassphrase: PassphraseSchema,
  }),
  v.strictObject({ type: v.literal('vault-disable'), passphrase: PassphraseSchema }),
  v.strictObject({ type: v.literal('vault-set-idle'), idleMinutes: IdleMinutesSchema }),
  /** Forgotten passphrase: keep the profiles, drop the sealed secrets and the lock. */
  v.strictObject({ type: v.literal('vault-forget') }),
  /** Seal a newly typed secret under the current key (answered plain when the lock is off). */
  v.strictObject({ type: v.literal('seal-secret'), profileId: ProfileIdSchema, values: SecretValuesSchema }),
  /** The text of an export file; with a passphrase, secrets included, encrypted under it. */
  v.strictObject({ type: v.literal('export-profiles'), passphrase: v.optional(PassphraseSchema) }),
  // ---- fleet: Check all and the watch ----
  /** Check every stored profile politely (joining a run in flight); progress and reports arrive through storage. */
  v.strictObject({ type: v.literal('fleet-check') }),
  /** Stop starting profiles in the run in flight; those running finish. */
  v.strictObject({ type: v.literal('fleet-cancel') }),
  /** How often the watch checks every profile (the page asked for the notifications permission first). */
  v.strictObject({ type: v.literal('fleet-watch'), schedule: v.picklist(['off', 'daily', 'weekly']) }),
]);

export type Message = v.InferOutput<typeof MessageSchema>;

/** Every refusal: words for the user, and `locked` when unlocking the vault would help. */
export interface Refusal {
  ok: false;
  error: string;
  locked?: true;
  /** The run was cancelled by the user: nothing was stored, and nothing is wrong. */
  cancelled?: true;
}

/** The answer to a cancel: whether there was anything to cancel. */
type Cancelled = { ok: true; cancelled: boolean } | Refusal;

interface ResponseMap {
  diagnose: { ok: true } | Refusal;
  'refresh-badge': { ok: true } | Refusal;
  'diagnose-draft': { ok: true; report: Report } | Refusal;
  'check-scopes': { ok: true } | Refusal;
  'vault-enable': { ok: true } | Refusal;
  'vault-unlock': { ok: true } | Refusal;
  'vault-lock': { ok: true } | Refusal;
  'vault-change-passphrase': { ok: true } | Refusal;
  'vault-disable': { ok: true } | Refusal;
  'vault-set-idle': { ok: true } | Refusal;
  'vault-forget': { ok: true; forgotten: number } | Refusal;
  'seal-secret': { ok: true; secret: ProfileRecord['secret'] } | Refusal;
  'export-profiles': { ok: true; text: string } | Refusal;
  'fleet-check': { ok: true; skipped?: 'no-profiles' } | Refusal;
  'fleet-cancel': Cancelled;
  'cancel-run': Cancelled;
  'fleet-watch': { ok: true } | Refusal;
}

export type ResponseOf<M extends Message> = ResponseMap[M['type']];

type ParsedMessage = { ok: true; message: Message } | { ok: false; error: string };

export function parseMessage(raw: unknown): ParsedMessage {
  const result = v.safeParse(MessageSchema, raw);
  if (result.success) return { ok: true, message: result.output };
  return { ok: false, error: 'malformed message' };
}
