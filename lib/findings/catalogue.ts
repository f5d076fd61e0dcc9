/**
 * The findings catalogue: for each code, its group, severity, words, fix and sources. The rows
 * are filed by group (accepted.ts, url.ts, rejected.ts, refused.ts, other.ts, request.ts) and by
 * kind (lib/kinds/<kind>/words.ts); this file merges them and checks, when it compiles, that
 * every code has a row.
 */
import type { FindingCode, RowKey, VariantRow } from '../model/codes';
import type { Finding, FindingGroup } from '../model/report';
import { KIND_WORD_TABLES, KIND_WORDS } from '../kinds/words';
import { ACCEPTED_ROWS } from './accepted';
import type { Entry, FindingParams } from './entry';
import { OTHER_ROWS } from './other';
import { REFUSED_ROWS } from './refused';
import { REJECTED_ROWS } from './rejected';
import { REQUEST_ROWS } from './request';
import { URL_ROWS } from './url';

export type { FindingParams } from './entry';

/** Every table of rows, by name: the check that no code is defined twice reads them. */
export const CATALOGUE_TABLES = {
  accepted: ACCEPTED_ROWS,
  url: URL_ROWS,
  rejected: REJECTED_ROWS,
  refused: REFUSED_ROWS,
  other: OTHER_ROWS,
  request: REQUEST_ROWS,
  ...KIND_WORD_TABLES,
} as const;

const MERGED = {
  ...ACCEPTED_ROWS,
  ...URL_ROWS,
  ...REJECTED_ROWS,
  ...REFUSED_ROWS,
  ...OTHER_ROWS,
  ...REQUEST_ROWS,
  ...KIND_WORDS,
};

/** Completeness: this assignment fails to compile when a code or a variant has no row. */
export const CATALOGUE: Record<RowKey, Entry> = MERGED;

/**
 * Where a contract code takes a variant row (lib/model/codes.ts VARIANT_ROWS): the classifier
 * raises the contract code with the params that tell the context, and the row of that context
 * gives the words, severity, group and sources. One place decides it, so no caller overrides a
 * severity.
 */
const VARIANTS: { code: FindingCode; when: (p: FindingParams) => boolean; use: VariantRow }[] = [
  { code: 'CREDENTIALS_REJECTED', when: (p) => p.variant === 'oauth', use: 'OAUTH_TOKEN_REJECTED' },
  { code: 'HTTP_NOT_HTTPS', when: (p) => Boolean(p.serverUrl), use: 'SERVER_URL_NOT_HTTPS' },
  { code: 'URL_HAS_EXTRA_PATH', when: (p) => Boolean(p.serverUrl), use: 'SERVER_URL_HAS_EXTRA_PATH' },
  {
    code: 'HEADER_NAME_MISSPELLED',
    when: (p) => p.expected === 'Accept' || p.expected === 'Content-Type',
    use: 'CONTENT_HEADER_MISSPELLED',
  },
  { code: 'SMART_QUOTES', when: (p) => p.flavour === 'powershell', use: 'SMART_QUOTES_IN_POWERSHELL' },
  // Check a request: the same causes, said of a pasted request (nothing was checked instead).
  {
    code: 'WRONG_API_VERSION_FOR_DATA_CENTER',
    when: (p) => p.variant === 'request',
    use: 'WRONG_API_VERSION_IN_REQUEST',
  },
  { code: 'PAT_ON_CLOUD', when: (p) => p.variant === 'request', use: 'PAT_ON_CLOUD_IN_REQUEST' },
  { code: 'GOV_CLOUD_SITE', when: (p) => p.variant === 'request', use: 'GOV_CLOUD_SITE_IN_REQUEST' },
  // A pasted Confluence request names the path it is about (`path`); a diagnosis names its probe.
  {
    code: 'CONFLUENCE_URL_MISSING_WIKI',
    when: (p) => p.path !== undefined,
    use: 'CONFLUENCE_URL_MISSING_WIKI_IN_REQUEST',
  },
  {
    code: 'CONFLUENCE_V1_ENDPOINT_REMOVED',
    when: (p) => p.path !== undefined,
    use: 'CONFLUENCE_V1_ENDPOINT_REMOVED_IN_REQUEST',
  },
  {
    code: 'BITBUCKET_TOKEN_AS_BEARER',
    when: (p) => p.variant === 'request',
    use: 'BITBUCKET_TOKEN_AS_BEARER_IN_REQUEST',
  },
  { code: 'APP_PASSWORD_RETIRED', when: (p) => p.variant === 'request', use: 'APP_PASSWORD_RETIRED_IN_REQUEST' },
  // Bitbucket Cloud: the same causes, in Bitbucket's words (lib/kinds/bitbucket-api-token/words.ts)
  { code: 'AUTH_OK', when: (p) => p.product === 'bitbucket', use: 'BITBUCKET_AUTH_OK' },
  { code: 'CREDENTIALS_REJECTED', when: (p) => p.product === 'bitbucket', use: 'BITBUCKET_CREDENTIALS_REJECTED' },
  { code: 'SCOPE_MISSING', when: (p) => p.product === 'bitbucket', use: 'BITBUCKET_SCOPE_MISSING' },
  { code: 'EMAIL_NOT_AN_EMAIL', when: (p) => p.product === 'bitbucket', use: 'BITBUCKET_USERNAME_AS_EMAIL' },
  // A Confluence integration without Confluence access: an error there, a warning as an extra check.
  { code: 'NO_PRODUCT_ACCESS', when: (p) => p.expected === 'confluence-integration', use: 'NO_CONFLUENCE_ACCESS' },
  { code: 'HOST_PERMISSION_MISSING', when: (p) => p.variant === 'government', use: 'GOV_HOST_PERMISSION_MISSING' },
  // custom domains: a Cloud kind's site that answers as Data Center, and a custom domain not granted yet
  { code: 'CLOUD_TOKEN_ON_DATA_CENTER', when: (p) => p.variant === 'custom-domain', use: 'DATA_CENTER_SITE_AS_CLOUD' },
  {
    code: 'HOST_PERMISSION_MISSING',
    when: (p) => p.variant === 'custom-domain',
    use: 'CUSTOM_DOMAIN_HOST_PERMISSION_MISSING',
  },
  {
    code: 'OAUTH_SITE_NOT_GRANTED',
    when: (p) => p.variant === 'custom-domain',
    use: 'OAUTH_CUSTOM_DOMAIN_NOT_MATCHED',
  },
];

/** The row that speaks for a raised code and its params. */
export function entryFor(code: FindingCode, params: FindingParams): Entry {
  const moved = VARIANTS.find((m) => m.code === code && m.when(params));
  return CATALOGUE[moved ? moved.use : code];
}

/** A finding's group, also for a finding stored before findings carried one. */
export function groupOf(finding: Pick<Finding, 'code' | 'group'>): FindingGroup {
  return finding.group ?? CATALOGUE[finding.code].group;
}
