/** What the profile form edits, and how it compares with what is stored. */
import type { CredentialKind, Profile, ProfileDraft } from '@/lib/profiles/types';
import type { ProfileField } from '@/lib/diagnose/types';

export type FormField = 'name' | ProfileField;

/** The same limits as the stored record's schema (lib/profiles/record.ts). */
export const MAX_LENGTH: Record<FormField, number> = { name: 200, siteUrl: 2048, email: 320, apiToken: 4096 };

export function emptyDraft(kind: CredentialKind = 'cloud-api-token'): ProfileDraft {
  switch (kind) {
    case 'cloud-api-token':
      return { kind, name: '', siteUrl: '', email: '', apiToken: '' };
  }
}

export function draftOf(profile: Profile | undefined): ProfileDraft {
  if (!profile) return emptyDraft();
  switch (profile.kind) {
    case 'cloud-api-token':
      return { kind: profile.kind, name: profile.name, siteUrl: profile.siteUrl, email: profile.email, apiToken: profile.apiToken };
  }
}

/** Switching kind keeps the name and whatever fields the two kinds share. */
export function draftForKind(kind: CredentialKind, from: ProfileDraft): ProfileDraft {
  return { ...emptyDraft(kind), ...from, kind };
}

export function sameDraft(a: ProfileDraft, b: ProfileDraft): boolean {
  return a.kind === b.kind && a.name === b.name && a.siteUrl === b.siteUrl && a.email === b.email && a.apiToken === b.apiToken;
}
