/**
 * One profile of every credential kind (and the common Cloud token cases) with the secret it
 * holds: every report a test builds from them is scanned by `findSecrets` (secret-scan.ts).
 */
import type { Profile } from '../../lib/model/profile';
import * as world from '../../emulator';
import type { Credential } from './secret-scan';

const stamp = { id: 'p1', name: 'Acme', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z' };
const acme = `https://${world.ACME_HOST}`;

export type CredentialScenario = [name: string, profile: Profile, credential: Credential];

export function cloudScenario(name: string, email: string, token: string, siteUrl = acme): CredentialScenario {
  return [name, { ...stamp, kind: 'cloud-api-token', siteUrl, email, apiToken: token }, { token, email }];
}

export const CREDENTIAL_SCENARIOS: CredentialScenario[] = [
  cloudScenario('unscoped admin', world.ADMIN_EMAIL, world.UNSCOPED_TOKEN),
  cloudScenario('unscoped member', world.MEMBER_EMAIL, world.MEMBER_TOKEN),
  cloudScenario('scoped classic', world.ADMIN_EMAIL, world.SCOPED_TOKEN_CLASSIC_READS),
  cloudScenario('scoped granular', world.MEMBER_EMAIL, world.SCOPED_TOKEN_GRANULAR_ONLY),
  cloudScenario('scoped mixed', world.ADMIN_EMAIL, world.SCOPED_TOKEN_MIXED),
  cloudScenario('revoked', world.ADMIN_EMAIL, world.REVOKED_TOKEN),
  [
    'oauth',
    { ...stamp, kind: 'oauth-access-token', accessToken: world.OAUTH_ACCESS_TOKEN, siteUrl: acme },
    { token: world.OAUTH_ACCESS_TOKEN },
  ],
  ['org key', { ...stamp, kind: 'org-admin-key', apiKey: world.ORG_API_KEY, orgId: '' }, { token: world.ORG_API_KEY }],
  [
    'dc pat',
    { ...stamp, kind: 'dc-pat', serverUrl: `https://${world.DC_HOST}`, pat: world.DC_PAT },
    { token: world.DC_PAT },
  ],
  [
    'bitbucket api token',
    {
      ...stamp,
      kind: 'bitbucket-api-token',
      email: world.BITBUCKET_EMAIL,
      bitbucketApiToken: world.BITBUCKET_API_TOKEN,
      workspace: world.BITBUCKET_WORKSPACE,
    },
    { token: world.BITBUCKET_API_TOKEN, email: world.BITBUCKET_EMAIL },
  ],
  [
    'bitbucket access token',
    {
      ...stamp,
      kind: 'bitbucket-access-token',
      bitbucketAccessToken: world.BITBUCKET_REPO_ACCESS_TOKEN,
      workspace: world.BITBUCKET_WORKSPACE,
    },
    { token: world.BITBUCKET_REPO_ACCESS_TOKEN },
  ],
];
