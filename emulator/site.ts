/**
 * Requests to a known Cloud site's own host (`https://SITE.atlassian.net/...`): the host-only
 * switches, tenant_info, then the credential as Jira/Confluence on the site see it.
 */
import type { Call, Caller } from './call';
import { confluenceApi } from './confluence-api';
import { checkBasic } from './credentials';
import { jiraApi } from './jira-api';
import { isJwtBearer } from './oauth';
import { edgeNotFound, htmlInsteadOfJson, movedPermanently, siteDeactivated, tenantInfo } from './responses/edge';
import {
  basicPasswordsDeprecated,
  captchaChallenge,
  connectSessionTokenUnparseable,
  ipNotAllowed,
} from './responses/jira';
import type { SiteSpec } from './scenario';

export function handleSite(call: Call, site: SiteSpec): Response {
  const { ctx, url } = call;
  const path = url.pathname;
  if (site.deactivated) return siteDeactivated(ctx); // an Atlassian-hosted notice; status and page assumed
  if (site.redirectTo !== undefined) {
    // A renamed site, modelled on https://github.com/go-jira/jira/issues/222's 301; the Location keeps path and query.
    return movedPermanently(ctx, `https://${site.redirectTo}${path}${url.search}`);
  }
  if (site.htmlInsteadOfJson) return htmlInsteadOfJson(ctx); // https://github.com/ankitpokhrel/jira-cli/issues/822
  // https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: unauthenticated cloudId lookup; answered whatever Authorization says.
  if (path === '/_edge/tenant_info') return tenantInfo(ctx, site.cloudId);
  if (path.startsWith('/_edge/')) return edgeNotFound(ctx);

  const product = path === '/wiki' || path.startsWith('/wiki/') ? 'confluence' : 'jira';
  if (!site.products.includes(product)) return edgeNotFound(ctx); // assumption: no such product here
  // https://confluence.atlassian.com/pages/viewpage.action?pageId=1384133808: the IP allowlist blocks site-level REST (403 assumed), credentials or not.
  if (site.ipAllowlist) return ipNotAllowed(ctx);

  const cred = call.credential;
  // https://confluence.atlassian.com/jakb/connector-captcha_challenge-error-on-jira-align-connector-1318881453.html, https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/: CAPTCHA rejects the login "without even checking the password".
  if (site.captcha && cred.kind !== 'none') return captchaChallenge(ctx);
  // https://github.com/gioboa/jira-plugin/issues/148: a Basic credential that is not email + API token → historic text/plain 401
  // (credentials.ts documents exactly which inputs land here).
  if (cred.kind === 'basic-not-email-token') return basicPasswordsDeprecated(ctx);
  // https://github.com/lesstif/php-jira-rest-client/issues/528: Bearer with an API token on the site → 403 Connect session message.
  if (cred.kind === 'bearer' && !isJwtBearer(cred.token)) return connectSessionTokenUnparseable(ctx);

  let caller: Caller = { kind: 'anonymous' }; // also for unknown schemes (assumption: ignored)
  // https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/: an OAuth access token (a JWT) belongs on api.atlassian.com; the site does not
  // take it and runs the call as anonymous, the way it serves rejected credentials (an assumption: 401 for /myself,
  // 200 + AUTHENTICATED_FAILED for anonymous-capable endpoints).
  if (cred.kind === 'bearer') caller = { kind: 'rejected' };
  if (cred.kind === 'basic') {
    const verdict = checkBasic(call.scenario, cred.email, cred.secret);
    if (verdict.outcome === 'rejected')
      caller = { kind: 'rejected' }; // https://github.com/atlassian/gajira-login/issues/59: expired, revoked, wrong alike
    else if (verdict.token.kind === 'scoped')
      caller = { kind: 'scoped-on-site' }; // https://jira.atlassian.com/browse/CLOUD-12617
    else caller = { kind: 'authenticated', account: verdict.account }; // https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: unscoped works
  }
  const origin = `https://${site.host}`;
  return product === 'jira'
    ? jiraApi(call, path, caller, site, origin)
    : confluenceApi(call, path, caller, site, `${origin}/wiki`);
}
