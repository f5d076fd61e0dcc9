/**
 * A kind's form, as data: which fields it has and in what order, their labels, limits, which one
 * holds the secret, and the hints beside them. The options form renders it, the stored record's
 * schema and the message schema take their limits from it, and the secret list is read from it.
 * No React here: the engine and the pages share it.
 */
import type { CredentialKind, Profile, ProfileDraft } from '../model/profile';
import type { ProfileField } from '../model/report';

/** Text, or a link, in a field's hint. */
export type HintPart = string | { href: string; text: string };

export interface FieldSpec {
  name: ProfileField;
  /** The visible label: the field's accessible name (the UI contract relies on these). */
  label: string;
  /** The field holds the secret: a password input, kept apart in storage, never in a report. */
  secret: boolean;
  /** The engine cannot run without it (optional fields may stay empty). */
  required: boolean;
  maxLength: number;
  /** For text fields: the keyboard to offer. */
  inputMode?: 'url' | 'email';
  /** For a secret field: what the reveal button calls it ("Show token"). */
  noun?: string;
  hint: readonly HintPart[];
  /** The hint once the local checks know what the engine will contact. */
  targetHint?: (target: string) => string;
  placeholder?: string;
  /** A date input (`YYYY-MM-DD`) instead of text. */
  type?: 'date';
}

type Extract2<U, K> = Extract<U, { kind: K }>;

export interface KindForm<K extends CredentialKind> {
  kind: K;
  /** The name of the kind in the "Credential type" list and in report headers. */
  label: string;
  /** In the order the form shows them. */
  fields: readonly FieldSpec[];
  /** Report header: what the profile's URL is called ("Site", "Server") and what its secret is ("Token", "Key"). */
  urlLabel: string;
  secretLabel: string;
  /** Where its checks go, for "Sends read-only requests to …": "Atlassian", "your Data Center server". */
  checksGoTo: string;
  /** What the profile points at, for lists: `acme.atlassian.net`, `org 1a2b…`; '' when it has none. */
  describe(profile: Extract2<Profile, K> | Extract2<ProfileDraft, K>): string;
  /** Values that are not text fields (Cloud's "Also check" boxes), kept in the draft as they are. */
  extraKeys?: readonly 'alsoCheck'[];
  /** Those values as they are saved; {} when none. */
  extras?(draft: Extract2<ProfileDraft, K>): Partial<Extract2<Profile, K>>;
}

export function defineForm<K extends CredentialKind>(form: KindForm<K>): KindForm<K> {
  return form;
}

/** The host a typed URL names (`https://` assumed), or '' when it names none. */
export function hostOf(url: string): string {
  const text = url.trim();
  if (text === '') return '';
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).host;
  } catch {
    return '';
  }
}
