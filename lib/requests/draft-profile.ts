/**
 * "Diagnose" from a pasted request runs the engine on a profile that is never stored
 * (pasted text is not stored unless saved as a profile). The engine's cloudId cache is
 * read, so a known site costs no extra round trip, but not written.
 */
import type { EngineCache } from '../probe/deps';
import type { CloudApiTokenProfile, DcPatProfile } from '../model/profile';

export const DRAFT_PROFILE_ID = 'pasted-request';

/**
 * What a pasted request gives whole: a Cloud API token with its site and email, or a Data Center
 * personal access token with its server. (Bitbucket requests give none until Token Doctor has
 * Bitbucket credential kinds.)
 */
type DraftCredential =
  | Pick<CloudApiTokenProfile, 'kind' | 'siteUrl' | 'email' | 'apiToken'>
  | Pick<DcPatProfile, 'kind' | 'serverUrl' | 'pat'>;

export function draftProfile(draft: DraftCredential, now: Date): CloudApiTokenProfile | DcPatProfile {
  const at = now.toISOString();
  const base = { id: DRAFT_PROFILE_ID, name: 'Pasted request', createdAt: at, updatedAt: at };
  if (draft.kind === 'dc-pat') return { kind: 'dc-pat', serverUrl: draft.serverUrl, pat: draft.pat, ...base };
  return { kind: 'cloud-api-token', siteUrl: draft.siteUrl, email: draft.email, apiToken: draft.apiToken, ...base };
}

export function readOnlyCache(cache: EngineCache): EngineCache {
  return { get: (key) => cache.get(key), set: async () => undefined };
}
