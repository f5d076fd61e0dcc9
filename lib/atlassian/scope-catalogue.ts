/**
 * The capability catalogue of the scope check: each cheap read-only GET endpoint of https://github.com/salto-io/jira-swaggers with
 * its classic ("Current") and granular ("Beta") scopes, whether it is anonymous-capable, its product,
 * and what it means to a person. Data only; lib/scopes plans, interprets and explains from it.
 *
 * Probe paths carry bogus ids or queries that match nothing (`SCOPECHECK-0`, a user query no one
 * has), so that nothing real is read: the scope gate answers before routing (https://github.com/hunyadi/md2conf/issues/169).
 */
import { CONFLUENCE_USER_CURRENT, JIRA_MYSELF, type EndpointInfo } from './endpoints';

export type ScopeProduct = 'jira' | 'confluence';

export interface Capability extends EndpointInfo {
  /** Stable id: the `data-scope` of the UI contract and the key in the JSON report. */
  id: string;
  product: ScopeProduct;
  /** What it means to a person, e.g. "read issues". */
  label: string;
  /** The path (with query) the probe sends, below the product root. */
  probePath: string;
  /** Whether a person who lacks the Jira permission gets a 403 behind a granted scope (https://github.com/salto-io/jira-swaggers responses). */
  adminOnly?: boolean;
}

/** Global permission keys asked of `mypermissions` (Jira's global permissions). */
export const GLOBAL_PERMISSION_KEYS = [
  'ADMINISTER',
  'SYSTEM_ADMIN',
  'USER_PICKER',
  'CREATE_SHARED_OBJECTS',
  'BULK_CHANGE',
] as const;
export type GlobalPermissionKey = (typeof GLOBAL_PERMISSION_KEYS)[number];

const BOGUS_ISSUE = 'SCOPECHECK-0';

/** https://github.com/salto-io/jira-swaggers, Jira table (GET, classic = any one, granular = all of them). */
const JIRA_CAPABILITIES: readonly Capability[] = [
  {
    ...JIRA_MYSELF,
    id: 'read-own-profile',
    product: 'jira',
    label: 'see whose token it is (own profile)',
    probePath: JIRA_MYSELF.path,
  },
  {
    id: 'read-own-permissions',
    product: 'jira',
    label: 'check its own permissions',
    path: '/rest/api/3/mypermissions',
    probePath: `/rest/api/3/mypermissions?permissions=${GLOBAL_PERMISSION_KEYS.join(',')}`,
    classic: ['read:jira-work'],
    granular: ['read:permission:jira'],
    anonymous: true,
  },
  {
    id: 'browse-projects',
    product: 'jira',
    label: 'list projects',
    path: '/rest/api/3/project/search',
    probePath: '/rest/api/3/project/search?maxResults=1&query=scopecheck-matches-nothing',
    classic: ['read:jira-work'],
    granular: [
      'read:issue-type:jira',
      'read:project:jira',
      'read:project.property:jira',
      'read:user:jira',
      'read:application-role:jira',
      'read:avatar:jira',
      'read:group:jira',
      'read:issue-type-hierarchy:jira',
      'read:project-category:jira',
      'read:project-version:jira',
      'read:project.component:jira',
    ],
    anonymous: true,
  },
  {
    id: 'search-issues',
    product: 'jira',
    label: 'search issues (JQL)',
    path: '/rest/api/3/search/jql',
    probePath: `/rest/api/3/search/jql?jql=${encodeURIComponent(`key = ${BOGUS_ISSUE}`)}&maxResults=1&fields=id`,
    classic: ['read:jira-work'],
    granular: [
      'read:issue-details:jira',
      'read:audit-log:jira',
      'read:avatar:jira',
      'read:field-configuration:jira',
      'read:issue-meta:jira',
    ],
    anonymous: true,
  },
  {
    id: 'read-issues',
    product: 'jira',
    label: 'read issues',
    path: '/rest/api/3/issue/{issueIdOrKey}',
    probePath: `/rest/api/3/issue/${BOGUS_ISSUE}`,
    classic: ['read:jira-work'],
    granular: [
      'read:issue-meta:jira',
      'read:issue-security-level:jira',
      'read:issue.vote:jira',
      'read:issue.changelog:jira',
      'read:avatar:jira',
      'read:issue:jira',
      'read:status:jira',
      'read:user:jira',
      'read:field-configuration:jira',
    ],
    anonymous: true,
  },
  {
    id: 'read-fields',
    product: 'jira',
    label: 'read fields',
    path: '/rest/api/3/field',
    probePath: '/rest/api/3/field',
    classic: ['read:jira-work'],
    granular: [
      'read:field:jira',
      'read:avatar:jira',
      'read:project-category:jira',
      'read:project:jira',
      'read:field-configuration:jira',
    ],
    anonymous: true,
  },
  {
    id: 'search-users',
    product: 'jira',
    label: 'search users',
    path: '/rest/api/3/user/search',
    probePath: '/rest/api/3/user/search?query=scopecheck-matches-nobody&maxResults=1',
    classic: ['read:jira-user'],
    granular: [
      'read:user:jira',
      'read:user.property:jira',
      'read:application-role:jira',
      'read:avatar:jira',
      'read:group:jira',
    ],
    anonymous: true,
  },
  {
    id: 'read-statuses',
    product: 'jira',
    label: 'read workflow statuses',
    path: '/rest/api/3/status',
    probePath: '/rest/api/3/status',
    classic: ['read:jira-work'],
    granular: ['read:status:jira'],
    anonymous: true,
  },
  {
    id: 'read-jira-configuration',
    product: 'jira',
    label: 'read Jira configuration',
    path: '/rest/api/3/configuration',
    probePath: '/rest/api/3/configuration',
    classic: ['read:jira-user'],
    granular: ['read:instance-configuration:jira', 'read:issue.time-tracking:jira'],
    anonymous: false,
  },
  {
    id: 'read-all-permissions',
    product: 'jira',
    label: 'list every Jira permission (configuration)',
    path: '/rest/api/3/permissions',
    probePath: '/rest/api/3/permissions',
    classic: ['manage:jira-configuration'],
    granular: ['read:permission:jira'],
    anonymous: true,
    adminOnly: true,
  },
  {
    id: 'administer-jira',
    product: 'jira',
    label: 'administer Jira (audit log)',
    path: '/rest/api/3/auditing/record',
    probePath: '/rest/api/3/auditing/record?limit=1&filter=scopecheck-matches-nothing',
    classic: ['manage:jira-configuration'],
    granular: ['read:audit-log:jira', 'read:user:jira'],
    anonymous: false,
    adminOnly: true,
  },
];

