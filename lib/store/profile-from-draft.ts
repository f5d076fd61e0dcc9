/**
 * Turns what the form edits into a profile record: keeps the id and `createdAt` of the profile
 * being edited, stamps `updatedAt`, copies only the fields of the draft's kind. Values are kept
 * as typed (the lint explains what it would change); only the display name is tidied.
 */
import type { Profile, ProfileDraft } from '../profiles/types';

export function fallbackName(siteUrl: string): string {
  const text = siteUrl.trim();
  if (text === '') return 'Untitled profile';
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`).host || 'Untitled profile';
  } catch {
    return 'Untitled profile';
  }
}

export function profileFromDraft(
  draft: ProfileDraft,
  { id, existing, now }: { id: string; existing: Profile | undefined; now: Date },
): Profile {
  const at = now.toISOString();
  const name = draft.name.trim() || fallbackName(draft.siteUrl);
  switch (draft.kind) {
    case 'cloud-api-token':
      return {
        id,
        kind: 'cloud-api-token',
        name,
        siteUrl: draft.siteUrl,
        email: draft.email,
        apiToken: draft.apiToken,
        createdAt: existing?.createdAt ?? at,
        updatedAt: at,
      };
  }
}
