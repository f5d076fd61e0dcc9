/**
 * The findings catalogue: for each code, its severity, its words and its fix. Data, not logic
 * (style.md §2): the classifier decides *which* code applies and passes the evidence as params;
 * this table says what that means to a person and what to change.
 *
 * Params are plain strings filled in by the classifier or the lint (never a secret).
 */
import type { FindingCode } from './codes';
import type { FindingFix, Severity } from '../diagnose/types';
import { API_TOKENS_PAGE, basicCurl, gatewayMyselfUrl, siteMyselfUrl } from './fix-commands';

export type FindingParams = Partial<Record<FindingParam, string>>;

export type FindingParam =
  | 'host'
  | 'origin'
  | 'cloudId'
  | 'email'
  | 'status'
  | 'detail'
  | 'location'
  | 'retryAfter'
  | 'loginUrl'
  | 'scopesClassic'
  | 'scopesGranular'
  | 'variant'
  | 'timeoutMs'
  | 'probeUrl'
  | 'accountName';

interface Entry {
  severity: Severity;
  title: (p: FindingParams) => string;
  explanation: (p: FindingParams) => string;
  fix?: (p: FindingParams) => FindingFix;
}

const tokensLink = { href: API_TOKENS_PAGE, label: 'Atlassian account → Security → API tokens' };
const site = (p: FindingParams) => p.origin ?? (p.host ? `https://${p.host}` : 'your site');

function gatewayFix(p: FindingParams, first: string): FindingFix {
  return {
    steps: [
      first,
      'Keep Basic authentication with the same email and token: only the base URL changes.',
      `For Confluence the base is https://api.atlassian.com/ex/confluence/${p.cloudId ?? '{cloudId}'} (one cloudId per site).`,
    ],
    url: p.cloudId ? gatewayMyselfUrl(p.cloudId) : undefined,
    curl: p.cloudId ? basicCurl(gatewayMyselfUrl(p.cloudId), p.email ?? '') : undefined,
  };
}

const REJECTED_CHECKLIST = [
  'The token has expired: tokens last at most a year, and tokens made before 15 Dec 2024 expired between 14 Mar and 12 May 2026 (facts §7). Check its expiry date on the API tokens page.',
  'The email is not the one of the Atlassian account that made the token (a username or another address will not do).',
  'The token was revoked, or mistyped when pasted (a character missing at either end).',
  'A password was used instead of an API token: passwords no longer work for REST calls.',
];