/** https://github.com/salto-io/jira-swaggers, Confluence table; v2 has granular scopes only. */
const CONFLUENCE_CAPABILITIES: readonly Capability[] = [
  {
    ...CONFLUENCE_USER_CURRENT,
    id: 'use-confluence',
    product: 'confluence',
    label: 'use Confluence as this user (v1 API)',
    probePath: CONFLUENCE_USER_CURRENT.path,
  },
  {
    id: 'read-confluence-spaces',
    product: 'confluence',
    label: 'read Confluence spaces',
    path: '/wiki/api/v2/spaces',
    probePath: '/wiki/api/v2/spaces?limit=1&keys=SCOPECHECK0',
    classic: [],
    granular: ['read:space:confluence'],
    anonymous: false,
  },
  {
    id: 'read-confluence-pages',
    product: 'confluence',
    label: 'read Confluence pages',
    path: '/wiki/api/v2/pages',
    probePath: '/wiki/api/v2/pages?limit=1&id=999999999999',
    classic: [],
    granular: ['read:page:confluence'],
    anonymous: false,
  },
];

export const CAPABILITIES: readonly Capability[] = [...JIRA_CAPABILITIES, ...CONFLUENCE_CAPABILITIES];

/** The endpoint's short name in evidence lines: `search/jql`, `issue/{issueIdOrKey}`, `user/current (v1)`, `spaces (v2)`. */
export function endpointName(capability: Pick<Capability, 'path'>): string {
  const path = capability.path;
  if (path.startsWith('/wiki/api/v2/')) return `${path.slice('/wiki/api/v2/'.length)} (v2)`;
  if (path.startsWith('/wiki/rest/api/')) return `${path.slice('/wiki/rest/api/'.length)} (v1)`;
  return path.replace(/^\/rest\/api\/\d\//, '');
}

/** Every scope the catalogue's endpoints name, classic first, each once, in catalogue order. */
export function catalogueScopes(capabilities: readonly Capability[] = CAPABILITIES): {
  scope: string;
  family: 'classic' | 'granular';
  product: ScopeProduct;
}[] {
  const seen = new Map<string, { scope: string; family: 'classic' | 'granular'; product: ScopeProduct }>();
  for (const family of ['classic', 'granular'] as const)
    for (const c of capabilities)
      for (const scope of c[family]) if (!seen.has(scope)) seen.set(scope, { scope, family, product: c.product });
  return [...seen.values()];
}

/** Scopes that let a token change things (https://github.com/salto-io/jira-swaggers names); their presence is a risk. */
export function isWriteScope(scope: string): boolean {
  return /^(write|manage|delete):/.test(scope);
}

/** Does a set of declared scopes pass the gate of this endpoint? Classic: any one; granular: all (https://github.com/hunyadi/md2conf/issues/169). */
export function scopesAllow(capability: Pick<Capability, 'classic' | 'granular'>, scopes: readonly string[]): boolean {
  if (capability.classic.length === 0 && capability.granular.length === 0) return true;
  const has = new Set(scopes);
  return (
    capability.classic.some((s) => has.has(s)) ||
    (capability.granular.length > 0 && capability.granular.every((s) => has.has(s)))
  );
}
