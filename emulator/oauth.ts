/**
 * OAuth 2.0 (3LO) access tokens (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/, https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md): making them, checking them, and the
 * gateway's answers to them. The token endpoint (`auth.atlassian.com/oauth/token`) is NOT
 * emulated on purpose: the product must never call it (a refresh would rotate, and so break,
 * the integration's refresh token, https://developer.atlassian.com/cloud/oauth/getting-started/refresh-tokens); that host gets the emulator's "nothing here" 404.
 */
import type { Call } from './call';
import { TOKEN_SHAPED } from './credentials';
import { fakeUuid, hexFrom } from './fake-ids';
import { base64urlChars } from './fake-kinds';
import type { GatewayProductPath } from './gateway';
import { gatewayUnauthorized, scopeDoesNotMatch, springNotFound } from './responses/gateway';
import { accessibleResources, type AccessibleResource } from './responses/org-level';
import type { AccountSpec, Scenario, SiteSpec } from './scenario';
import type { OAuthTokenSpec } from './scenario-kinds';
import { scopeRuleFor, scopesSatisfy } from './scopes';

interface OAuthAccessTokenOptions {
  /** The granting account: the `sub` claim (https://github.com/MrRefactoring/jira.js/issues/269). */
  accountId: string;
  /** Space-joined into the `scope` claim (https://github.com/MrRefactoring/jira.js/issues/269). */
  scopes: readonly string[];
  /** The app's client id: `aud` and `client_id` (https://github.com/MrRefactoring/jira.js/issues/269: aud = client_id). */
  clientId: string;
  /** `iat` in seconds since the epoch (https://github.com/MrRefactoring/jira.js/issues/269). */
  issuedAt: number;
  /** `exp` = `iat` + this; default 3600 (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/, https://github.com/MrRefactoring/jira.js/issues/269). */
  lifetimeSeconds?: number;
  /** Varies jti, session id, kid and signature; default derived from the claims. */
  seed?: string;
  /** Claims to add or override (e.g. `{"https://id.atlassian.com/atl_token_type":"AUTH_CODE"}`). */
  claims?: Record<string, unknown>;
  /** Header fields to add or override. */
  header?: Record<string, unknown>;
}

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

/**
 * A JWT shaped like Atlassian's access tokens (https://github.com/MrRefactoring/jira.js/issues/269): header `{"kid","alg":"RS256"}`;
 * claims `jti`, `sub`, `nbf`, `iss`, `iat`, `exp`, `aud`, `scope`, `client_id`, the
 * `https://id.atlassian.com/…` and `https://atlassian.com/…` claims. `emailDomain` is left out
 * (the public sample token was truncated there). The signature is 256 random-looking bytes (RS256
 * with a 2048-bit key): nobody can verify it, nobody should try.
 */
export function makeOAuthAccessToken(options: OAuthAccessTokenOptions): string {
  const lifetime = options.lifetimeSeconds ?? 3600;
  const seed =
    options.seed ?? `${options.accountId}/${options.clientId}/${options.issuedAt}/${options.scopes.join(' ')}`;
  const header = { kid: hexFrom(`oauth-kid/${options.clientId}`, 24), alg: 'RS256', ...options.header };
  const claims = {
    jti: fakeUuid(`oauth-jti/${seed}`),
    sub: options.accountId,
    nbf: options.issuedAt,
    iss: 'https://auth.atlassian.com',
    iat: options.issuedAt,
    exp: options.issuedAt + lifetime,
    aud: options.clientId,
    scope: options.scopes.join(' '),
    client_id: options.clientId,
    'https://id.atlassian.com/session_id': fakeUuid(`oauth-session/${seed}`),
    'https://id.atlassian.com/atl_token_type': 'ACCESS',
    'https://id.atlassian.com/ujt': fakeUuid(`oauth-ujt/${seed}`),
    'https://id.atlassian.com/processRegion': 'us-east-1',
    'https://atlassian.com/firstParty': false,
    'https://atlassian.com/verified': true,
    'https://atlassian.com/systemAccountEmail': `${fakeUuid(`oauth-system/${options.clientId}`)}@connect.atlassian.com`,
    ...options.claims,
  };
  return `${b64url(header)}.${b64url(claims)}.${base64urlChars(`oauth-sig/${seed}`, 342)}`;
}

interface DecodedJwt {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
}

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Header and claims of a JWT, without any signature check; undefined when it is not one. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  if (!JWT_SHAPE.test(token)) return undefined;
  const [h, c] = token.split('.');
  const header = decodePart(h ?? '');
  const claims = decodePart(c ?? '');
  if (header === undefined || claims === undefined || typeof header.alg !== 'string') return undefined;
  return { header, claims };
}

type OAuthVerdict =
  | { outcome: 'accepted'; grant: OAuthTokenSpec; account: AccountSpec }
  | { outcome: 'rejected'; why: 'not-a-jwt' | 'unknown' | 'expired' | 'revoked' | 'inactive-account' };

/**
 * A Bearer value as the gateway sees it. Expired or invalidated tokens → 401 (reported in the
 * Atlassian Community); a token the scenario does not know (garbage, another world's) is rejected alike.
 */
