/** The tokens with known scope sets the scope check is measured on (tests, `npm run bench`). */
import {
  ADMIN_EMAIL,
  OAUTH_SCOPE_MIX_TOKEN,
  SCOPED_TOKEN_CLASSIC_READS,
  SCOPED_TOKEN_CONFLUENCE_CLASSIC,
  SCOPED_TOKEN_MIXED,
} from './default-scenario';
import {
  SCOPE_TOKEN_CONFIGURATION,
  SCOPE_TOKEN_CONFLUENCE_GRANULAR,
  SCOPE_TOKEN_GRANULAR_READS,
} from './scope-scenario';

export interface ScopeCheckToken {
  /** For people and the bench: `classic only`, `Confluence granular`… */
  label: string;
  kind: 'cloud-api-token' | 'oauth-access-token';
  /** Basic tokens: the owner's email. */
  email?: string;
  token: string;
}

export const SCOPE_CHECK_TOKENS: readonly ScopeCheckToken[] = [
  {
    label: 'classic only, none for Confluence',
    kind: 'cloud-api-token',
    email: ADMIN_EMAIL,
    token: SCOPED_TOKEN_CLASSIC_READS,
  },
  { label: 'granular only', kind: 'cloud-api-token', email: ADMIN_EMAIL, token: SCOPE_TOKEN_GRANULAR_READS },
  { label: 'configuration only', kind: 'cloud-api-token', email: ADMIN_EMAIL, token: SCOPE_TOKEN_CONFIGURATION },
  { label: 'mixed', kind: 'cloud-api-token', email: ADMIN_EMAIL, token: SCOPED_TOKEN_MIXED },
  { label: 'Confluence classic', kind: 'cloud-api-token', email: ADMIN_EMAIL, token: SCOPED_TOKEN_CONFLUENCE_CLASSIC },
  { label: 'Confluence granular', kind: 'cloud-api-token', email: ADMIN_EMAIL, token: SCOPE_TOKEN_CONFLUENCE_GRANULAR },
  { label: 'OAuth, classic + granular', kind: 'oauth-access-token', token: OAUTH_SCOPE_MIX_TOKEN },
];
