/**
 * The scope report: what a token can do, row by row, with the risks on top. Plain JSON, so that it
 * crosses the message boundary and becomes the downloadable report (lib/report/README.md).
 */
import type { AccountSummary, Finding, ReportIdentity } from '../model/report';
import type { ScopeProduct } from '../atlassian/scope-catalogue';

export type ScopeState = 'granted' | 'missing' | 'unknown';
/** The second layer (https://github.com/hunyadi/md2conf/issues/169): the scope let the call in; does the user have the permission? */
export type UserAccess = 'allowed' | 'denied' | 'unknown';

/**
 * How scopes apply to this credential:
 * - `scoped`: a scoped API token; rows come from gateway probes.
 * - `unscoped`: scopes do not apply; rows are the user's own access and permissions.
 * - `oauth`: an OAuth access token; declared scopes (JWT, accessible-resources) confirmed by probes.
 * - `not-applicable`: org API keys and Data Center PATs have no scope model.
 * - `failed`: the credential was not accepted, or Atlassian could not be asked.
 */
export type ScopeModel = 'scoped' | 'unscoped' | 'oauth' | 'not-applicable' | 'failed';

export interface ScopeRow {
  /** Capability id, or a permission/access name for unscoped tokens (`data-capability`). */
  id: string;
  product: ScopeProduct | 'site';
  label: string;
  /** The scopes behind it (https://github.com/salto-io/jira-swaggers); empty for rows about the user. */
  scopesClassic: string[];
  scopesGranular: string[];
  state: ScopeState;
  /** Present when a probe got past the scope gate and told something about the user. */
  userAccess?: UserAccess;
  /** For OAuth: whether the declared scopes (JWT + accessible-resources) allow it. */
  declared?: boolean;
  /** One line: the probe and what came back, e.g. `GET …/rest/api/3/field → 200`. */
  evidence: string;
}

/** One scope the token holds, lacks, or may hold: a `data-scope` row, decided by the inference (infer.ts). */
export interface ScopeGrant {
  /** The scope's exact name: `read:jira-work`, `read:issue-details:jira`. */
  scope: string;
  family: 'classic' | 'granular';
  product: ScopeProduct;
  state: ScopeState;
  /** The answers that decided it ("search/jql passed while mypermissions was refused for scope"), or why it stays open. */
  evidence: string;
  /** OAuth: whether the token declares it (JWT `scope` or the site's accessible-resources entry). */
  declared?: boolean;
}

/** How the check went: what it cost and why it stopped. */
export interface ScopeCheckStats {
  /** Requests sent (a 429/503 retry counts too). */
  requests: number;
  /** Rounds of requests sent at once. */
  rounds: number;
  /** `settled`: nothing more could be learnt; `budget`: the request budget ran out; `rate-limited`: a 429 stopped it; `rejected`: every answer refused the credential itself. */
  stoppedBy: 'settled' | 'budget' | 'rate-limited' | 'rejected';
  /** The answers contradict the published scope tables: no scope is claimed. */
  contradiction?: boolean;
}

export type RiskLevel = 'high' | 'medium' | 'low' | 'info';

export interface Risk {
  /** Stable id for the JSON report, e.g. `unscoped-admin`. */
  id: string;
  level: RiskLevel;
  text: string;
}

export interface ScopeAccount extends AccountSummary {
  groups?: string[];
  applicationRoles?: string[];
}

interface ScopeProbe {
  id: string;
  /** Redacted request line: the secret is never in it. */
  display: string;
  status: number | null;
  error?: string;
}

/** Version 2 of this shape is documented in lib/report/README.md. */
export interface ScopeReport extends ReportIdentity {
  type: 'scope-report';
  account?: ScopeAccount;
  checkedAt: string;
  extensionVersion?: string;
  model: ScopeModel;
  /** One sentence that says what the rows mean for this credential. */
  summary: string;
  /** OAuth: scopes named by the JWT `scope` claim and the site's accessible-resources entry. */
  declaredScopes?: string[];
  /** The capability rows (`data-capability`); for unscoped tokens, what the user may do. */
  rows: ScopeRow[];
  /** Scoped and OAuth tokens: one row per scope of the probed endpoints (`data-scope`); empty otherwise. */
  scopes: ScopeGrant[];
  check?: ScopeCheckStats;
  /** Scoped and OAuth tokens: the user's global Jira permissions, when `mypermissions` got past the gate (the second layer). */
  userPermissions?: Record<string, boolean>;
  risks: Risk[];
  findings: Finding[];
  probes: ScopeProbe[];
}
