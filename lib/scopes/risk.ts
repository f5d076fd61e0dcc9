/**
 * The risk summary at the top of a scope report: what whoever holds the token can do, and how long.
 * Pure function of the rows, the model and what the credential itself says.
 */
import { isWriteScope } from '../atlassian/scope-catalogue';
import { relativeTime } from '../atlassian/oauth-token';
import type { CredentialKind } from '../model/profile';
import type { Risk, RiskLevel, ScopeModel, ScopeRow } from './types';

interface RiskInput {
  kind: CredentialKind;
  model: ScopeModel;
  rows: ScopeRow[];
  declaredScopes?: string[];
  /** OAuth: ISO expiry from the JWT `exp` (https://github.com/MrRefactoring/jira.js/issues/269). */
  expiresAt?: string;
  accountName?: string;
  /** Scoped/OAuth: the user behind the token is a Jira administrator (mypermissions). */
  userIsAdmin?: boolean;
  now: number;
}

const LEVEL_ORDER: RiskLevel[] = ['high', 'medium', 'low', 'info'];

const has = (rows: ScopeRow[], id: string) => rows.some((r) => r.id === id && r.state === 'granted');

function expiryRisk(input: RiskInput): Risk {
  if (input.expiresAt) {
    const at = Date.parse(input.expiresAt);
    const when = relativeTime(at, input.now);
    return at <= input.now
      ? { id: 'expired', level: 'info', text: `Expired ${when} (${input.expiresAt})` }
      : { id: 'expires', level: 'info', text: `Expires ${when} (${input.expiresAt})` };
  }
  if (input.kind === 'cloud-api-token') {
    // https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/: 1 to 365 days, and no API tells the expiry.
    return {
      id: 'expiry-unknown',
      level: 'info',
      text: 'Expiry unknown — Atlassian API tokens last at most a year (1 to 365 days, set when the token was made)',
    };
  }
  return { id: 'expiry-unknown', level: 'info', text: 'Expiry unknown: this credential does not say when it ends' };
}

export function risksOf(input: RiskInput): Risk[] {
  const risks: Risk[] = [];
  const { rows } = input;
  const who = input.accountName ? ` (${input.accountName})` : '';
  if (input.model === 'unscoped') {
    if (has(rows, 'ADMINISTER') || has(rows, 'SYSTEM_ADMIN')) {
      risks.push({
        id: 'unscoped-jira-admin',
        level: 'high',
        text: `Unscoped token of a Jira administrator${who}: whoever holds it can administer your site`,
      });
    } else {
      risks.push({
        id: 'unscoped',
        level: 'medium',
        text: `Unscoped token${who}: whoever holds it can do everything this user can, in every product`,
      });
    }
    if (has(rows, 'site-admin'))
      risks.push({
        id: 'site-admin',
        level: 'high',
        text: 'The user is a site or organization admin: the token reaches admin-only APIs too',
      });
  }
  if (input.model === 'scoped' || input.model === 'oauth') {
    const writes = (input.declaredScopes ?? []).filter(isWriteScope);
    if (writes.length > 0) {
      risks.push({
        id: 'write-scopes',
        level: 'high',
        text: `${input.model === 'oauth' ? 'OAuth token' : 'Scoped token'} with write scopes: ${writes.join(', ')}`,
      });
    } else if (input.model === 'scoped') {
      risks.push({
        id: 'write-scopes-unseen',
        level: 'info',
        text: 'Write scopes cannot be seen from outside: only read calls were probed, nothing was written',
      });
    }
    if (has(rows, 'administer-jira') || has(rows, 'read-all-permissions')) {
      risks.push({
        id: 'configuration-scope',
        level: 'medium',
        text: 'The token has a Jira configuration scope (manage:jira-configuration or its granular equivalents)',
      });
    }
    if (input.userIsAdmin) {
      risks.push({
        id: 'admin-user',
        level: 'medium',
        text: `The token belongs to a Jira administrator${who}: whatever its scopes allow runs with admin rights`,
      });
    }
    const granted = rows.filter((r) => r.state === 'granted').length;
    risks.push({
      id: 'scoped',
      level: 'low',
      text: `${input.model === 'oauth' ? 'OAuth token' : 'Scoped token'}: it can do only what its scopes allow (${granted} of ${rows.length} checked capabilities)`,
    });
  }
  if (input.model === 'not-applicable') {
    risks.push(
      input.kind === 'org-admin-key'
        ? {
            id: 'org-admin-key',
            level: 'high',
            text: 'Organization API key: it acts on the organization through the admin APIs; it has no scopes to check',
          }
        : {
            id: 'no-scopes',
            level: 'medium',
            text: 'Data Center personal access token: it acts with all of its user’s permissions; Data Center tokens have no scopes',
          },
    );
  }
  if (input.model !== 'failed') risks.push(expiryRisk(input));
  // The highest risk first: it is the one `data-risk` shows (stable within a level).
  return risks.sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
}
