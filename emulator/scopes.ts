/**
 * The gateway's scope gate (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md): which scopes each read-only endpoint needs, from the
 * OpenAPI `x-atlassian-oauth2-scopes` tables of Jira's OpenAPI spec (https://github.com/jarekbird/jira-api-mcp-wrapper). The emulator keeps its own copy rather
 * than importing lib/atlassian, so that tests of the product's catalogue are not circular.
 */

interface ScopeRule {
  product: 'jira' | 'confluence';
  /** Matched against the path after `/ex/{product}/{cloudId}`. */
  pattern: RegExp;
  /** Classic ("Current") scopes: any one of them is enough. */
  classic: readonly string[];
  /** Granular ("Beta") scopes: all of them are needed (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: separate grants). */
  granular: readonly string[];
}

/** Jira's OpenAPI spec (https://github.com/jarekbird/jira-api-mcp-wrapper), Jira table, GET only. The v2 paths are assumed to need what v3 needs. */
const J = (path: string): RegExp => new RegExp(`^/rest/api/[23]/${path}$`);

export const SCOPE_RULES: readonly ScopeRule[] = [
  {
    product: 'jira',
    pattern: J('myself'),
    classic: ['read:jira-user'],
    granular: ['read:application-role:jira', 'read:group:jira', 'read:user:jira', 'read:avatar:jira'],
  },
  { product: 'jira', pattern: J('serverInfo'), classic: [], granular: [] },
  { product: 'jira', pattern: J('mypermissions'), classic: ['read:jira-work'], granular: ['read:permission:jira'] },
  {
    product: 'jira',
    pattern: J('project/search'),
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
  },
  {
    product: 'jira',
    pattern: J('search/jql'),
    classic: ['read:jira-work'],
    granular: [
      'read:issue-details:jira',
      'read:audit-log:jira',
      'read:avatar:jira',
      'read:field-configuration:jira',
      'read:issue-meta:jira',
    ],
  },
  {
    product: 'jira',
    pattern: J('field'),
    classic: ['read:jira-work'],
    granular: [
      'read:field:jira',
      'read:avatar:jira',
      'read:project-category:jira',
      'read:project:jira',
      'read:field-configuration:jira',
    ],
  },
  {
    product: 'jira',
    pattern: J('user/search'),
    classic: ['read:jira-user'],
    granular: [
      'read:user:jira',
      'read:user.property:jira',
      'read:application-role:jira',
      'read:avatar:jira',
      'read:group:jira',
    ],
  },
  {
    product: 'jira',
    pattern: J('issue/[^/]+'),
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
  },
  {
    product: 'jira',
    pattern: J('permissions'),
    classic: ['manage:jira-configuration'],
    granular: ['read:permission:jira'],
  },
  {
    product: 'jira',
    pattern: J('auditing/record'),
    classic: ['manage:jira-configuration'],
    granular: ['read:audit-log:jira', 'read:user:jira'],
  },
  {
    product: 'jira',
    pattern: J('configuration'),
    classic: ['read:jira-user'],
    granular: ['read:instance-configuration:jira', 'read:issue.time-tracking:jira'],
  },
  { product: 'jira', pattern: J('status'), classic: ['read:jira-work'], granular: ['read:status:jira'] },
  // Confluence: the v1 OpenAPI spec's scopes and, for v2, https://github.com/drummonds/gofluence (openapi-v2.v3.json).
  {
    product: 'confluence',
    pattern: /^\/wiki\/rest\/api\/user\/current$/,
    classic: ['read:confluence-user'],
    granular: ['read:content-details:confluence'],
  },
  {
    product: 'confluence',
    pattern: /^\/wiki\/rest\/api\/space\/[^/]+$/,
    classic: ['read:confluence-space.summary'],
    granular: ['read:content-details:confluence'],
  },
  {
    product: 'confluence',
    pattern: /^\/wiki\/rest\/api\/space\/[^/]+\/content$/,
    classic: ['read:confluence-content.summary'],
    granular: ['read:content-details:confluence'],
  },
  {
    product: 'confluence',
    pattern: /^\/wiki\/rest\/api\/content\/search$/,
    classic: ['search:confluence'],
    granular: ['read:content-details:confluence'],
  },
  {
    product: 'confluence',
    pattern: /^\/wiki\/rest\/api\/settings\/systemInfo$/,
    classic: ['manage:confluence-configuration'],
    granular: ['read:configuration:confluence'],
  },
  { product: 'confluence', pattern: /^\/wiki\/api\/v2\/spaces$/, classic: [], granular: ['read:space:confluence'] },
  { product: 'confluence', pattern: /^\/wiki\/api\/v2\/pages$/, classic: [], granular: ['read:page:confluence'] },
];

/** The rule for a product path, or undefined when the emulator does not know the endpoint. */
export function scopeRuleFor(product: 'jira' | 'confluence', path: string): ScopeRule | undefined {
  return SCOPE_RULES.find((r) => r.product === product && r.pattern.test(path));
}

/** Classic: any one listed scope; granular: the whole set (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md, Jira's OpenAPI spec (https://github.com/jarekbird/jira-api-mcp-wrapper)). */
export function scopesSatisfy(rule: ScopeRule, granted: readonly string[]): boolean {
  if (rule.classic.length === 0 && rule.granular.length === 0) return true;
  const has = new Set(granted);
  if (rule.classic.some((s) => has.has(s))) return true;
  return rule.granular.length > 0 && rule.granular.every((s) => has.has(s));
}
