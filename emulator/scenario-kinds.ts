/**
 * The scenario entries of the other credential kinds: OAuth 2.0 (3LO) grants,
 * organizations and their admin API keys, Id Mapping jobs, Data Center servers with users and
 * personal access tokens. Plain data, like scenario.ts; behaviour lives in oauth.ts,
 * admin-api.ts, migrations.ts, jsm-ops.ts and data-center.ts.
 */
import type { Product, TokenState } from './scenario';

/** One container of a grant, as accessible-resources lists it (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/). */
interface OAuthResourceSpec {
  /** Host of a scenario site; the resource's `id` is its cloudId (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/). */
  host: string;
  /** Jira or Confluence container: the same id can appear once for each (https://community.developer.atlassian.com/t/how-to-implement-oauth-2-3lo/28560). */
  product: Product;
  /** Scopes granted on this container (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/ `scopes`). */
  scopes: string[];
}

/** An OAuth 2.0 (3LO) access token and the grant behind it (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/). */
export interface OAuthTokenSpec {
  /** The access token: a JWT, see `makeOAuthAccessToken` (https://github.com/MrRefactoring/jira.js/issues/269). */
  token: string;
  /** Email of the account that granted the app (the JWT's `sub` is its accountId). */
  ownerEmail: string;
  /**
   * `expired` and `revoked` are rejected whatever the clock says; an `active` token is also
   * rejected once the handler's clock passes its `exp` claim (https://github.com/MrRefactoring/jira.js/issues/269).
   */
  state: TokenState;
  resources: OAuthResourceSpec[];
  label?: string;
}

/** An Atlassian organization (https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/). */
export interface OrgSpec {
  /** The org id (a UUID in real life). */
  id: string;
  name: string;
  /** Emails of org admins (count as admins for Id Mapping, https://developer.atlassian.com/cloud/migration/status-and-download-report). */
  adminEmails?: string[];
}

/** An organization admin API key, scoped to one org (https://jira.atlassian.com/browse/ACCESS-966). */
export interface OrgApiKeySpec {
  /** Opaque key string; see `fakeOrgApiKey` (its `ATCTT` prefix is an assumption). */
  key: string;
  orgId: string;
  state: TokenState;
  label?: string;
}

/** An Id Mapping job that exists (https://developer.atlassian.com/cloud/migration/status-and-download-report: PENDING / IN_PROGRESS / SUCCESS / ERROR). */
export interface IdMappingJobSpec {
  jobId: string;
  status: 'PENDING' | 'IN_PROGRESS' | 'SUCCESS' | 'ERROR';
}

/** A Jira Data Center user (username + password login). */
export interface DataCenterUserSpec {
  /** The login name (`name` in `/myself`). */
  name: string;
  /** Jira's user key; defaults to `JIRAUSER` + a number derived from the name. */
  key?: string;
  displayName: string;
  emailAddress: string;
  password: string;
  active: boolean;
}

/** A Data Center personal access token (https://github.com/pycontribs/jira/issues/993: sent as `Authorization: Bearer`). */
interface DataCenterPatSpec {
  /** The secret; see `fakeDataCenterPat` (its shape is an assumption). */
  token: string;
  /** `name` of the owning user on the same server. */
  ownerName: string;
  state: TokenState;
  label?: string;
}

/** A Jira Data Center server (https://github.com/pycontribs/jira/issues/993, https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html, https://github.com/solidify/jira-azuredevops-migrator/issues/775). Served over HTTPS only. */
export interface DataCenterServerSpec {
  /** e.g. `jira.internal.example` (lower case, no scheme, no port). Must be in the certificate SAN list. */
  host: string;
  /** Tomcat context path such as `/jira` (https://github.com/solidify/jira-azuredevops-migrator/issues/775); absent = served at the root. */
  contextPath?: string;
  /** Basic authentication disabled: only PATs are accepted (https://github.com/ankitpokhrel/jira-cli/issues/323). */
  patOnly?: boolean;
  /** CAPTCHA triggered for every credentialed request (https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html). */
  captcha?: boolean;
  /** Confluence Data Center instead of Jira (data-center-confluence.ts). */
  product?: 'jira' | 'confluence';
  /** The Data Center rate limiter refuses every REST call: 429 "Rate limit exceeded." (https://github.com/ahungry/org-jira/issues/365). */
  rateLimited?: boolean;
  users: DataCenterUserSpec[];
  pats: DataCenterPatSpec[];
}

/** The part of a Scenario these kinds add (all optional: older scenarios stay valid). */
export interface ScenarioKinds {
  oauthTokens?: OAuthTokenSpec[];
  orgs?: OrgSpec[];
  orgApiKeys?: OrgApiKeySpec[];
  idMappingJobs?: IdMappingJobSpec[];
  dataCenterServers?: DataCenterServerSpec[];
}

/** Reference checks for `ScenarioBuilder.build()`; throws on the first problem. */
export function checkScenarioKinds(
  kinds: ScenarioKinds,
  siteHosts: ReadonlySet<string>,
  emails: ReadonlySet<string>,
): void {
  const bearerSecrets = new Set<string>();
  for (const t of kinds.oauthTokens ?? []) {
    if (!emails.has(t.ownerEmail.toLowerCase()))
      throw new Error(`scenario: OAuth token ${t.label ?? ''} has unknown owner`);
    for (const r of t.resources) {
      if (!siteHosts.has(r.host))
        throw new Error(`scenario: OAuth token ${t.label ?? ''} grants unknown site ${r.host}`);
    }
    if (bearerSecrets.has(t.token)) throw new Error(`scenario: OAuth token ${t.label ?? ''} defined twice`);
    bearerSecrets.add(t.token);
  }
  const orgIds = new Set((kinds.orgs ?? []).map((o) => o.id));
  for (const k of kinds.orgApiKeys ?? []) {
    if (!orgIds.has(k.orgId)) throw new Error(`scenario: org key ${k.label ?? ''} has unknown org ${k.orgId}`);
    if (bearerSecrets.has(k.key)) throw new Error(`scenario: org key ${k.label ?? ''} defined twice`);
    bearerSecrets.add(k.key);
  }
  const dcHosts = new Set<string>();
  for (const s of kinds.dataCenterServers ?? []) {
    if (dcHosts.has(s.host) || siteHosts.has(s.host)) throw new Error(`scenario: host ${s.host} defined twice`);
    dcHosts.add(s.host);
    if (s.contextPath !== undefined && !/^\/[^/]+$/.test(s.contextPath)) {
      throw new Error(`scenario: ${s.host} context path must look like /jira or /confluence`);
    }
    const names = new Set(s.users.map((u) => u.name.toLowerCase()));
    for (const p of s.pats) {
      if (!names.has(p.ownerName.toLowerCase()))
        throw new Error(`scenario: PAT ${p.label ?? ''} on ${s.host} has unknown owner`);
    }
  }
}
