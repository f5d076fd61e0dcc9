/**
 * Every kind's catalogue rows, merged. The findings catalogue reads them from here, so adding a
 * kind's words is one line below.
 */
import { BITBUCKET_ACCESS_TOKEN_WORDS } from './bitbucket-access-token/words';
import { BITBUCKET_API_TOKEN_WORDS } from './bitbucket-api-token/words';
import { CLOUD_API_TOKEN_WORDS } from './cloud-api-token/words';
import { CUSTOM_DOMAIN_WORDS } from './custom-domain/words';
import { DC_PAT_WORDS } from './dc-pat/words';
import { ENVIRONMENT_WORDS } from './environments/words';
import { OAUTH_ACCESS_TOKEN_WORDS } from './oauth-access-token/words';
import { ORG_ADMIN_KEY_WORDS } from './org-admin-key/words';

/** Each kind's table on its own, for the check that no code has two rows. */
export const KIND_WORD_TABLES = {
  'cloud-api-token': CLOUD_API_TOKEN_WORDS,
  'oauth-access-token': OAUTH_ACCESS_TOKEN_WORDS,
  'org-admin-key': ORG_ADMIN_KEY_WORDS,
  'dc-pat': DC_PAT_WORDS,
  'bitbucket-api-token': BITBUCKET_API_TOKEN_WORDS,
  'bitbucket-access-token': BITBUCKET_ACCESS_TOKEN_WORDS,
  environments: ENVIRONMENT_WORDS,
  'custom-domain': CUSTOM_DOMAIN_WORDS,
} as const;

export const KIND_WORDS = {
  ...CLOUD_API_TOKEN_WORDS,
  ...OAUTH_ACCESS_TOKEN_WORDS,
  ...ORG_ADMIN_KEY_WORDS,
  ...DC_PAT_WORDS,
  ...BITBUCKET_API_TOKEN_WORDS,
  ...BITBUCKET_ACCESS_TOKEN_WORDS,
  ...ENVIRONMENT_WORDS,
  ...CUSTOM_DOMAIN_WORDS,
};
