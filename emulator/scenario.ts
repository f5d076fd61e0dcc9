/**
 * What the emulated Atlassian world contains: Cloud sites (with their failure switches),
 * accounts and API tokens. A scenario is plain data; `createAtlassianHandler` turns it into
 * behaviour. `defaultScenario()` (default-scenario.ts) is the world the demos and tests share.
 */

import {
  checkScenarioKinds,
  type DataCenterServerSpec,
  type IdMappingJobSpec,
  type OAuthTokenSpec,
  type OrgApiKeySpec,
  type OrgSpec,
  type ScenarioKinds,
} from './scenario-kinds';

import type { FaultSwitches } from './faults';
import { checkBitbucket, type BitbucketSpec } from './bitbucket-scenario';

export type Product = 'jira' | 'confluence';

/** 429 answers (https://developer.atlassian.com/cloud/jira/platform/rate-limiting). */
interface RateLimitSwitch {
  /** Value of `Retry-After`, in seconds. */
  retryAfterSeconds: number;
  /** Only the first N requests to the site are limited; absent = every request. */
  firstRequests?: number;
  /** The 429 is Jira Cloud's HTML error page (`error429`, https://github.com/apache/devlake/issues/2932) instead of JSON. */
  html?: boolean;
}

/** 5xx answers with an HTML body; a 503 may carry `Retry-After` (https://developer.atlassian.com/cloud/jira/platform/rate-limiting). */
interface ServerErrorSwitch {
  status: 500 | 502 | 503;
  retryAfterSeconds?: number;
  /** Only the first N requests to the site fail; absent = every request. */
  firstRequests?: number;
}

/**
 * Failure switches of a site. "Host" switches apply to requests sent to the site's own host;
 * "both" switches also to the site's product APIs through the gateway (`/ex/{product}/{cloudId}/…`).
 * Org-level gateway APIs are never affected.
 */
interface SiteSwitches {
  /** Host: every request carrying an Authorization header → 403 CAPTCHA (https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html). */
  captcha?: boolean;
  /** Both: product REST → 403 IP-rejected body (https://confluence.atlassian.com/pages/viewpage.action?pageId=1384133808); `/_edge/tenant_info` still answers. */
  ipAllowlist?: boolean;
  /** Host: a renamed site, every request → 301 to the same path on this host (https://github.com/go-jira/jira/issues/222). */
  redirectTo?: string;
  /** Host: a deactivated site, an HTML notice for every path. */
  deactivated?: boolean;
  /** Both, every path (tenant_info included). */
  rateLimited?: RateLimitSwitch;
  /** Both, every path (tenant_info included). */
  serverError?: ServerErrorSwitch;
  /** Both: never answers; the response settles only when the request is aborted (then rejects). */
  hang?: boolean;
  /** Host: 200 with an HTML page where JSON was due (https://github.com/ankitpokhrel/jira-cli/issues/822, "invalid character '<'"). */
  htmlInsteadOfJson?: boolean;
  /** Both: delay before each answer, on top of the scenario's `latencyMs`. Abortable. */
  latencyMs?: number;
  /** Both: transport-level faults (reset, slow drip, truncated JSON, huge body): faults.ts. */
  faults?: FaultSwitches;
  /**
   * Both: every answer says the caller is near its limit: OAuth (Bearer) answers carry the 2026
   * points-quota headers (https://community.developer.atlassian.com/t/2026-point-based-rate-limits/97828?page=9), all answers `X-RateLimit-NearLimit: true`
   * (https://jira.atlassian.com/browse/JRACLOUD-69262). rate-limit.ts.
   */
  nearLimit?: boolean;
}

export interface SiteSpec extends SiteSwitches {
  /** e.g. `acme.atlassian.net` (lower case, no scheme, no port). */
  host: string;
  /** One cloudId per site, shared by Jira and Confluence (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md). */
  cloudId: string;
  products: Product[];
  /**
   * Other names the site answers on, exactly as on `host`: a custom domain
   * (https://github.com/aquasecurity/postee/pull/668) or a legacy `*.jira.com` name
   * (https://github.com/jenkinsci/jira-plugin/pull/1191). ASSUMPTION: every path answers the same.
   */
  aliases?: string[];
}

