/**
 * The minimal-scope helper: the admin ticks what the vendor must do and gets the smallest scope
 * set to ask for when creating a new scoped token, classic and granular, from the catalogue
 * (https://github.com/salto-io/jira-swaggers). Write tasks use the classic names listed in https://github.com/salto-io/jira-swaggers; their granular scopes are not
 * in https://github.com/salto-io/jira-swaggers, so the helper says so rather than inventing them.
 */
import { CAPABILITIES, type Capability } from '../atlassian/scope-catalogue';

interface ScopeTask {
  id: string;
  label: string;
  /** Catalogue capabilities the task needs (reads: their scopes are known). */
  capabilities: string[];
  /** Extra classic scopes for what cannot be probed with GET (https://github.com/salto-io/jira-swaggers scope names). */
  extraClassic?: string[];
}

export const SCOPE_TASKS: readonly ScopeTask[] = [
  { id: 'read-issues', label: 'read issues', capabilities: ['search-issues', 'read-issues'] },
  {
    id: 'create-issues',
    label: 'create and edit issues',
    capabilities: ['read-issues'],
    extraClassic: ['write:jira-work'],
  },
  { id: 'read-projects', label: 'list projects', capabilities: ['browse-projects'] },
  { id: 'read-users', label: 'read users', capabilities: ['search-users'] },
  {
    id: 'read-jira-configuration',
    label: 'read Jira configuration',
    capabilities: ['read-jira-configuration', 'read-fields', 'read-statuses'],
  },
  { id: 'read-audit-log', label: 'read the Jira audit log', capabilities: ['administer-jira'] },
  { id: 'manage-projects', label: 'manage projects', capabilities: [], extraClassic: ['manage:jira-project'] },
  { id: 'manage-webhooks', label: 'manage webhooks', capabilities: [], extraClassic: ['manage:jira-webhook'] },
  {
    id: 'read-confluence-pages',
    label: 'read Confluence pages',
    capabilities: ['read-confluence-pages', 'read-confluence-spaces'],
  },
];

interface MinimalScopes {
  classic: string[];
  granular: string[];
  /** Tasks whose granular scopes https://github.com/salto-io/jira-swaggers does not list (writes): check Atlassian's docs. */
  granularUnknownFor: string[];
  /** Capabilities with no classic scope (Confluence v2: granular only, https://github.com/salto-io/jira-swaggers). */
  granularOnlyFor: string[];
}

/** Where scoped API tokens are made (https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/: "Create API token with scopes"). */
export const SCOPED_TOKEN_PAGE = 'https://id.atlassian.com/manage-profile/security/api-tokens';

function capability(id: string): Capability {
  const found = CAPABILITIES.find((c) => c.id === id);
  if (!found) throw new Error(`unknown capability ${id}`);
  return found;
}

export function minimalScopes(taskIds: readonly string[]): MinimalScopes {
  const classic = new Set<string>();
  const granular = new Set<string>();
  const granularUnknownFor: string[] = [];
  const granularOnlyFor: string[] = [];
  for (const task of SCOPE_TASKS.filter((t) => taskIds.includes(t.id))) {
    for (const id of task.capabilities) {
      const c = capability(id);
      // Classic: any one is enough (https://github.com/hunyadi/md2conf/issues/169); the catalogue lists one per endpoint.
      if (c.classic[0]) classic.add(c.classic[0]);
      else granularOnlyFor.push(c.label);
      // Granular: all of them are needed.
      for (const s of c.granular) granular.add(s);
    }
    for (const s of task.extraClassic ?? []) classic.add(s);
    if (task.extraClassic) granularUnknownFor.push(task.label);
  }
  return { classic: [...classic].sort(), granular: [...granular].sort(), granularUnknownFor, granularOnlyFor };
}
