/**
 * Rejected: a 401 and its disguises, and the credential mistakes that lead to one.
 */
import { groupTable, HEADLINES, tokensLink } from './entry';
import { basicCurl, siteMyselfUrl } from './fix-commands';
import { SOURCES } from './sources';

const REJECTED_CHECKLIST = [
  'The token has expired: tokens last at most a year, and tokens made before 15 Dec 2024 expired between 14 Mar and 12 May 2026. Check its expiry date on the API tokens page.',
  'The email is not the one of the Atlassian account that made the token (a username or another address will not do).',
  'The token was revoked, or mistyped when pasted (a character missing at either end).',
  'A password was used instead of an API token: passwords no longer work for REST calls.',
];

export const REJECTED_ROWS = groupTable('rejected', {
  CREDENTIALS_REJECTED: {
    severity: 'error',
    sources: [SOURCES.apiTokens, SOURCES.basicAuthCloud, SOURCES.passwordsDeprecated],
    headline: HEADLINES.rejected,
    title: () => 'Atlassian rejected these credentials',
    explanation: (p) => {
      const answer =
        p.variant === 'deprecated-text'
          ? ' with the text "Basic authentication with passwords is deprecated", which does not prove a password was used: Atlassian sends it for any Basic credential that is not a valid email + API token pair'
          : p.variant === 'html'
            ? ' with an HTML error page rather than JSON'
            : '';
      return `${p.probeUrl ?? 'The probe'} answered ${p.status ?? '401'}${p.detail ? ` (${p.detail})` : ''}${answer}. Atlassian does not say whether the email, the token, its expiry or its revocation is at fault: the steps go through them in order of likelihood.`;
    },
    fix: (p) => ({
      steps: [
        "Open the API tokens page and check the token's expiry date; if it expired or you are unsure, create a new one and paste it here.",
        `Check that ${p.email ? `"${p.email}"` : 'the email'} is the email of the Atlassian account that created the token.`,
        'Paste the token again, with nothing before or after it: a revoked or mistyped token (a character missing at either end) fails the same way.',
        'If a password was used instead of an API token: passwords no longer work for REST calls.',
        'Run the diagnosis again. Do not retry in a loop: repeated failures can lock the account behind a CAPTCHA.',
      ],
      link: tokensLink,
      curl: p.origin ? basicCurl(siteMyselfUrl(p.origin), p.email ?? '') : undefined,
    }),
  },
  ANONYMOUS_FALLBACK: {
    severity: 'error',
    sources: [
      SOURCES.expiredTokenAnonymous,
      SOURCES.basicAuthAnonymous,
      SOURCES.expiredEmptyResults,
      SOURCES.unscopedExpiryCap,
      SOURCES.autoRevocation,
    ],
    headline: HEADLINES.rejected,
    title: () => 'The call ran as anonymous: credentials were ignored',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered ${p.status ?? '200'} but with X-Seraph-LoginReason: AUTHENTICATED_FAILED${p.detail ? ` (${p.detail})` : ''}: Atlassian rejected the credentials and served the request as an anonymous user. That is why integrations see empty lists or "does not exist" for things that exist; an expired or revoked token is the usual cause.`,
    fix: () => ({
      steps: [
        'First suspect expiry: API tokens made before 15 Dec 2024 all expired between March and May 2026, tokens last at most a year, and new tokens without scopes may be capped sooner (one was limited to 31 March 2026). Check the expiry date on the API tokens page.',
        'Then revocation: Atlassian revokes a token automatically soon after it appears in a public place (a public repository, page or paste) and emails its owner. Look for that email.',
        REJECTED_CHECKLIST[1] ?? '',
        'Create a new API token (with scopes if the integration allows), use it with the account email, and keep it out of public places.',
      ],
      link: tokensLink,
    }),
  },
  SCOPE_MISSING: {
    // "scope does not match" comes only from the gateway's scope gate, after the token was
    // recognised: the token is genuine, and nothing more is proven (https://github.com/hunyadi/md2conf/issues/169).
    severity: 'warning',
    outcome: 'recognised',
    headline: HEADLINES.scopeless,
    sources: [SOURCES.apiTokens, SOURCES.serviceAccount401],
    title: () => 'A genuine scoped token, without a scope this call needs',
    explanation: (p) =>
      `The API gateway answered ${p.status ?? '401'} "Unauthorized; scope does not match"${p.detail && !/^unauthorized; scope does not match$/i.test(p.detail.trim()) ? ` (${p.detail})` : ''} for ${p.probeUrl ?? 'the probe'}: the token is genuine and scoped, but lacks what this endpoint needs, so nothing shows it works for other calls either. ${p.scopesClassic ? `The endpoint needs the classic scope ${p.scopesClassic} or all of the granular scopes ${p.scopesGranular ?? ''}.` : "Which scopes it needs is not in the Atlassian specs Token Doctor relies on; see the API's documentation."}`,
    fix: (p) => ({
      steps: [
        'Scopes cannot be added to an existing token: create a new API token with scopes.',
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
    sources: [SOURCES.captchaKb, SOURCES.captchaReset, SOURCES.captchaConfluence],
    headline: HEADLINES.rejected,
    title: () => 'Account locked behind a CAPTCHA',
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered ${p.status ?? '403'} with X-Seraph-LoginReason: AUTHENTICATION_DENIED and X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE: after repeated failed logins Atlassian stops checking the password at all, so even correct credentials fail until someone solves the CAPTCHA in a browser.`,
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
    sources: [SOURCES.basicAuthCloud, SOURCES.tokenWithoutEmail],
    title: () => 'No email given',
    explanation: () =>
      'Cloud API tokens are sent as Basic email:token, and the token alone is rejected, often with the misleading "Basic authentication with passwords is deprecated". Nothing was sent.',
    fix: () => ({ steps: ['Enter the email address of the Atlassian account that created the token.'] }),
  },
  EMAIL_NOT_AN_EMAIL: {
    severity: 'error',
    sources: [SOURCES.basicAuthCloud, SOURCES.basicAuthAnonymous],
    title: (p) => `"${p.detail ?? ''}" is not an email address`,
    explanation: () =>
      "Atlassian Cloud needs the account's email address with an API token; a username is rejected, and the request may silently run as anonymous. Nothing was sent with it.",
    fix: () => ({ steps: ['Use the email address shown on your Atlassian account profile (id.atlassian.com).'] }),
  },
  TOKEN_MISSING: {
    severity: 'error',
    sources: [SOURCES.apiTokens],
    title: (p) => `No ${p.detail ?? 'API token'} given`,
    explanation: (p) => `There is no ${p.detail ?? 'token'} to check. Nothing was sent.`,
    fix: () => ({ steps: ['Create an API token and paste it here.'], link: tokensLink }),
  },
  SECRET_HAS_WHITESPACE: {
    severity: 'warning',
    sources: [SOURCES.base64Newline],
    title: (p) =>
      p.detail === 'inside'
        ? 'The token has spaces or line breaks inside it'
        : 'The token has spaces or a line break around it',
    explanation: (p) =>
      `API tokens never contain white space: ${p.detail === 'inside' ? 'a token broken across lines' : 'a trailing newline (from a file, an environment variable or a copy)'} makes the header invalid or the token wrong. Token Doctor removed it for the check; the integration must send the token without it too.`,
    fix: () => ({
      steps: [
        'Paste the token again without spaces or line breaks, and strip them where the integration reads it (e.g. trim the environment variable or secret file).',
      ],
    }),
  },
  SECRET_HAS_CONTROL_CHARACTER: {
    severity: 'error',
    sources: [SOURCES.headerFieldValues],
    title: () => 'The secret contains an invisible control character',
    explanation: (p) =>
      `${p.detail ?? 'A control character'} is in the value, and no Atlassian token, key or personal access token contains one: it came with the copy (a terminal, a binary file, a bad decode). A header carrying it is invalid and browsers refuse to send it, so nothing was sent.`,
    fix: () => ({
      steps: [
        'Copy the secret again from where it was made (or make a new one) and paste it here.',
        'Check how the integration reads it: a secret file or environment variable must hold the value and nothing else.',
      ],
    }),
  },
  TOKEN_LOOKS_LIKE_PASSWORD: {
    severity: 'warning',
    sources: [SOURCES.passwordsDeprecated, SOURCES.apiTokens],
    title: () => 'This looks like a password, not an API token',
    explanation: (p) =>
      `The secret does not look like an Atlassian API token: ${p.detail ?? 'its shape is unusual'}. Passwords are no longer accepted by Atlassian Cloud REST APIs.`,
    fix: () => ({ steps: ['Create an API token and use it in place of the password.'], link: tokensLink }),
  },
  TOKEN_IS_JWT: {
    severity: 'error',
    sources: [SOURCES.oauthCalls, SOURCES.oauthJwt],
    headline: HEADLINES.wrongKind,
    title: () => 'This is an OAuth access token (a JWT), not an API token',
    explanation: (p) =>
      `The value is a JSON Web Token${p.detail ? ` of type ${p.detail}` : ''}: OAuth 2.0 access tokens are sent as "Authorization: Bearer" to api.atlassian.com, never as Basic email:token to the site. Nothing was sent.`,
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
    sources: [SOURCES.basicAuthCloud],
    headline: HEADLINES.wrongKind,
    title: () => 'This is an encoded Authorization value, not the token itself',
    explanation: (p) =>
      `The value is ${p.detail ?? 'an Authorization header value'}${p.email ? ` for ${p.email}` : ''}, and encoding it again makes a credential Atlassian cannot read. Nothing was sent.`,
    fix: () => ({
      steps: [
        'Paste only the API token itself (the part after the colon in email:token).',
        'Let the client build the header, e.g. curl -u "email:token", rather than pasting base64.',
      ],
    }),
  },
  TOKEN_CONTAINS_CURL_ARGUMENT: {
    severity: 'error',
    sources: [SOURCES.tokenFieldWithCurl],
    title: () => 'The token field holds part of a command',
    explanation: (p) =>
      `The token field contains "${p.detail ?? 'curl'}": part of a curl command or of an email:token pair was pasted instead of the token. Sent as is it would be rejected (some tools then report "project not found"), so nothing was sent.`,
    fix: () => ({ steps: ['Paste only the API token; put the email in the Email field.'] }),
  },
  BEARER_WITH_API_TOKEN: {
    severity: 'error',
    sources: [SOURCES.bearerApiToken, SOURCES.basicAuthCloud],
    title: () => 'An API token is sent as Bearer',
    explanation: () =>
      'Cloud API tokens are sent as Basic with "email:token", never as "Bearer <token>" (Bearer is for OAuth 2.0 access tokens and Data Center personal access tokens). The site answers 403 "Failed to parse Connect Session Auth Token", 401, or silently empty results.',
    fix: () => ({ steps: ['Send the token with curl -u "email:token" (Basic), as in the corrected command.'] }),
  },
  // --- Check a request: rules of the Data Center and Bitbucket targets (lib/requests/check/targets) ---
  PAT_SENT_AS_BASIC: {
    severity: 'error',
    sources: [SOURCES.dcPatAsBasic, SOURCES.dcPatBasic403, SOURCES.dcPatBearer],
    title: () => 'A personal access token sent as a Basic password',
    explanation: (p) =>
      `${p.detail ?? 'The Basic credential'} carries what looks like a Data Center personal access token as its password. Jira and Confluence Data Center accept a personal access token only as "Authorization: Bearer <token>"; as a Basic password it answers 401 (403 on some 9.x servers).`,
    fix: (p) => ({
      steps: [
        'Send the token alone as "Authorization: Bearer <token>", with no username (the corrected request does).',
        'The 44-character base64 shape of a personal access token is a hint, not proof: if this is the account password, Data Center may refuse Basic with passwords altogether; create a personal access token (your avatar → Profile → Personal Access Tokens).',
      ],
      curl: p.serverUrl ? `curl -H "Authorization: Bearer $JIRA_PAT" "${p.serverUrl}/rest/api/2/myself"` : undefined,
    }),
  },
  DC_LOGIN_CASE_SENSITIVE: {
    severity: 'warning',
    sources: [SOURCES.dcLoginCase],
    title: () => 'Data Center logs in with the username, not the email',
    explanation: (p) =>
      `${p.detail ? `"${p.detail}"` : 'The user'} is an email address, but a Data Center login is the username (and may be case-sensitive): with the email the server answers "The user could not be authenticated." unless it was set up to accept it.`,
    fix: () => ({
      steps: [
        'Better: send a personal access token as "Authorization: Bearer <token>" — no username at all.',
        'For Basic, use the Jira or Confluence username exactly as the profile page shows it, in the same case.',
      ],
    }),
  },
  BITBUCKET_TOKEN_AS_BEARER_IN_REQUEST: {
    severity: 'error',
    sources: [SOURCES.bitbucketBearer, SOURCES.bitbucketApiTokens, SOURCES.bitbucket401],
    title: () => 'An Atlassian API token sent to Bitbucket as Bearer or without the email',
    explanation: (p) =>
      `${p.detail ?? 'The credential'}: Bitbucket Cloud takes an Atlassian API token only as Basic with the account's email, "email:token". As Bearer, or with an empty username, it answers 401 "Token is invalid, expired, or not supported for this endpoint."`,
    fix: () => ({
      steps: [
        'Send Basic "email:token" with the email of the Atlassian account that made the token: curl -u "you@example.com:$BITBUCKET_API_TOKEN".',
        'The token must have Bitbucket scopes (read:user:bitbucket for /2.0/user): a token without scopes does not work with Bitbucket Cloud APIs.',
      ],
      curl: 'curl -u "you@example.com:$BITBUCKET_API_TOKEN" https://api.bitbucket.org/2.0/user',
    }),
  },
  APP_PASSWORD_RETIRED_IN_REQUEST: {
    severity: 'error',
    sources: [SOURCES.bitbucketAppPasswordsEnd, SOURCES.bitbucket401, SOURCES.bitbucketApiTokens],
    title: () => 'Bitbucket app passwords no longer work',
    explanation: (p) =>
      `${p.detail ?? 'The credential'} is a Bitbucket username with an app password. App passwords could not be created after 2025-09-09 and stopped working on 2026-06-09: Bitbucket answers 401 to the API and 410 to git over HTTPS.`,
    fix: () => ({
      steps: [
        'Create an Atlassian API token with Bitbucket scopes (Atlassian account → Security → API tokens → Create API token with scopes → Bitbucket).',
        'For the REST API send Basic "email:token" with your Atlassian account email, not the Bitbucket username; for git use your Bitbucket username (or x-bitbucket-api-token-auth) with the token.',
      ],
      curl: 'curl -u "you@example.com:$BITBUCKET_API_TOKEN" https://api.bitbucket.org/2.0/user',
    }),
  },
});