export interface AccountSpec {
  accountId: string;
  /** The login: what goes before the colon in `Basic email:token`. */
  email: string;
  /** What `/myself` shows; defaults to `email`. `''` models a profile-visibility-hidden address. */
  emailAddress?: string;
  displayName: string;
  active: boolean;
  /** `atlassian` for people; `app` for service accounts (https://support.atlassian.com/user-management/docs/manage-api-tokens-for-service-accounts). */
  accountType: 'atlassian' | 'app';
  /** Hosts of the sites where the account has Jira access. */
  jiraSites: string[];
  /** Hosts of the sites where the account has Confluence access; defaults to none. */
  confluenceSites?: string[];
  /** Hosts of the sites the account administers (used by admin-only APIs later). */
  siteAdminOf?: string[];
  timeZone?: string;
  locale?: string;
}

export type TokenState = 'active' | 'expired' | 'revoked';

interface TokenBase {
  /** The secret as the user pastes it. */
  token: string;
  /** Email of the owning account. */
  ownerEmail: string;
  state: TokenState;
  /** Free text for humans reading the scenario. */
  label?: string;
}

interface UnscopedTokenSpec extends TokenBase {
  kind: 'unscoped';
}

/** Scoped tokens list classic (`read:jira-user`) and/or granular (`read:user:jira`) scopes. */
interface ScopedTokenSpec extends TokenBase {
  kind: 'scoped';
  scopes: string[];
}

export type TokenSpec = UnscopedTokenSpec | ScopedTokenSpec;

/** OAuth grants, orgs and keys, Id Mapping jobs, Data Center servers: see scenario-kinds.ts. */
export interface Scenario extends ScenarioKinds {
  sites: SiteSpec[];
  accounts: AccountSpec[];
  tokens: TokenSpec[];
  /** Delay before every answer, in ms (abortable). */
  latencyMs?: number;
  /** Bitbucket Cloud (bitbucket-scenario.ts), served at api.bitbucket.org. */
  bitbucket?: BitbucketSpec;
}

/** Builds a scenario step by step, checking references when `build()` is called. */
export class ScenarioBuilder {
  private readonly sites: SiteSpec[];
  private readonly accounts: AccountSpec[];
  private readonly tokens: TokenSpec[];
  private latency: number | undefined;
  private bitbucketSpec: BitbucketSpec | undefined;
  /** The other credential kinds (scenario-kinds.ts), copied shallowly. */
  private readonly kinds: Required<ScenarioKinds>;

  constructor(base?: Scenario) {
    this.kinds = {
      oauthTokens: [...(base?.oauthTokens ?? [])],
      orgs: [...(base?.orgs ?? [])],
      orgApiKeys: [...(base?.orgApiKeys ?? [])],
      idMappingJobs: [...(base?.idMappingJobs ?? [])],
      dataCenterServers: [...(base?.dataCenterServers ?? [])],
    };
    this.sites = (base?.sites ?? []).map((s) => ({ ...s, products: [...s.products] }));
    this.accounts = (base?.accounts ?? []).map((a) => ({ ...a, jiraSites: [...a.jiraSites] }));
    this.tokens = (base?.tokens ?? []).map((t) => ({ ...t }));
    this.latency = base?.latencyMs;
    this.bitbucketSpec = base?.bitbucket;
  }

  /** Bitbucket Cloud's accounts, workspaces and tokens (bitbucket-scenario.ts). */
  bitbucket(spec: BitbucketSpec): this {
    this.bitbucketSpec = spec;
    return this;
  }

  /** Applies a function that adds a part of the world (e.g. `addConfluenceWorld`), so it can live in its own file. */
  apply(add: (builder: this) => this): this {
    return add(this);
  }

