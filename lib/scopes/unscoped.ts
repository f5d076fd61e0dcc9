/**
 * Unscoped API tokens: scopes do not apply, the token can do whatever its user can (https://support.atlassian.com/atlassian-cloud/kb/401-unauthorized-error-when-service-account-accesses-jira-or-confluence-api).
 * So the rows say who the user is and what they may do: Jira access (`myself`), global permissions
 * (`mypermissions`), Confluence access (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md) and site/org admin (Id Mapping, https://developer.atlassian.com/cloud/migration/triggering-id-mapping-job).
 */
import { GLOBAL_PERMISSION_KEYS, type GlobalPermissionKey } from '../atlassian/scope-catalogue';
import { parseJson } from '../atlassian/responses';
import type { Observation } from '../model/report';
import { evidenceLine } from './interpret';
import type { ScopeRow, ScopeState } from './types';

const PERMISSION_LABELS: Record<GlobalPermissionKey, string> = {
  ADMINISTER: 'administer Jira (Jira admin)',
  SYSTEM_ADMIN: 'Jira system administration',
  USER_PICKER: 'browse and search users',
  CREATE_SHARED_OBJECTS: 'share dashboards and filters',
  BULK_CHANGE: 'change many issues at once (bulk change)',
};

/** `{"permissions":{"ADMINISTER":{"havePermission":true,…}}}` → key → boolean. */
export function parseMyPermissions(observation: Observation | undefined): Record<string, boolean> | undefined {
  if (observation?.status !== 200) return undefined;
  const json = parseJson(observation) as { permissions?: Record<string, { havePermission?: unknown }> } | undefined;
  if (!json?.permissions || typeof json.permissions !== 'object') return undefined;
  const result: Record<string, boolean> = {};
  for (const [key, value] of Object.entries(json.permissions)) {
    if (typeof value?.havePermission === 'boolean') result[key] = value.havePermission;
  }
  return result;
}

/** Group and application role names from `myself?expand=groups,applicationRoles`. */
export function parseMembership(observation: Observation | undefined): {
  groups: string[];
  applicationRoles: string[];
} {
  const json = observation ? (parseJson(observation) as Record<string, unknown> | undefined) : undefined;
  const names = (value: unknown): string[] => {
    const items = (value as { items?: unknown } | undefined)?.items;
    if (!Array.isArray(items)) return [];
    return items.flatMap((i: unknown) => {
      const name = (i as { name?: unknown } | null)?.name;
      return typeof name === 'string' ? [name] : [];
    });
  };
  return { groups: names(json?.groups), applicationRoles: names(json?.applicationRoles) };
}

function userRow(
  id: string,
  product: ScopeRow['product'],
  label: string,
  state: ScopeState,
  evidence: string,
): ScopeRow {
  return { id, product, label, scopesClassic: [], scopesGranular: [], state, evidence };
}

interface UnscopedObservations {
  myself: Observation;
  permissions?: Observation;
  confluence?: Observation;
  idMapping?: Observation;
}

export function unscopedRows(seen: UnscopedObservations): ScopeRow[] {
  const rows: ScopeRow[] = [
    userRow(
      'jira-access',
      'jira',
      'use Jira',
      seen.myself.status === 200 ? 'granted' : 'unknown',
      evidenceLine(seen.myself),
    ),
  ];
  const permissions = parseMyPermissions(seen.permissions);
  for (const key of GLOBAL_PERMISSION_KEYS) {
    const have = permissions?.[key];
    const state: ScopeState = have === undefined ? 'unknown' : have ? 'granted' : 'missing';
    rows.push(
      userRow(
        key,
        'jira',
        PERMISSION_LABELS[key],
        state,
        seen.permissions
          ? `${evidenceLine(seen.permissions)}${have === undefined ? '' : ` (havePermission: ${String(have)})`}`
          : 'not probed',
      ),
    );
  }
  if (seen.confluence) {
    const s = seen.confluence.status;
    // https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: 403 "caller cannot access Confluence" — Jira accepted the token, so it is about access.
    const state: ScopeState = s === 200 ? 'granted' : s === 403 ? 'missing' : 'unknown';
    rows.push(userRow('confluence-access', 'confluence', 'use Confluence', state, evidenceLine(seen.confluence)));
  }
  if (seen.idMapping) {
    const o = seen.idMapping;
    // https://developer.atlassian.com/cloud/migration/triggering-id-mapping-job: 404 "Job not found" = accepted and admin enough; 403 = not a site or org admin.
    const state: ScopeState =
      o.status === 404 && /Job not found/i.test(o.body) ? 'granted' : o.status === 403 ? 'missing' : 'unknown';
    rows.push(userRow('site-admin', 'site', 'site or organization admin (Id Mapping API)', state, evidenceLine(o)));
  }
  return rows;
}
