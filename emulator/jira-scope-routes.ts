/**
 * The Jira routes the scope check probes (Jira's OpenAPI spec (https://github.com/jarekbird/jira-api-mcp-wrapper) table) beyond those jira-api.ts answers, and
 * `myself?expand=groups,applicationRoles`. The gateway's scope gate has already run (gateway.ts,
 * https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md); here only the product's answer is made. The bodies are ASSUMPTIONS (Jira's OpenAPI spec (https://github.com/jarekbird/jira-api-mcp-wrapper) gives
 * statuses only), shaped like Jira's public docs; listed in README.md. Emulated rule for the user
 * layer: an account that administers the site (`siteAdminOf`) is a Jira administrator
 * (ADMINISTER, SYSTEM_ADMIN, group `jira-admins-<site>`, `site-admins`); everyone else is not.
 */
import type { Call, Caller } from './call';
import { json } from './responses/envelope';
import { clientMustBeAuthenticated, myself, seraphHeaders, type JiraCaller } from './responses/jira';
import type { AccountSpec, SiteSpec } from './scenario';

const GLOBAL_KEYS = ['ADMINISTER', 'SYSTEM_ADMIN', 'USER_PICKER', 'CREATE_SHARED_OBJECTS', 'BULK_CHANGE'] as const;

function isJiraAdmin(account: AccountSpec, site: SiteSpec): boolean {
  return (account.siteAdminOf ?? []).includes(site.host);
}

function siteName(site: SiteSpec): string {
  return site.host.split('.')[0] ?? site.host;
}

/** Assumption: the groups and application roles Jira lists for the account. */
function groupsOf(account: AccountSpec, site: SiteSpec): string[] {
  const groups = [`jira-software-users-${siteName(site)}`];
  if (isJiraAdmin(account, site)) groups.unshift(`jira-admins-${siteName(site)}`, 'site-admins');
  return groups;
}

function globalPermission(key: string, account: AccountSpec | undefined, site: SiteSpec): boolean {
  if (!account) return false; // anonymous: no global permission (assumption)
  if (key === 'ADMINISTER' || key === 'SYSTEM_ADMIN') return isJiraAdmin(account, site);
  return GLOBAL_KEYS.includes(key as (typeof GLOBAL_KEYS)[number]);
}

const adminRequired = {
  errorMessages: ['You are not authorized to perform this operation. Administrator privileges are required.'],
  errors: {},
};

/** An answer for the routes this file knows, or undefined to let jira-api.ts decide. */
export function jiraScopeRoute(
  call: Call,
  resource: string,
  caller: Caller,
  site: SiteSpec,
  apiBase: string,
): Response | undefined {
  const { ctx, url } = call;
  const seen: JiraCaller =
    caller.kind === 'authenticated' ? 'authenticated' : caller.kind === 'anonymous' ? 'anonymous' : 'rejected';
  const account = caller.kind === 'authenticated' ? caller.account : undefined;
  const headers = seraphHeaders(ctx, seen);
  const admin = account !== undefined && isJiraAdmin(account, site);
  switch (resource) {
    case 'myself': {
      if (!account || !/groups/.test(url.searchParams.get('expand') ?? '')) return undefined;
      const groups = groupsOf(account, site);
      const roles = account.jiraSites.includes(site.host) ? ['Jira Software'] : [];
      // The same User bean as plain /myself, with the expansion filled in.
      return myself(ctx, account, apiBase, { groups, applicationRoles: roles });
    }
    case 'mypermissions': {
      // Jira answers 400 without the `permissions` parameter (assumption from its docs).
      const keys = (url.searchParams.get('permissions') ?? '').split(',').filter(Boolean);
      if (keys.length === 0)
        return json(ctx, 400, { errorMessages: ['The permissions query parameter is required.'], errors: {} }, headers);
      const permissions = Object.fromEntries(
        keys.map((key) => [key, { key, type: 'GLOBAL', havePermission: globalPermission(key, account, site) }]),
      );
      return json(ctx, 200, { permissions }, headers);
    }
    case 'search/jql':
      // The emulated sites have no issues: a JQL naming a key answers 400 (assumption), otherwise empty.
      if (/\bkey\s*=/.test(url.searchParams.get('jql') ?? ''))
        return json(
          ctx,
          400,
          { errorMessages: ["An issue with key does not exist for field 'key'."], errors: {} },
          headers,
        );
      return json(ctx, 200, { issues: [], isLast: true }, headers);
    case 'field':
      return json(ctx, 200, [{ id: 'summary', key: 'summary', name: 'Summary', custom: false }], headers);
    case 'user/search':
      return json(ctx, 200, [], headers); // "no results" is a normal answer (reported for scoped tokens on user search)
    case 'status':
      return json(ctx, 200, [{ id: '1', name: 'To Do' }], headers);
    case 'configuration':
      if (!account) return clientMustBeAuthenticated(ctx, seen, call.request.headers.get('accept'));
      return json(
        ctx,
        200,
        { votingEnabled: true, watchingEnabled: true, subTasksEnabled: true, attachmentsEnabled: true },
        headers,
      );
    case 'permissions':
      // Jira's OpenAPI spec (https://github.com/jarekbird/jira-api-mcp-wrapper): 403 listed; assumption: for non-administrators.
      return admin ? json(ctx, 200, { permissions: {} }, headers) : json(ctx, 403, adminRequired, headers);
    case 'auditing/record':
      if (!account) return clientMustBeAuthenticated(ctx, seen, call.request.headers.get('accept'));
      return admin
        ? json(ctx, 200, { offset: 0, limit: 1, total: 0, records: [] }, headers)
        : json(ctx, 403, adminRequired, headers);
    default:
      return undefined;
  }
}
