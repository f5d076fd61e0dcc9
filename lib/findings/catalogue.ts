/**
 * The findings catalogue: for each code, its severity, its words and its fix. Data, not logic
 * (style.md §2): the classifier decides *which* code applies and passes the evidence as params;
 * this table says what that means to a person and what to change.
 *
 * Params are plain strings filled in by the classifier or the lint (never a secret).
 */
import type { FindingCode } from '../model/codes';
import type { FindingFix, Severity } from '../model/report';
import { KIND_ENTRIES } from './catalogue-kinds';
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
  | 'accountName'
  | 'expected'
  | 'flavour'
  | 'method'
  | 'path'
  // other credential kinds
  | 'orgId'
  | 'sites'
  | 'expiresAt'
  | 'product'
  | 'serverUrl'
  | 'scopes';

export interface Entry {
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
  // The other credential kinds and the extra checks keep their words in their own file.
  ...KIND_ENTRIES,
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
    fix: (p) =>
      gatewayFix(
        p,
        `Change the integration's base URL from ${site(p)} to https://api.atlassian.com/ex/jira/${p.cloudId ?? '{cloudId}'}.`,
      ),
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
      p.serverUrl
        ? `The Data Center server is addressed over plain http://: the personal access token travels unencrypted, readable by anything on the network path. Token Doctor checked ${p.serverUrl} as given.`
        : `Atlassian Cloud only serves HTTPS: http:// answers with a 301 redirect (facts §1.11), and clients that follow it can turn a POST into a GET and get a misleading 200. Token Doctor checked ${site(p)} instead; browsers upgrade atlassian.net to HTTPS by themselves, scripts do not.`,
    fix: (p) =>
      p.serverUrl
        ? { steps: ['Serve Jira over HTTPS (a TLS proxy in front of it) and use the https:// address.'] }
        : { steps: [`Use ${site(p)} in the integration's configuration.`], url: site(p) },
  },
  URL_HAS_EXTRA_PATH: {
    severity: 'warning',
    title: (p) => `Site URL has an extra path: ${p.detail ?? ''}`,
    explanation: (p) =>
      p.serverUrl
        ? `A base URL is the server and its context path only; ${p.detail ?? 'this part'} belongs to a page or an API call. Token Doctor checked ${p.serverUrl}.`
        : `A base URL is the site alone. Jira Cloud has no /jira context path (facts §1.11: /jira/rest/... is a 404 "dead link"), and /wiki, /rest/api/... or a page address in a base URL make clients build wrong paths. Token Doctor checked ${site(p)}.`,
    fix: (p) => ({ steps: [`Set the base URL to ${site(p)} and let the client add the API path.`], url: site(p) }),
  },
  URL_PLACEHOLDER: {
    severity: 'error',
    title: (p) => `Site URL still contains a placeholder: ${p.detail ?? ''}`,
    explanation: (p) =>
      `"${p.detail ?? ''}" comes from documentation or a template and was never replaced, so there is no site to check.`,
    fix: () => ({
      steps: ['Replace it with your site address, e.g. https://acme.atlassian.net (copy it from the browser).'],
    }),
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
        p.location
          ? `Use the address it leads to: ${p.location}`
          : 'Open the site in a browser and use the final *.atlassian.net address.',
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
      if (p.variant === 'oauth') {
        return `${p.probeUrl ?? 'The probe'} answered ${p.status ?? '401'}${p.detail ? ` (${p.detail})` : ''}: the access token is not accepted although its own expiry has not passed. It was revoked (the user removed the app, or the app's access was withdrawn), or it is not a real Atlassian token (facts §1.9).`;
      }
      return `${p.probeUrl ?? 'The probe'} answered ${p.status ?? '401'}${p.detail ? ` (${p.detail})` : ''}. Atlassian does not say whether the email, the token, its expiry or its revocation is at fault: all look the same (facts §1.3, §7).${variant} In order of likelihood: ${REJECTED_CHECKLIST.map((s, i) => `(${i + 1}) ${s}`).join(' ')}`;
    },
    fix: (p) =>
      p.variant === 'oauth'
        ? {
            steps: [
              'Have the integration obtain a new access token (with its refresh token, or by sending the user through consent again).',
              'Token Doctor never refreshes tokens itself: Atlassian rotates refresh tokens, so a refresh here would break the integration (facts §3.3).',
            ],
          }
        : {
            steps: [
              "Open the API tokens page and check the token's expiry date; if it expired or you are unsure, create a new one and paste it here.",
              `Check that ${p.email ? `"${p.email}"` : 'the email'} is the email of the Atlassian account that created the token.`,
              'Paste the token again, with nothing before or after it.',
              'Run the diagnosis again. Do not retry in a loop: repeated failures can lock the account behind a CAPTCHA.',
            ],
            link: tokensLink,
            curl: p.origin ? basicCurl(siteMyselfUrl(p.origin), p.email ?? '') : undefined,
          },
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
      `The API gateway answered ${p.status ?? '401'} "Unauthorized; scope does not match"${p.detail ? ` (${p.detail})` : ''} for ${p.probeUrl ?? 'the probe'}: the token is genuine and scoped, but has none of the scopes this endpoint needs (facts §1.7). ${p.scopesClassic ? `It needs the classic scope ${p.scopesClassic} or all of the granular scopes ${p.scopesGranular ?? ''} (facts §6).` : "Which scopes it needs is not in the Atlassian specs Token Doctor relies on; see the API's documentation."} Calls that need other scopes may still work.`,
    fix: (p) => ({
      steps: [
        'Scopes cannot be added to an existing token (facts §1.7): create a new API token with scopes.',
        p.scopesClassic
          ? `Include the classic scope ${p.scopesClassic}, or the granular scopes ${p.scopesGranular ?? ''}, plus whatever else the integration calls.`
          : 'Include the scopes this API documents, plus whatever else the integration calls.',
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
      "Atlassian Cloud needs the account's email address with an API token; a username is rejected, and the request may silently run as anonymous (facts §1.1, §1.3). Nothing was sent with it.",
    fix: () => ({ steps: ['Use the email address shown on your Atlassian account profile (id.atlassian.com).'] }),
  },
  TOKEN_MISSING: {
    severity: 'error',
    title: (p) => `No ${p.detail ?? 'API token'} given`,
    explanation: (p) => `There is no ${p.detail ?? 'token'} to check. Nothing was sent.`,
    fix: () => ({ steps: ['Create an API token and paste it here.'], link: tokensLink }),
  },
  SECRET_HAS_WHITESPACE: {
    severity: 'warning',
    title: (p) =>
      p.detail === 'inside'
        ? 'The token has spaces or line breaks inside it'
        : 'The token has spaces or a line break around it',
    explanation: (p) =>
      `API tokens never contain white space. ${p.detail === 'inside' ? 'A token broken across lines' : 'A trailing newline (from a file, an environment variable or a copy)'} makes the header invalid or the token wrong. Token Doctor removed it for the check; the integration must send the token without it too.`,
    fix: () => ({
      steps: [
        'Paste the token again without spaces or line breaks, and strip them where the integration reads it (e.g. trim the environment variable or secret file).',
      ],
    }),
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
    title: () => "Blocked by the site's IP allowlist",
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered ${p.status ?? '403'}: "The IP address has been rejected because it is not on the allowed list." The organization restricts site access to listed IP addresses (facts §1.10); the credentials were not judged at all.`,
    fix: () => ({
      steps: [
        "Ask an organization admin to add the integration's public IP address (and yours, for this check) at admin.atlassian.com → Security → IP allowlists.",
        'IP allowlists do not apply to organization-level APIs (facts §1.10).',
      ],
    }),
  },
  FORBIDDEN: {
    severity: 'error',
    title: () => 'Refused (403)',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered 403${p.detail ? `: ${p.detail}` : ''}. The credentials reached Atlassian but this call was refused for a reason Token Doctor does not recognise.`,
    fix: () => ({
      steps: ['Read the answer shown under the probe; ask a site admin whether the user has access to the product.'],
    }),
  },
  RATE_LIMITED: {
    severity: 'warning',
    title: () => 'Rate limited: try again later',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered 429${p.retryAfter ? ` with Retry-After: ${p.retryAfter}` : ''} (facts §1.12). API token traffic is governed by burst limits per site; the check could not finish.`,
    fix: (p) => ({
      steps: [
        `Wait ${p.retryAfter ? `${p.retryAfter} seconds` : 'a minute'} and run the diagnosis again.`,
        'If the integration hits this often, make it honour Retry-After with backoff.',
      ],
    }),
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
    fix: () => ({
      steps: ['Check your connection or proxy, and https://status.atlassian.com, then run the diagnosis again.'],
    }),
  },
  NETWORK_ERROR: {
    severity: 'error',
    title: () => 'Could not reach Atlassian',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} failed before any answer: ${p.detail ?? 'a network error'}. A proxy, firewall, VPN or DNS problem is likely; an unknown host name fails this way too.`,
    fix: () => ({
      steps: [
        'Open the site in a browser tab to check it is reachable from this machine, then run the diagnosis again.',
      ],
    }),
  },
  UNEXPECTED_RESPONSE: {
    severity: 'error',
    title: () => 'Unexpected answer: not the JSON an API gives',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered ${p.status ?? ''}${p.detail ? ` with ${p.detail}` : ''} where JSON was due. A login page, proxy or firewall page answers like this; clients report it as "invalid character '<'" (facts §1.11).`,
    fix: () => ({
      steps: [
        'Check that the address is the *.atlassian.net site itself and that no proxy or SSO page stands in front of it.',
      ],
    }),
  },
  BLOCKED_BY_POLICY: {
    severity: 'error',
    title: () => 'Not sent: the destination is not allowed',
    explanation: (p) =>
      `Token Doctor refused to send the credential to ${p.host ?? 'this address'}: secrets only go to the profile's own *.atlassian.net site and api.atlassian.com.`,
    fix: () => ({ steps: ['Check the site URL of the profile.'] }),
  },
  // ── Request construction: a pasted curl / HTTP / PowerShell request (lib/requests). Found
  // before any network call; `detail` holds the pasted text the finding is about (never a secret).
  BASE64_TRAILING_NEWLINE: {
    severity: 'error',
    title: () => 'The base64 credential ends with a newline',
    explanation: () =>
      `The recipe encodes a newline after the token: "echo" without "-n" (or a "<<<" here-string) adds one, and base64 keeps it, so Atlassian receives the token plus "\\n" and rejects it — often with the misleading "Basic authentication with passwords is deprecated" (facts §1.3, ClearTax/jira-lint#62).`,
    fix: () => ({
      steps: [
        'Let the client build the header: curl -u "email:token" (or Invoke-RestMethod with a header built from the exact text).',
        "If you must encode by hand, use printf '%s' 'email:token' | base64 -w0, or echo -n.",
      ],
    }),
  },
  BASE64_LINE_WRAPPED: {
    severity: 'warning',
    title: () => 'GNU base64 wraps long values across lines',
    explanation: () =>
      'On Linux, base64 inserts a line break every 76 characters unless given -w 0. Current API tokens are about 190 characters, so base64 of "email:token" spans several lines and the header breaks in the middle (facts §7: token length is variable). macOS base64 does not wrap, so the same script works on one machine and fails on another.',
    fix: () => ({ steps: ['Use curl -u "email:token" instead of a hand-made header, or base64 -w 0 on Linux.'] }),
  },
  BASIC_NOT_ENCODED: {
    severity: 'error',
    title: () => 'The Basic value is not base64',
    explanation: (p) =>
      `After "Basic " comes ${p.detail ? `"${p.detail}"` : 'text'} written out, but the Basic scheme wants base64 of "email:token". Atlassian cannot read it and treats the call as failed or anonymous (facts §1.1, §1.3).`,
    fix: () => ({
      steps: ['Use curl -u "email:token", which encodes it for you, or put base64 of email:token after "Basic ".'],
    }),
  },
  HEADER_NAME_MISSPELLED: {
    severity: 'error',
    title: (p) => `Header name "${p.detail ?? ''}" is misspelt: ${p.expected ?? ''}`,
    explanation: (p) =>
      `"${p.detail ?? ''}" is not a header Atlassian knows, so it is ignored: ${p.expected === 'Authorization' ? 'the request goes without credentials and runs as anonymous (facts §1.1), which gives 401, empty results or "does not exist"' : p.expected === 'X-Atlassian-Token' ? 'uploads are then refused with "XSRF check failed" (facts §1.10)' : `the server never sees a ${p.expected ?? ''} header`}. Seen in Atlassian's own CLOUD-12617 example ("Authrorization").`,
    fix: (p) => ({ steps: [`Write the header name as ${p.expected ?? 'intended'}.`] }),
  },
  HEADER_MISSING_COLON: {
    severity: 'error',
    title: (p) => `Header "${p.detail ?? ''}" has no colon`,
    explanation: (p) =>
      `A header is "Name: value". Without the colon${p.expected ? ` (here "${p.expected}" stands in its place)` : ''} curl sends a malformed line, or none, so ${p.detail?.toLowerCase().startsWith('auth') ? 'the credentials never arrive and the call runs as anonymous (facts §1.1)' : 'the header is lost'}. Seen in Atlassian's CLOUD-12617 example ("Authrorization Basic xxxxxxx").`,
    fix: (p) => ({ steps: [`Put a colon right after the name: "${p.detail ?? 'Name'}: value".`] }),
  },
  AUTH_SCHEME_MISSING: {
    severity: 'error',
    title: () => 'Authorization value has no scheme',
    explanation: () =>
      'The Authorization header carries a value without "Basic " or "Bearer " in front, so Atlassian cannot tell how to read it and rejects the call, or serves it as anonymous (facts §1.1, §1.3). Cloud API tokens use Basic with base64 of "email:token"; OAuth access tokens use Bearer.',
    fix: () => ({
      steps: [
        'Use curl -u "email:token" for an API token, or "Authorization: Bearer <access token>" for an OAuth access token.',
      ],
    }),
  },
  CURL_SINGLE_DASH_LONG_OPTION: {
    severity: 'error',
    title: (p) => `curl option ${p.detail ?? ''} has one dash`,
    explanation: (p) =>
      `Long curl options take two dashes. curl reads ${p.detail ?? 'it'} as a row of one-letter options (${p.detail === '-data' ? '"-d ata": the body becomes "ata" and the next word a URL' : 'never what was meant'}), so the request goes without it. This mistake is in Atlassian's own backup-management page (seeds/001: -header).`,
    fix: (p) => ({ steps: [`Write -${p.detail ?? ''} (two dashes).`] }),
  },
  LINE_CONTINUATION_MISSING: {
    severity: 'error',
    title: () => 'A line of the command is not joined to the one before',
    explanation: (p) =>
      `The line starting "${p.detail ?? ''}" follows a line that does not end with "\\" (or "^" in Windows cmd, a backquote in PowerShell), so the shell runs the curl command without it and then fails on that line as a command of its own. Seen in Atlassian's CLOUD-12617 example. Token Doctor read it as part of the command to check the rest.`,
    fix: () => ({
      steps: [
        'End every line but the last with " \\" (bash, zsh), " ^" (cmd) or " `" (PowerShell), with nothing after it — not even a space.',
      ],
    }),
  },
  SMART_QUOTES: {
    severity: 'error',
    title: () => 'Typographic quotes (‘ ’ “ ”) instead of straight quotes',
    explanation: (p) =>
      `The paste has ${p.detail ?? 'some'} typographic quote${p.detail === '1' ? '' : 's'}, typical of text copied from a web page or a word processor (Atlassian's own PowerShell example has them: seeds/001, seeds/002). ${p.flavour === 'powershell' ? 'PowerShell itself accepts them, but Windows PowerShell 5.1 misreads them in a script saved as UTF-8 without a BOM, and any other tool treats them as part of the text' : 'Shells do not treat them as quotes: they become part of the value, so the email, token or header is wrong'}. Token Doctor read them as straight quotes to check the rest.`,
    fix: () => ({ steps: ['Replace each ‘ ’ with \' and each “ ” with " (the corrected command below does).'] }),
  },
  TYPOGRAPHIC_DASH: {
    severity: 'error',
    title: (p) => `"${p.detail ?? ''}" starts with a typographic dash, not "--"`,
    explanation: () =>
      'Web pages and word processors turn "--" into a dash (– or —). curl does not know such an option: it takes the word as a URL and drops what it was meant to set. Token Doctor read it as "--" to check the rest.',
    fix: () => ({ steps: ['Type the two hyphens again (--) in front of the option (the corrected command does).'] }),
  },
  TOKEN_WITHOUT_EMAIL: {
    severity: 'error',
    title: () => 'The token is sent without the email',
    explanation: (p) =>
      `${p.detail ?? 'The credential'} holds a token but no "email:" before it. Cloud API tokens only work as the pair email:token; the token alone is rejected, usually with the misleading "Basic authentication with passwords is deprecated" (facts §1.3: danshumaker/jira-cli PR #48, ClearTax/jira-lint PR #56).`,
    fix: () => ({
      steps: [
        'Send "email:token", with the email of the Atlassian account that created the token: curl -u "you@example.com:$ATLASSIAN_API_TOKEN".',
      ],
    }),
  },
  EMAIL_TOKEN_SWAPPED: {
    severity: 'error',
    title: () => 'Email and token are the wrong way round',
    explanation: () =>
      'The credential is "token:email". Basic authentication reads the part before the colon as the user and the part after as the password, so Atlassian sees a token as the user name and rejects the call (facts §1.3).',
    fix: () => ({ steps: ['Swap them: email first, then a colon, then the token.'] }),
  },
  BEARER_WITH_API_TOKEN: {
    severity: 'error',
    title: () => 'An API token is sent as Bearer',
    explanation: () =>
      'Cloud API tokens are sent as Basic with "email:token", never as "Bearer <token>". The site answers 403 "Failed to parse Connect Session Auth Token", 401, or silently empty results (facts §1.8). Bearer is for OAuth 2.0 access tokens and Data Center personal access tokens.',
    fix: () => ({ steps: ['Send the token with curl -u "email:token" (Basic), as in the corrected command.'] }),
  },
  OAUTH_TOKEN_ON_SITE_URL: {
    severity: 'error',
    title: () => 'An OAuth access token is sent to the site URL',
    explanation: (p) =>
      `The Bearer value is an OAuth 2.0 access token (a JWT), and OAuth calls must go through https://api.atlassian.com/ex/jira/{cloudId}/… , not to ${p.host ?? 'the site'} (facts §1.9).`,
    fix: () => ({
      steps: [
        'Call https://api.atlassian.com/ex/jira/{cloudId} + the API path; the cloudId comes from https://api.atlassian.com/oauth/token/accessible-resources (facts §3.1).',
      ],
    }),
  },
  GET_WITH_BODY: {
    severity: 'warning',
    title: () => 'A GET request with a body',
    explanation: () =>
      'GET requests carry no body. Some clients and proxies drop it, and Jira Cloud has answered such requests with AUTHENTICATED_FAILED (facts §1.2: DeloitteDigitalUK/jira-agile-metrics#61). Either the method should be POST or PUT, or the data belongs in the query string.',
    fix: () => ({
      steps: [
        'Drop the body, or put the data in the URL (curl -G moves -d data there), or use the method the endpoint documents (e.g. POST /rest/api/3/search/jql).',
      ],
    }),
  },
  UPLOAD_WITHOUT_XSRF_HEADER: {
    severity: 'error',
    title: () => 'File upload without X-Atlassian-Token: no-check',
    explanation: () =>
      'Atlassian refuses multipart uploads (attachments, imports) with 403 "XSRF check failed" unless the request carries "X-Atlassian-Token: no-check" (facts §1.10). The value must be "no-check"; "nocheck" is deprecated.',
    fix: () => ({ steps: ['Add the header X-Atlassian-Token: no-check.'] }),
  },
  GATEWAY_URL_MISSING_CLOUD_ID: {
    severity: 'error',
    title: () => 'API gateway URL without /ex/{product}/{cloudId}',
    explanation: (p) =>
      `Calls through api.atlassian.com must name the product and the site's cloudId: https://api.atlassian.com/ex/jira/{cloudId}/rest/… or /ex/confluence/{cloudId}/wiki/… . ${p.path ? `Here the path is ${p.path}; ` : ''}without it the gateway answers 404 "No message available" (facts §1.11).`,
    fix: () => ({
      steps: [
        'Find the cloudId: open https://<your-site>.atlassian.net/_edge/tenant_info in a browser (facts §2).',
        'Call https://api.atlassian.com/ex/jira/<cloudId>/rest/api/3/… (or /ex/confluence/<cloudId>/wiki/…).',
      ],
    }),
  },
  REMOVED_ENDPOINT: {
    severity: 'error',
    title: (p) => `${p.path ?? 'This endpoint'} has been removed`,
    explanation: () =>
      'Jira Cloud removed GET and POST /rest/api/2/search and /rest/api/3/search: they answer 410 "The requested API has been removed. Please migrate to the /rest/api/3/search/jql API" (facts §1.11, CHANGE-2046). The new endpoint returns only issue ids unless "fields" is given, and pages with nextPageToken instead of startAt.',
    fix: () => ({
      steps: ['Call /rest/api/3/search/jql with the same jql, and add fields=… (e.g. fields=summary,status).'],
      link: {
        href: 'https://developer.atlassian.com/changelog/#CHANGE-2046',
        label: 'Atlassian changelog: CHANGE-2046',
      },
    }),
  },
  SITE_URL_REFUSES_SCOPED_TOKENS: {
    severity: 'info',
    title: () => 'Calls the site URL: works only with a classic (unscoped) token',
    explanation: (p) =>
      `This request goes to ${p.host ?? 'the site'}, which accepts only API tokens without scopes. A token with scopes (and every service-account token) is refused there with 401, "does not exist" or empty results, and must go through https://api.atlassian.com/ex/jira/{cloudId}/… instead (facts §1.6, CLOUD-12617). Nothing in a token's text says whether it has scopes: if yours does, tick "The token has scopes" to get the gateway URL, or run Diagnose to find out.`,
    fix: () => ({
      steps: [
        'If the token has scopes, call https://api.atlassian.com/ex/jira/{cloudId} + the same API path, with the same email and token.',
      ],
    }),
  },
  CREDENTIAL_PLACEHOLDER: {
    severity: 'error',
    title: (p) => `The credential is still a placeholder: ${p.detail ?? ''}`,
    explanation: (p) =>
      `"${p.detail ?? ''}" comes from documentation and was never replaced with a real ${p.expected ?? 'value'}, so Atlassian rejects it.`,
    fix: () => ({
      steps: [
        'Put your account email and an API token in its place (the corrected command uses curl -u with $ATLASSIAN_API_TOKEN).',
      ],
    }),
  },
  NO_CREDENTIALS_SENT: {
    severity: 'warning',
    title: () => 'The request sends no credentials',
    explanation: () =>
      'There is no Authorization header and no -u: the call runs as anonymous. Jira then answers 401 on /myself, but 200 with empty or reduced data on many other endpoints, and Confluence 403 "caller cannot access Confluence" (facts §1.1, §1.5).',
    fix: () => ({ steps: ['Add -u "email:$ATLASSIAN_API_TOKEN" (curl) or a Basic Authorization header.'] }),
  },
  REQUEST_UNREADABLE: {
    severity: 'error',
    title: () => 'This text could not be read as a request',
    explanation: (p) => p.detail ?? 'Token Doctor could not find a request in it.',
    fix: () => ({
      steps: ['Paste the whole command: from "curl" (or Invoke-RestMethod, or the request line) to its last line.'],
    }),
  },
  REQUEST_WELL_FORMED: {
    severity: 'ok',
    title: () => 'Nothing wrong in how this request is built',
    explanation: (p) =>
      `${p.detail ?? 'The request'} has no construction mistake Token Doctor knows of. Whether Atlassian accepts the credential is another question: Diagnose asks Atlassian with its own read-only calls.`,
  },
};