export const CATALOGUE: Record<FindingCode, Entry> = {
  AUTH_OK: {
    severity: 'ok',
    title: (p) => (p.accountName ? `Signed in as ${p.accountName}` : 'Credentials accepted'),
    explanation: (p) =>
      `Atlassian accepted these credentials: ${p.probeUrl ?? 'the /myself probe'} answered ${p.status ?? '200'} with the account's details, so the call ran as that user, not as anonymous.`,
  },
  TOKEN_UNSCOPED: {
    severity: 'info',
    title: () => 'Classic (unscoped) API token: it can do everything its user can',
    explanation: (p) =>
      `The token works on the site URL ${site(p)}, which only unscoped tokens do (facts §1.6). An unscoped token carries all of its user's rights in every product: whoever holds it can do what that user can. Hand it to an integration only if that is intended; otherwise make a token with scopes.`,
    fix: () => ({
      steps: [
        'Nothing to fix for this check.',
        'Before giving it to a vendor, consider an API token with scopes: Create API token with scopes, choose only what the integration needs.',
      ],
      link: tokensLink,
    }),
  },
  TOKEN_SCOPED: {
    severity: 'ok',
    title: () => 'Scoped API token: works through the API gateway',
    explanation: (p) =>
      `The token was refused on the site URL but accepted by the API gateway at https://api.atlassian.com/ex/jira/${p.cloudId ?? '{cloudId}'}: that is how an API token with scopes behaves (facts §1.6, CLOUD-12617). It can only do what its scopes allow.`,
  },
  SCOPED_TOKEN_ON_SITE_URL: {
    severity: 'warning',
    title: () => 'Scoped token used with the site URL: call the API gateway instead',
    explanation: (p) =>
      `Scoped API tokens are refused on ${site(p)} (here: ${p.status ?? '401'} from the site's /myself) and only work through https://api.atlassian.com/ex/jira/${p.cloudId ?? '{cloudId}'} (Atlassian KB "401 unauthorized error when service account accesses Jira or Confluence API"; CLOUD-12617). On the site URL such a token gives 401, "Issue does not exist or you do not have permission to see it", or empty results (facts §1.6). The token is fine; the integration's base URL must change.`,
    fix: (p) => gatewayFix(p, `Change the integration's base URL from ${site(p)} to https://api.atlassian.com/ex/jira/${p.cloudId ?? '{cloudId}'}.`),
  },
  SITE_NOT_FOUND: {
    severity: 'error',
    title: (p) => `No Atlassian Cloud site at ${p.host ?? 'this address'}`,
    explanation: (p) =>
      `${p.host ?? 'The host'} did not answer as a Cloud site: ${p.detail ?? '_edge/tenant_info returned no cloudId'}. The site name may be misspelt, the site renamed, or a free site deactivated after 122 days without use (facts §1.13).`,
    fix: () => ({
      steps: [
        'Open the site in a browser and copy the address from the address bar: it is https://<name>.atlassian.net.',
        'If you reach a custom domain or an SSO page, use the *.atlassian.net name it ends on (facts §1.11).',
        `If the site was deactivated, a site or org admin can restore it from admin.atlassian.com while it still exists.`,
      ],
    }),
  },
  NOT_ATLASSIAN_CLOUD_HOST: {
    severity: 'error',
    title: (p) => `${p.host ?? 'This host'} is not an Atlassian Cloud site`,
    explanation: (p) =>
      p.host === 'api.atlassian.com'
        ? 'This is the API gateway, not a site. Enter the site URL (https://<name>.atlassian.net): Token Doctor finds the cloudId and checks the gateway itself.'
        : `Cloud API tokens are only ever sent to *.atlassian.net sites and api.atlassian.com, so nothing was sent to ${p.host ?? 'this host'}. A custom domain or SSO address forwards to a *.atlassian.net site; a Jira or Confluence you run yourself is Data Center, which uses personal access tokens instead.`,
    fix: () => ({
      steps: [
        'Use the site address that ends in .atlassian.net (open Jira in a browser and copy it).',
        'For a self-hosted Jira or Confluence, create a Data Center personal access token instead of a Cloud API token.',
      ],
    }),
  },
  HTTP_NOT_HTTPS: {
    severity: 'warning',
    title: () => 'Site URL uses http://',
    explanation: (p) =>
      `Atlassian Cloud only serves HTTPS: http:// answers with a 301 redirect (facts §1.11), and clients that follow it can turn a POST into a GET and get a misleading 200. Token Doctor checked ${site(p)} instead; browsers upgrade atlassian.net to HTTPS by themselves, scripts do not.`,
    fix: (p) => ({ steps: [`Use ${site(p)} in the integration's configuration.`], url: site(p) }),
  },
  URL_HAS_EXTRA_PATH: {
    severity: 'warning',
    title: (p) => `Site URL has an extra path: ${p.detail ?? ''}`,
    explanation: (p) =>
      `A base URL is the site alone. Jira Cloud has no /jira context path (facts §1.11: /jira/rest/... is a 404 "dead link"), and /wiki, /rest/api/... or a page address in a base URL make clients build wrong paths. Token Doctor checked ${site(p)}.`,
    fix: (p) => ({ steps: [`Set the base URL to ${site(p)} and let the client add the API path.`], url: site(p) }),
  },
  URL_PLACEHOLDER: {
    severity: 'error',
    title: (p) => `Site URL still contains a placeholder: ${p.detail ?? ''}`,
    explanation: (p) =>
      `"${p.detail ?? ''}" comes from documentation or a template and was never replaced, so there is no site to check.`,
    fix: () => ({ steps: ['Replace it with your site address, e.g. https://acme.atlassian.net (copy it from the browser).'] }),
  },
  URL_MISSING_SCHEME: {
    severity: 'info',
    title: () => 'Site URL has no https://',
    explanation: (p) =>
      `Token Doctor assumed ${site(p)}. Many clients reject a URL without a scheme ("No schema supplied", ERR_INVALID_URL — facts §1.11).`,
    fix: (p) => ({ steps: [`Write the full address ${site(p)} in the integration's configuration.`], url: site(p) }),
  },
  URL_INVALID: {
    severity: 'error',
    title: () => 'Site URL cannot be used',
    explanation: (p) => `The site URL cannot be used: ${p.detail ?? 'it is not a URL'}. Nothing was sent.`,
    fix: () => ({ steps: ['Enter the site address as https://<name>.atlassian.net, copied from the browser.'] }),
  },
  REDIRECTED: {
    severity: 'warning',
    title: () => 'The site answered with a redirect',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered ${p.status ?? 'a redirect'}${p.location ? ` to ${p.location}` : ''}. Credentials are never sent through a redirect, so the check stopped there${p.location ? '' : '; where it leads could not be learnt'}. A renamed site or a custom domain redirects like this (facts §1.11); clients that follow it may lose the Authorization header or turn a POST into a GET.`,
    fix: (p) => ({
      steps: [
        p.location ? `Use the address it leads to: ${p.location}` : 'Open the site in a browser and use the final *.atlassian.net address.',
        'Then run the diagnosis again with that address.',
      ],
      url: p.location,
    }),
  },
  CREDENTIALS_REJECTED: {
    severity: 'error',
    title: () => 'Atlassian rejected these credentials',
    explanation: (p) => {
      const variant =
        p.variant === 'deprecated-text'
          ? ' The answer was the text "Basic authentication with passwords is deprecated": despite its words this does not prove a password was used — Atlassian sends it for any Basic credential that is not a valid email + API token pair: a wrong or expired token, a username instead of the email, the token alone, or a base64 value with a trailing newline (facts §1.3).'
          : p.variant === 'html'
            ? ' The answer was an HTML error page rather than JSON (facts §1.3).'
            : '';
      return `${p.probeUrl ?? 'The probe'} answered ${p.status ?? '401'}${p.detail ? ` (${p.detail})` : ''}. Atlassian does not say whether the email, the token, its expiry or its revocation is at fault: all look the same (facts §1.3, §7).${variant} In order of likelihood: ${REJECTED_CHECKLIST.map((s, i) => `(${i + 1}) ${s}`).join(' ')}`;
    },
    fix: (p) => ({
      steps: [
        'Open the API tokens page and check the token\'s expiry date; if it expired or you are unsure, create a new one and paste it here.',
        `Check that ${p.email ? `"${p.email}"` : 'the email'} is the email of the Atlassian account that created the token.`,
        'Paste the token again, with nothing before or after it.',
        'Run the diagnosis again. Do not retry in a loop: repeated failures can lock the account behind a CAPTCHA.',
      ],
      link: tokensLink,
      curl: p.origin ? basicCurl(siteMyselfUrl(p.origin), p.email ?? '') : undefined,
    }),
  },
  ANONYMOUS_FALLBACK: {
    severity: 'error',
    title: () => 'The call ran as anonymous: credentials were ignored',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered ${p.status ?? '200'} but with X-Seraph-LoginReason: AUTHENTICATED_FAILED${p.detail ? ` (${p.detail})` : ''}: Atlassian rejected the credentials and served the request as an anonymous user (facts §1.1). This is why integrations see empty lists or "does not exist" for things that exist. Expired tokens behave this way.`,
    fix: () => ({
      steps: [...REJECTED_CHECKLIST.slice(0, 2), 'Create a new API token and use it with the account email.'],
      link: tokensLink,
    }),
  },
  SCOPE_MISSING: {
    severity: 'warning',
    title: () => 'Token accepted, but it lacks a scope this call needs',
    explanation: (p) =>
      `The API gateway answered ${p.status ?? '401'} "Unauthorized; scope does not match"${p.detail ? ` (${p.detail})` : ''} for ${p.probeUrl ?? 'the probe'}: the token is genuine and scoped, but has none of the scopes this endpoint needs (facts §1.7). It needs the classic scope ${p.scopesClassic ?? '?'} or all of the granular scopes ${p.scopesGranular ?? '?'} (facts §6). Calls that need other scopes may still work.`,
    fix: (p) => ({
      steps: [
        'Scopes cannot be added to an existing token (facts §1.7): create a new API token with scopes.',
        `Include the classic scope ${p.scopesClassic ?? ''}, or the granular scopes ${p.scopesGranular ?? ''}, plus whatever else the integration calls.`,
        'Replace the token in the integration and run the diagnosis again.',
      ],
      link: tokensLink,
    }),
  },
  CAPTCHA_REQUIRED: {
    severity: 'error',
    title: () => 'Account locked behind a CAPTCHA',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered ${p.status ?? '403'} with X-Seraph-LoginReason: AUTHENTICATION_DENIED and X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE: after repeated failed logins Atlassian stops checking the password at all, so even correct credentials fail until someone solves the CAPTCHA in a browser (facts §1.4).`,
    fix: (p) => ({
      steps: [
        `Sign in once in a browser${p.loginUrl ? ` at ${p.loginUrl}` : ''} as this user and answer the CAPTCHA.`,
        'Or ask an admin to reset the failed-login count for the user.',
        'Stop the integration that keeps failing first, or it will lock the account again.',
      ],
      url: p.loginUrl,
    }),
  },
  EMAIL_MISSING: {
    severity: 'error',
    title: () => 'No email given',
    explanation: () =>
      'Cloud API tokens are sent as Basic email:token. The token alone is rejected, often with the misleading "Basic authentication with passwords is deprecated" (facts §1.3). Nothing was sent.',
    fix: () => ({ steps: ['Enter the email address of the Atlassian account that created the token.'] }),
  },
  EMAIL_NOT_AN_EMAIL: {
    severity: 'error',
    title: (p) => `"${p.detail ?? ''}" is not an email address`,
    explanation: () =>
      'Atlassian Cloud needs the account\'s email address with an API token; a username is rejected, and the request may silently run as anonymous (facts §1.1, §1.3). Nothing was sent with it.',
    fix: () => ({ steps: ['Use the email address shown on your Atlassian account profile (id.atlassian.com).'] }),
  },
  TOKEN_MISSING: {
    severity: 'error',
    title: () => 'No API token given',
    explanation: () => 'There is no token to check. Nothing was sent.',
    fix: () => ({ steps: ['Create an API token and paste it here.'], link: tokensLink }),
  },
  SECRET_HAS_WHITESPACE: {
    severity: 'warning',
    title: (p) => (p.detail === 'inside' ? 'The token has spaces or line breaks inside it' : 'The token has spaces or a line break around it'),
    explanation: (p) =>
      `API tokens never contain white space. ${p.detail === 'inside' ? 'A token broken across lines' : 'A trailing newline (from a file, an environment variable or a copy)'} makes the header invalid or the token wrong. Token Doctor removed it for the check; the integration must send the token without it too.`,
    fix: () => ({ steps: ['Paste the token again without spaces or line breaks, and strip them where the integration reads it (e.g. trim the environment variable or secret file).'] }),
  },
  TOKEN_LOOKS_LIKE_PASSWORD: {
    severity: 'warning',
    title: () => 'This looks like a password, not an API token',
    explanation: (p) =>
      `The secret does not look like an Atlassian API token: ${p.detail ?? 'its shape is unusual'}. Passwords are no longer accepted by Atlassian Cloud REST APIs (facts §1.3).`,
    fix: () => ({ steps: ['Create an API token and use it in place of the password.'], link: tokensLink }),
  },
  TOKEN_IS_JWT: {
    severity: 'error',
    title: () => 'This is an OAuth access token (a JWT), not an API token',
    explanation: (p) =>
      `The value is a JSON Web Token${p.detail ? ` of type ${p.detail}` : ''}. OAuth 2.0 access tokens are sent as "Authorization: Bearer" to api.atlassian.com, never as Basic email:token to the site (facts §1.9, §3.2). Nothing was sent.`,
    fix: () => ({
      steps: [
        'If the integration uses OAuth 2.0, it must call https://api.atlassian.com/ex/jira/{cloudId}/... with "Authorization: Bearer <access token>".',
        'If you meant to check an API token, paste the API token instead.',
      ],
      link: tokensLink,
    }),
  },
  TOKEN_LOOKS_ENCODED: {
    severity: 'error',
    title: () => 'This is an encoded Authorization value, not the token itself',
    explanation: (p) =>
      `The value is ${p.detail ?? 'an Authorization header value'}${p.email ? ` for ${p.email}` : ''}. Encoding it again makes a credential Atlassian cannot read. Nothing was sent.`,
    fix: () => ({
      steps: [
        'Paste only the API token itself (the part after the colon in email:token).',
        'Let the client build the header, e.g. curl -u "email:token", rather than pasting base64.',
      ],
    }),
  },
  TOKEN_CONTAINS_CURL_ARGUMENT: {
    severity: 'error',
    title: () => 'The token field holds part of a command',
    explanation: (p) =>
      `The token field contains "${p.detail ?? 'curl'}": part of a curl command or of an email:token pair was pasted instead of the token. Sent as is, it is rejected, and some tools then report "project not found" (facts §1.1). Nothing was sent.`,
    fix: () => ({ steps: ['Paste only the API token; put the email in the Email field.'] }),
  },
  IP_NOT_ALLOWLISTED: {
    severity: 'error',
    title: () => 'Blocked by the site\'s IP allowlist',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered ${p.status ?? '403'}: "The IP address has been rejected because it is not on the allowed list." The organization restricts site access to listed IP addresses (facts §1.10); the credentials were not judged at all.`,
    fix: () => ({
      steps: [
        'Ask an organization admin to add the integration\'s public IP address (and yours, for this check) at admin.atlassian.com → Security → IP allowlists.',
        'IP allowlists do not apply to organization-level APIs (facts §1.10).',
      ],
    }),
  },
  FORBIDDEN: {
    severity: 'error',
    title: () => 'Refused (403)',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered 403${p.detail ? `: ${p.detail}` : ''}. The credentials reached Atlassian but this call was refused for a reason Token Doctor does not recognise.`,
    fix: () => ({ steps: ['Read the answer shown under the probe; ask a site admin whether the user has access to the product.'] }),
  },
  RATE_LIMITED: {
    severity: 'warning',
    title: () => 'Rate limited: try again later',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered 429${p.retryAfter ? ` with Retry-After: ${p.retryAfter}` : ''} (facts §1.12). API token traffic is governed by burst limits per site; the check could not finish.`,
    fix: (p) => ({ steps: [`Wait ${p.retryAfter ? `${p.retryAfter} seconds` : 'a minute'} and run the diagnosis again.`, 'If the integration hits this often, make it honour Retry-After with backoff.'] }),
  },
  SERVER_ERROR: {
    severity: 'error',
    title: (p) => `Atlassian answered with a server error (${p.status ?? '5xx'})`,
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered ${p.status ?? 'a 5xx status'}${p.detail ? ` (${p.detail})` : ''}. This is on Atlassian's side, not a credential problem; the check could not finish.`,
    fix: () => ({ steps: ['Check https://status.atlassian.com and try again in a few minutes.'] }),
  },
  TIMEOUT: {
    severity: 'error',
    title: () => 'No answer in time',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} did not answer within ${p.timeoutMs ? `${Math.round(Number(p.timeoutMs) / 1000)} s` : 'the time limit'}. The check stopped waiting; nothing was retried.`,
    fix: () => ({ steps: ['Check your connection or proxy, and https://status.atlassian.com, then run the diagnosis again.'] }),
  },
  NETWORK_ERROR: {
    severity: 'error',
    title: () => 'Could not reach Atlassian',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} failed before any answer: ${p.detail ?? 'a network error'}. A proxy, firewall, VPN or DNS problem is likely; an unknown host name fails this way too.`,
    fix: () => ({ steps: ['Open the site in a browser tab to check it is reachable from this machine, then run the diagnosis again.'] }),
  },
  UNEXPECTED_RESPONSE: {
    severity: 'error',
    title: () => 'Unexpected answer: not the JSON an API gives',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered ${p.status ?? ''}${p.detail ? ` with ${p.detail}` : ''} where JSON was due. A login page, proxy or firewall page answers like this; clients report it as "invalid character '<'" (facts §1.11).`,
    fix: () => ({ steps: ['Check that the address is the *.atlassian.net site itself and that no proxy or SSO page stands in front of it.'] }),
  },
  BLOCKED_BY_POLICY: {
    severity: 'error',
    title: () => 'Not sent: the destination is not allowed',
    explanation: (p) =>
      `Token Doctor refused to send the credential to ${p.host ?? 'this address'}: secrets only go to the profile's own *.atlassian.net site and api.atlassian.com.`,
    fix: () => ({ steps: ['Check the site URL of the profile.'] }),
  },
};
