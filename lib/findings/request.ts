/**
 * Request construction: mistakes in a pasted curl / HTTP / PowerShell request (lib/requests), found
 * before any network call; `detail` holds the pasted text the finding is about (never a secret).
 */
import { type FindingParams, groupTable } from './entry';
import { SOURCES } from './sources';

/** The opening of both typographic-quote rows: how many, and where they come from. */
const quotesSeen = (p: FindingParams) =>
  `The paste has ${p.detail ?? 'some'} typographic quote${p.detail === '1' ? '' : 's'}, typical of text copied from a web page or a word processor (Atlassian's own PowerShell examples have them).`;

export const REQUEST_ROWS = groupTable('request', {
  BASE64_TRAILING_NEWLINE: {
    severity: 'error',
    sources: [SOURCES.base64Newline, SOURCES.passwordsDeprecated],
    title: () => 'The base64 credential ends with a newline',
    explanation: () =>
      `The recipe encodes a newline after the token: "echo" without "-n" (or a "<<<" here-string) adds one, and base64 keeps it, so Atlassian receives the token plus "\\n" and rejects it — often with the misleading "Basic authentication with passwords is deprecated".`,
    fix: () => ({
      steps: [
        'Let the client build the header: curl -u "email:token" (or Invoke-RestMethod with a header built from the exact text).',
        "If you must encode by hand, use printf '%s' 'email:token' | base64 -w0, or echo -n.",
      ],
    }),
  },
  BASE64_LINE_WRAPPED: {
    severity: 'warning',
    sources: [SOURCES.apiTokens],
    title: () => 'GNU base64 wraps long values across lines',
    explanation: () =>
      'On Linux, base64 inserts a line break every 76 characters unless given -w 0. Current API tokens are about 190 characters, so base64 of "email:token" spans several lines and the header breaks in the middle (token length is variable). macOS base64 does not wrap, so the same script works on one machine and fails on another.',
    fix: () => ({ steps: ['Use curl -u "email:token" instead of a hand-made header, or base64 -w 0 on Linux.'] }),
  },
  BASIC_NOT_ENCODED: {
    severity: 'error',
    sources: [SOURCES.basicAuthCloud],
    title: () => 'The Basic value is not base64',
    explanation: (p) =>
      `After "Basic " comes ${p.detail ? `"${p.detail}"` : 'text'} written out, but the Basic scheme wants base64 of "email:token". Atlassian cannot read it and treats the call as failed or anonymous.`,
    fix: () => ({
      steps: ['Use curl -u "email:token", which encodes it for you, or put base64 of email:token after "Basic ".'],
    }),
  },
  HEADER_NAME_MISSPELLED: {
    severity: 'error',
    sources: [SOURCES.cloud12617],
    title: (p) => `Header name "${p.detail ?? ''}" is misspelt: ${p.expected ?? ''}`,
    explanation: (p) =>
      `"${p.detail ?? ''}" is not a header Atlassian knows, so it is ignored: ${p.expected === 'Authorization' ? 'the request goes without credentials and runs as anonymous, which gives 401, empty results or "does not exist"' : p.expected === 'X-Atlassian-Token' ? 'uploads are then refused with "XSRF check failed"' : `the server never sees a ${p.expected ?? ''} header`}. Seen in Atlassian's own CLOUD-12617 example ("Authrorization").`,
    fix: (p) => ({ steps: [`Write the header name as ${p.expected ?? 'intended'}.`] }),
  },
  CONTENT_HEADER_MISSPELLED: {
    severity: 'warning',
    sources: [SOURCES.cloud12617],
    title: (p) => `Header name "${p.detail ?? ''}" is misspelt: ${p.expected ?? ''}`,
    explanation: (p) =>
      `"${p.detail ?? ''}" is not a header Atlassian knows, so it is ignored: the server never sees a ${p.expected ?? ''} header. Seen in Atlassian's own CLOUD-12617 example ("Authrorization").`,
    fix: (p) => ({ steps: [`Write the header name as ${p.expected ?? 'intended'}.`] }),
  },
  HEADER_MISSING_COLON: {
    severity: 'error',
    sources: [SOURCES.cloud12617],
    title: (p) => `Header "${p.detail ?? ''}" has no colon`,
    explanation: (p) =>
      `A header is "Name: value"; without the colon${p.expected ? ` (here "${p.expected}" stands in its place)` : ''} curl sends a malformed line, or none, so ${p.detail?.toLowerCase().startsWith('auth') ? 'the credentials never arrive and the call runs as anonymous' : 'the header is lost'}. Atlassian's own CLOUD-12617 example has this mistake ("Authrorization Basic xxxxxxx").`,
    fix: (p) => ({ steps: [`Put a colon right after the name: "${p.detail ?? 'Name'}: value".`] }),
  },
  AUTH_SCHEME_MISSING: {
    severity: 'error',
    sources: [SOURCES.basicAuthCloud, SOURCES.oauthCalls],
    title: () => 'Authorization value has no scheme',
    explanation: () =>
      'The Authorization header carries a value without "Basic " or "Bearer " in front, so Atlassian cannot tell how to read it and rejects the call, or serves it as anonymous. Cloud API tokens use Basic with base64 of "email:token"; OAuth access tokens use Bearer.',
    fix: () => ({
      steps: [
        'Use curl -u "email:token" for an API token, or "Authorization: Bearer <access token>" for an OAuth access token.',
      ],
    }),
  },
  CURL_SINGLE_DASH_LONG_OPTION: {
    severity: 'error',
    sources: [SOURCES.curlManual],
    title: (p) => `curl option ${p.detail ?? ''} has one dash`,
    explanation: (p) =>
      `Long curl options take two dashes. curl reads ${p.detail ?? 'it'} as a row of one-letter options (${p.detail === '-data' ? '"-d ata": the body becomes "ata" and the next word a URL' : 'never what was meant'}), so the request goes without it. This mistake is in Atlassian's own backup-management page ("-header").`,
    fix: (p) => ({ steps: [`Write -${p.detail ?? ''} (two dashes).`] }),
  },
  LINE_CONTINUATION_MISSING: {
    severity: 'error',
    sources: [SOURCES.cloud12617],
    title: () => 'A line of the command is not joined to the one before',
    explanation: (p) =>
      `The line starting "${p.detail ?? ''}" follows a line that does not end with "\\" (or "^" in Windows cmd, a backquote in PowerShell), so the shell runs the curl command without it and then fails on that line as a command of its own (as in Atlassian's CLOUD-12617 example). Token Doctor read it as part of the command to check the rest.`,
    fix: () => ({
      steps: [
        'End every line but the last with " \\" (bash, zsh), " ^" (cmd) or " `" (PowerShell), with nothing after it — not even a space.',
      ],
    }),
  },
  SMART_QUOTES: {
    severity: 'error',
    sources: [SOURCES.shellQuoting],
    title: () => 'Typographic quotes (‘ ’ “ ”) instead of straight quotes',
    explanation: (p) =>
      `${quotesSeen(p)} Shells do not treat them as quotes, so they become part of the email, token or header (Token Doctor read them as straight quotes to check the rest).`,
    fix: () => ({ steps: ['Replace each ‘ ’ with \' and each “ ” with " (the corrected command below does).'] }),
  },
  SMART_QUOTES_IN_POWERSHELL: {
    severity: 'warning',
    sources: [SOURCES.powershellQuoting],
    title: () => 'Typographic quotes (‘ ’ “ ”) instead of straight quotes',
    explanation: (p) =>
      `${quotesSeen(p)} PowerShell accepts them, but Windows PowerShell 5.1 misreads them in a script saved as UTF-8 without a BOM, and any other tool treats them as text (Token Doctor read them as straight quotes to check the rest).`,
    fix: () => ({ steps: ['Replace each ‘ ’ with \' and each “ ” with " (the corrected command below does).'] }),
  },
  TYPOGRAPHIC_DASH: {
    severity: 'error',
    sources: [SOURCES.curlManual],
    title: (p) => `"${p.detail ?? ''}" starts with a typographic dash, not "--"`,
    explanation: () =>
      'Web pages and word processors turn "--" into a dash (– or —). curl does not know such an option: it takes the word as a URL and drops what it was meant to set. Token Doctor read it as "--" to check the rest.',
    fix: () => ({ steps: ['Type the two hyphens again (--) in front of the option (the corrected command does).'] }),
  },
  TOKEN_WITHOUT_EMAIL: {
    severity: 'error',
    sources: [SOURCES.tokenWithoutEmail, SOURCES.basicAuthCloud],
    title: () => 'The token is sent without the email',
    explanation: (p) =>
      `${p.detail ?? 'The credential'} holds a token but no "email:" before it. Cloud API tokens only work as the pair email:token; the token alone is rejected, usually with the misleading "Basic authentication with passwords is deprecated".`,
    fix: () => ({
      steps: [
        'Send "email:token", with the email of the Atlassian account that created the token: curl -u "you@example.com:$ATLASSIAN_API_TOKEN".',
      ],
    }),
  },
  EMAIL_TOKEN_SWAPPED: {
    severity: 'error',
    sources: [SOURCES.basicAuthCloud],
    title: () => 'Email and token are the wrong way round',
    explanation: () =>
      'The credential is "token:email". Basic authentication reads the part before the colon as the user and the part after as the password, so Atlassian sees a token as the user name and rejects the call.',
    fix: () => ({ steps: ['Swap them: email first, then a colon, then the token.'] }),
  },
  GET_WITH_BODY: {
    severity: 'warning',
    sources: [SOURCES.getWithBody],
    title: () => 'A GET request with a body',
    explanation: () =>
      'GET requests carry no body: some clients and proxies drop it, and Jira Cloud has answered such requests with AUTHENTICATED_FAILED. Either the method should be POST or PUT, or the data belongs in the query string.',
    fix: () => ({
      steps: [
        'Drop the body, or put the data in the URL (curl -G moves -d data there), or use the method the endpoint documents (e.g. POST /rest/api/3/search/jql).',
      ],
    }),
  },
  UPLOAD_WITHOUT_XSRF_HEADER: {
    severity: 'error',
    sources: [SOURCES.xsrfNoCheck, SOURCES.xsrfBrowserAgent],
    title: () => 'File upload without X-Atlassian-Token: no-check',
    explanation: () =>
      'Atlassian refuses multipart uploads (attachments, imports) with 403 "XSRF check failed" unless the request carries "X-Atlassian-Token: no-check". The value must be "no-check"; "nocheck" is deprecated.',
    fix: () => ({ steps: ['Add the header X-Atlassian-Token: no-check.'] }),
  },
  CREDENTIAL_PLACEHOLDER: {
    severity: 'error',
    sources: [SOURCES.basicAuthCloud],
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
    sources: [SOURCES.basicAuthAnonymous],
    title: () => 'The request sends no credentials',
    explanation: () =>
      'There is no Authorization header and no -u: the call runs as anonymous. Jira then answers 401 on /myself, but 200 with empty or reduced data on many other endpoints, and Confluence 403 "caller cannot access Confluence".',
    fix: () => ({ steps: ['Add -u "email:$ATLASSIAN_API_TOKEN" (curl) or a Basic Authorization header.'] }),
  },
  REQUEST_UNREADABLE: {
    severity: 'error',
    sources: [],
    noSource: 'Nothing was read from the paste, so no page says more than the finding does.',
    title: () => 'This text could not be read as a request',
    explanation: (p) => p.detail ?? 'Token Doctor could not find a request in it.',
    fix: () => ({
      steps: ['Paste the whole command: from "curl" (or Invoke-RestMethod, or the request line) to its last line.'],
    }),
  },
  REQUEST_WELL_FORMED: {
    severity: 'ok',
    sources: [SOURCES.basicAuthCloud],
    title: () => 'Nothing wrong in how this request is built',
    explanation: (p) =>
      `${p.detail ?? 'The request'} has no construction mistake Token Doctor knows of. Whether Atlassian accepts the credential is another question: Diagnose asks Atlassian with its own read-only calls.`,
  },
});
