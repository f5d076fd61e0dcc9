/**
 * "Diagnose" from a pasted request runs the engine on a profile that is never stored
 * (pasted text is not stored unless saved as a profile). The engine's cloudId cache is
 * read, so a known site costs no extra round trip, but not written.
 */
import type { EngineCache } from '../probe/deps';
import type { CloudApiTokenProfile } from '../model/profile';

export const DRAFT_PROFILE_ID = 'pasted-request';

/** What a pasted request gives: a Cloud API token credential (the only kind a request reveals whole). */
type DraftCredential = Pick<CloudApiTokenProfile, 'kind' | 'siteUrl' | 'email' | 'apiToken'>;

export function draftProfile(draft: DraftCredential, now: Date): CloudApiTokenProfile {
  const at = now.toISOString();
  return {
    kind: 'cloud-api-token',
    siteUrl: draft.siteUrl,
    email: draft.email,
    apiToken: draft.apiToken,
    id: DRAFT_PROFILE_ID,
    name: 'Pasted request',
    createdAt: at,
    updatedAt: at,
  };
}

export function readOnlyCache(cache: EngineCache): EngineCache {
  return { get: (key) => cache.get(key), set: async () => undefined };
}
