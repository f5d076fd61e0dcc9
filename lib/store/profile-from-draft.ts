/**
 * Turns what the form edits into a profile record: keeps the id and `createdAt` of the profile
 * being edited, stamps `updatedAt`, copies only the fields of the draft's kind (so a secret typed
 * for one kind never travels with another). Values are kept as typed (the lint explains what it
 * would change); only the display name is tidied.
 */
import { profileTarget } from '../profiles/describe';
import type { Profile, ProfileDraft } from '../model/profile';

export function fallbackName(draft: ProfileDraft): string {
  return profileTarget(draft) || 'Untitled profile';
}

export function profileFromDraft(
  draft: ProfileDraft,
  { id, existing, now }: { id: string; existing: Profile | undefined; now: Date },
): Profile {
  const at = now.toISOString();
  const base = {
    id,
    name: draft.name.trim() || fallbackName(draft),
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
  switch (draft.kind) {
    case 'cloud-api-token': {
      const profile: Profile = {
        ...base,
        kind: draft.kind,
        siteUrl: draft.siteUrl,
        email: draft.email,
        apiToken: draft.apiToken,
      };
      const also = draft.alsoCheck;
      if (also && (also.confluence || also.idMapping || also.jsmOps)) {
        profile.alsoCheck = { confluence: !!also.confluence, idMapping: !!also.idMapping, jsmOps: !!also.jsmOps };
      }
      return profile;
    }
    case 'oauth-access-token':
      return { ...base, kind: draft.kind, accessToken: draft.accessToken, siteUrl: draft.siteUrl };
    case 'org-admin-key':
      return { ...base, kind: draft.kind, apiKey: draft.apiKey, orgId: draft.orgId };
    case 'dc-pat':
      return { ...base, kind: draft.kind, serverUrl: draft.serverUrl, pat: draft.pat };
  }
}