export function checkOAuthBearer(scenario: Scenario, token: string, nowMs: number): OAuthVerdict {
  const decoded = decodeJwt(token);
  if (decoded === undefined) return { outcome: 'rejected', why: 'not-a-jwt' };
  const grant = (scenario.oauthTokens ?? []).find((t) => t.token === token);
  if (grant === undefined) return { outcome: 'rejected', why: 'unknown' };
  if (grant.state !== 'active') return { outcome: 'rejected', why: grant.state };
  const exp = decoded.claims.exp;
  if (typeof exp !== 'number' || exp * 1000 <= nowMs) return { outcome: 'rejected', why: 'expired' }; // `exp` = iat + 3600: https://github.com/MrRefactoring/jira.js/issues/269
  const account = scenario.accounts.find((a) => a.email.toLowerCase() === grant.ownerEmail.toLowerCase());
  if (account === undefined || !account.active) return { outcome: 'rejected', why: 'inactive-account' };
  return { outcome: 'accepted', grant, account };
}

/** An active scoped API token of an active service account (`accountType: app`), sent as Bearer. */
function serviceAccountTokenAsBearer(
  scenario: Scenario,
  token: string,
): { account: AccountSpec; scopes: readonly string[] } | undefined {
  const spec = scenario.tokens.find((t) => t.token === token);
  if (spec === undefined || spec.kind !== 'scoped' || spec.state !== 'active') return undefined;
  const account = scenario.accounts.find((a) => a.email.toLowerCase() === spec.ownerEmail.toLowerCase());
  return account && account.active && account.accountType === 'app' ? { account, scopes: spec.scopes } : undefined;
}

/** Bearer value is a JWT (an OAuth token, or something shaped like one). */
export function isJwtBearer(token: string): boolean {
  return decodeJwt(token) !== undefined;
}

/**
 * `GET https://api.atlassian.com/oauth/token/accessible-resources` (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/). Anything but an
 * accepted Bearer access token → 401 (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/; the body is the gateway 401 ASSUMPTION).
 */
export function handleAccessibleResources(call: Call): Response {
  const cred = call.credential;
  if (cred.kind !== 'bearer') return gatewayUnauthorized(call.ctx);
  const verdict = checkOAuthBearer(call.scenario, cred.token, call.now);
  if (verdict.outcome === 'rejected') return gatewayUnauthorized(call.ctx);
  const resources: AccessibleResource[] = [];
  for (const r of verdict.grant.resources) {
    const site = call.scenario.sites.find((s) => s.host === r.host);
    if (site !== undefined) resources.push({ site, product: r.product, scopes: r.scopes });
  }
  return accessibleResources(call.ctx, resources);
}

/**
 * A Bearer value on `/ex/{product}/{cloudId}/…` (the site is known and has the product). Returns
 * the account when the gateway lets the request through to the product, else the answer.
 */
export function bearerAtGateway(call: Call, target: GatewayProductPath, site: SiteSpec): Response | AccountSpec {
  const { ctx } = call;
  if (call.credential.kind !== 'bearer') return gatewayUnauthorized(ctx);
  const token = call.credential.token;
  if (!isJwtBearer(token)) {
    // A service account's API token as Bearer: reported to work, not measured (https://github.com/tagoro9/fotingo/pull/1112 quoting
    // the service-account doc, https://github.com/open-cli-collective/atlassian-cli/issues/445, https://github.com/waldur/waldur-mastermind/issues/96).
    const serviceAccount = serviceAccountTokenAsBearer(call.scenario, token);
    if (serviceAccount) {
      const rule = scopeRuleFor(target.product, target.rest);
      if (rule !== undefined && !scopesSatisfy(rule, serviceAccount.scopes)) return scopeDoesNotMatch(ctx);
      return serviceAccount.account;
    }
    // https://github.com/jwbron/egg/issues/3094: "Bearer to api.atlassian.com returned 404 in testing" with a user's API token
    // (Spring-style body assumed); any other non-JWT value is garbage → 401 (ASSUMPTION).
    return TOKEN_SHAPED.test(token) ? springNotFound(ctx, call.url.pathname, call.now) : gatewayUnauthorized(ctx);
  }
  const verdict = checkOAuthBearer(call.scenario, token, call.now);
  // Expired / revoked / unknown → 401; the body is NOT confirmed (gateway 401 assumption).
  if (verdict.outcome === 'rejected') return gatewayUnauthorized(ctx);
  const resource = verdict.grant.resources.find((r) => r.host === site.host && r.product === target.product);
  // ASSUMPTION: a site (or product container) the grant does not reach → the plain gateway 401;
  // No public source says what the gateway answers. The product finds OAUTH_SITE_NOT_GRANTED from
  // accessible-resources, not from this answer.
  if (resource === undefined) return gatewayUnauthorized(ctx);
  // https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: the scope gate runs before routing; the same body for OAuth 2.0 (3LO) tokens.
  const rule = scopeRuleFor(target.product, target.rest);
  if (rule !== undefined && !scopesSatisfy(rule, resource.scopes)) return scopeDoesNotMatch(ctx);
  return verdict.account;
}
