/**
 * The risk summary at the top of a scope report: what whoever holds the token can do, and how long.
 * Pure function of the rows, the model and what the credential itself says.
 */
import { isWriteScope } from '../atlassian/scope-catalogue';
import { relativeTime } from '../atlassian/oauth-token';
import type { CredentialKind } from '../model/profile';
import type { Risk, RiskLevel, ScopeGrant, ScopeModel, ScopeRow } from './types';

interface RiskInput {
  kind: CredentialKind;
  model: ScopeModel;
  rows: ScopeRow[];
  /** Scoped and OAuth tokens: the inferred scopes; a risk names a scope only when it is proven. */
  scopes: ScopeGrant[];
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

/** A scope that configures or changes things: classic `manage:*`, or any write/delete/manage scope. */
function isConfigurationScope(scope: string): boolean {
  return isWriteScope(scope);
}

/**
 * "Has a configuration scope" only when the inference proved one held; proven absent when
 * manage:jira-configuration is missing and no other configuration scope is held; otherwise it is
 * said that read-only calls cannot tell.
 */
function configurationRisk(scopes: readonly ScopeGrant[]): Risk {
  const held = scopes.filter((g) => g.state === 'granted' && isConfigurationScope(g.scope));
  if (held.length > 0)
    return {
      id: 'configuration-scope',
      level: 'medium',
      text: `The token holds a configuration scope: ${held.map((g) => `${g.scope} (${g.evidence.replace(/\.$/, '')})`).join('; ')}`,
    };
  const jira = scopes.find((g) => g.scope === 'manage:jira-configuration');
  if (jira?.state === 'missing')
    return {
      id: 'configuration-scope-absent',
      level: 'info',
      text: `The token does not hold manage:jira-configuration (${jira.evidence.replace(/\.$/, '')}); granular write and configuration scopes cannot be told from read-only calls`,
    };
  return {
    id: 'configuration-scope-unknown',
    level: 'info',
    text: 'Whether the token holds a configuration scope (manage:jira-configuration or a granular write or configuration scope) cannot be told from these read-only calls',
  };
}

/** OAuth: what the token declares against what the gateway proved. */
function declaredRisks(scopes: readonly ScopeGrant[]): Risk[] {
  const risks: Risk[] = [];
  const refused = scopes.filter((g) => g.declared === true && g.state === 'missing').map((g) => g.scope);
  const undeclared = scopes.filter((g) => g.declared === false && g.state === 'granted').map((g) => g.scope);
  if (refused.length > 0)
    risks.push({
      id: 'declared-refused',
      level: 'info',
      text: `Declared by the token but refused by the gateway on this site: ${refused.join(', ')}`,
    });
  if (undeclared.length > 0)
    risks.push({
      id: 'undeclared-held',
      level: 'medium',
      text: `Held though the token does not declare it: ${undeclared.join(', ')}`,
    });
  return risks;
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
    risks.push(configurationRisk(input.scopes));
    risks.push(...declaredRisks(input.scopes));
    if (input.userIsAdmin) {
      risks.push({
        id: 'admin-user',
        level: 'medium',
        text: `The token belongs to a Jira administrator${who}: whatever its scopes allow runs with admin rights`,
      });
    }
    const held = input.scopes.filter((g) => g.state === 'granted').length;
    risks.push({
      id: 'scoped',
      level: 'low',
      text: `${input.model === 'oauth' ? 'OAuth token' : 'Scoped token'}: it can do only what its scopes allow (${held} of ${input.scopes.length} checked scopes proven held)`,
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
