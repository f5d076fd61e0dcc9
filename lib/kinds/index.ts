/**
 * The registry of credential kinds: one driver per kind, looked up by the engines (diagnosis,
 * scope check) and the form's local checks. Adding a kind is one folder and one line here
 * (lib/kinds/README.md).
 */
import type { CredentialKind } from '../model/profile';
import { BITBUCKET_ACCESS_TOKEN } from './bitbucket-access-token';
import { BITBUCKET_API_TOKEN } from './bitbucket-api-token';
import { CLOUD_API_TOKEN } from './cloud-api-token';
import { DC_PAT } from './dc-pat';
import { OAUTH_ACCESS_TOKEN } from './oauth-access-token';
import { ORG_ADMIN_KEY } from './org-admin-key';
import type { KindDriver } from './types';

export const KINDS: { [K in CredentialKind]: KindDriver<K> } = {
  'cloud-api-token': CLOUD_API_TOKEN,
  'oauth-access-token': OAUTH_ACCESS_TOKEN,
  'org-admin-key': ORG_ADMIN_KEY,
  'dc-pat': DC_PAT,
  'bitbucket-api-token': BITBUCKET_API_TOKEN,
  'bitbucket-access-token': BITBUCKET_ACCESS_TOKEN,
};

/** The driver of a kind; for a profile of any kind, its driver takes that profile. */
export function driverOf<K extends CredentialKind>(kind: K): KindDriver<K> {
  return KINDS[kind];
}