  site(spec: SiteSpec): this {
    this.sites.push({ ...spec, host: spec.host.toLowerCase() });
    return this;
  }

  /** Change a site already in the scenario, e.g. switch rate limiting on for `acme`. */
  updateSite(host: string, patch: Partial<Omit<SiteSpec, 'host'>>): this {
    const i = this.sites.findIndex((s) => s.host === host.toLowerCase());
    const current = this.sites[i];
    if (current === undefined) throw new Error(`scenario: no site ${host}`);
    this.sites[i] = { ...current, ...patch };
    return this;
  }

  account(spec: AccountSpec): this {
    this.accounts.push(spec);
    return this;
  }

  token(spec: TokenSpec): this {
    this.tokens.push(spec);
    return this;
  }

  /** An OAuth 2.0 (3LO) access token and its grant (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/). */
  oauthToken(spec: OAuthTokenSpec): this {
    this.kinds.oauthTokens.push(spec);
    return this;
  }

  /** An organization (https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/). */
  org(spec: OrgSpec): this {
    this.kinds.orgs.push(spec);
    return this;
  }

  /** An organization admin API key (https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/). */
  orgApiKey(spec: OrgApiKeySpec): this {
    this.kinds.orgApiKeys.push(spec);
    return this;
  }

  /** An Id Mapping job that exists (https://developer.atlassian.com/cloud/migration/status-and-download-report). */
  idMappingJob(spec: IdMappingJobSpec): this {
    this.kinds.idMappingJobs.push(spec);
    return this;
  }

  /** A Jira Data Center server with its users and PATs (https://github.com/pycontribs/jira/issues/993). */
  dataCenterServer(spec: DataCenterServerSpec): this {
    this.kinds.dataCenterServers.push({ ...spec, host: spec.host.toLowerCase() });
    return this;
  }

  latencyMs(ms: number): this {
    this.latency = ms;
    return this;
  }

  build(): Scenario {
    const hosts = new Set<string>();
    const cloudIds = new Set<string>();
    for (const s of this.sites) {
      if (hosts.has(s.host)) throw new Error(`scenario: site ${s.host} defined twice`);
      if (cloudIds.has(s.cloudId)) throw new Error(`scenario: cloudId ${s.cloudId} used twice`);
      hosts.add(s.host);
      cloudIds.add(s.cloudId);
    }
    for (const s of this.sites) {
      if (s.redirectTo !== undefined && !hosts.has(s.redirectTo)) {
        throw new Error(`scenario: ${s.host} redirects to unknown site ${s.redirectTo}`);
      }
    }
    const emails = new Set(this.accounts.map((a) => a.email.toLowerCase()));
    const secrets = new Set<string>();
    for (const t of this.tokens) {
      if (!emails.has(t.ownerEmail.toLowerCase())) {
        throw new Error(`scenario: token ${t.label ?? '(unlabelled)'} has unknown owner`);
      }
      if (secrets.has(t.token)) throw new Error(`scenario: token ${t.label ?? ''} defined twice`);
      secrets.add(t.token);
    }
    checkScenarioKinds(this.kinds, hosts, emails);
    const scenario: Scenario = {
      sites: [...this.sites],
      accounts: [...this.accounts],
      tokens: [...this.tokens],
      oauthTokens: [...this.kinds.oauthTokens],
      orgs: [...this.kinds.orgs],
      orgApiKeys: [...this.kinds.orgApiKeys],
      idMappingJobs: [...this.kinds.idMappingJobs],
      dataCenterServers: [...this.kinds.dataCenterServers],
    };
    if (this.latency !== undefined) scenario.latencyMs = this.latency;
    if (this.bitbucketSpec !== undefined) {
      checkBitbucket(this.bitbucketSpec);
      scenario.bitbucket = this.bitbucketSpec;
    }
    return scenario;
  }
}

/** `scenarioBuilder()` for a new world, `scenarioBuilder(defaultScenario())` to vary the default. */
export function scenarioBuilder(base?: Scenario): ScenarioBuilder {
  return new ScenarioBuilder(base);
}
