/**
 * `https://api.atlassian.com/ex/{jira|confluence}/{cloudId}/…`: the gateway checks the
 * credential, then the scope gate (before routing, https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md), then hands the path to the product.
 * Org-level APIs (OAuth accessible-resources, admin, migrations, JSM ops) live in org-level.ts.
 */
import type { Call } from './call';
import { confluenceApi } from './confluence-api';
import { checkBasic } from './credentials';
import { jiraApi } from './jira-api';
import { jsmOpsThroughGateway } from './jsm-ops';
import { gatewayUnauthorized, scopeDoesNotMatch } from './responses/gateway';
import { ipNotAllowed } from './responses/jira';
import { bearerAtGateway } from './oauth';
import type { AccountSpec, Product, SiteSpec } from './scenario';
import { scopeRuleFor, scopesSatisfy } from './scopes';

export const GATEWAY = 'api.atlassian.com';

/** A product path through the gateway, when the URL is one. */
export interface GatewayProductPath {
  product: Product;
  cloudId: string;
  /** The path below `/ex/{product}/{cloudId}`, `/` at least. */
  rest: string;
}

export function parseGatewayPath(pathname: string): GatewayProductPath | undefined {
  const m = /^\/ex\/(jira|confluence)\/([^/]+)(\/.*)?$/.exec(pathname);
  if (m === null) return undefined;
  return { product: m[1] === 'confluence' ? 'confluence' : 'jira', cloudId: m[2] ?? '', rest: m[3] ?? '/' };
}

/** For a known site that has the product. Unknown cloudIds are answered by the handler. */
export function handleGatewayProduct(call: Call, target: GatewayProductPath, site: SiteSpec): Response {
  const { ctx } = call;
  // https://confluence.atlassian.com/pages/viewpage.action?pageId=1384133808: IP allowlists block site-level REST, assumed to include product APIs reached
  // through the gateway (org-level APIs are exempt and never get here).
  if (site.ipAllowlist) return ipNotAllowed(ctx);
  const cred = call.credential;
  // Bearer: OAuth 2.0 access tokens (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/, https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md); an API token as Bearer → 404
  // (https://github.com/jwbron/egg/issues/3094); garbage → 401. All decided in oauth.ts.
  if (cred.kind === 'bearer') {
    const passed = bearerAtGateway(call, target, site);
    return passed instanceof Response ? passed : productAnswer(call, target, site, passed);
  }
  // Rejected or absent credentials: 401 whose body is an assumption (see gatewayUnauthorized).
  if (cred.kind !== 'basic') return gatewayUnauthorized(ctx);
  const verdict = checkBasic(call.scenario, cred.email, cred.secret);
  if (verdict.outcome === 'rejected') return gatewayUnauthorized(ctx); // expired, revoked and wrong tokens look alike on the wire
  // https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: the scope gate runs before routing; unscoped tokens pass it (same source).
  if (verdict.token.kind === 'scoped') {
    const rule = scopeRuleFor(target.product, target.rest);
    if (rule !== undefined && !scopesSatisfy(rule, verdict.token.scopes)) return scopeDoesNotMatch(ctx);
  }
  return productAnswer(call, target, site, verdict.account);
}

/** The product's own answer once the gateway let the request through. */
function productAnswer(call: Call, target: GatewayProductPath, site: SiteSpec, account: AccountSpec): Response {
  if (target.product === 'jira' && target.rest.startsWith('/jsm/ops/api/'))
    return jsmOpsThroughGateway(call, target.rest, site, account); // JSM operations for OAuth apps (jsm-ops.ts)
  const caller = { kind: 'authenticated', account } as const;
  // Self links name the gateway that was called (the commercial one, or Government Cloud's).
  const origin = `https://${call.ctx.host}/ex/${target.product}/${site.cloudId}`;
  return target.product === 'jira'
    ? jiraApi(call, target.rest, caller, site, origin)
    : confluenceApi(call, target.rest, caller, site, `${origin}/wiki`);
}
