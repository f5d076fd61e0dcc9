/**
 * Request construction: mistakes in a pasted curl / HTTP / PowerShell request (lib/requests), found
 * before any network call; `detail` holds the pasted text the finding is about (never a secret).
 */
import { type FindingParams, groupTable } from './entry';
import { SOURCES } from './sources';

/** The opening of both typographic-quote rows: how many, and where they come from. */
const quotesSeen = (p: FindingParams) =>
  `The paste has ${p.detail ?? 'some'} typographic quote${p.detail === '1' ? '' : 's'}, typical of text copied from a web page or a word processor (Atlassian's own PowerShell examples have them).`;

/** What a variable is, by its syntax (`variant`): "the shell variable", "the output of". */
const VARIABLE_KINDS: Record<string, string> = {
  sh: 'the shell variable',
  powershell: 'the PowerShell variable',
  cmd: 'the Windows cmd variable',
  substitution: 'the output of',
};
const variableKind = (p: FindingParams) => VARIABLE_KINDS[p.variant ?? 'sh'] ?? 'the variable';
const partOf = (p: FindingParams) => (p.expected === 'email' ? 'email' : 'token');

/** Who puts a variable's value in (`location`, read/stand-in.ts StandInFill), in one sentence. */
function whoFillsIn(p: FindingParams): string {
  const text = p.detail ?? '';
  switch (p.location) {
    case 'cmd':
      return `cmd.exe puts the value in when it runs the command; bash and PowerShell would send the text "${text}" as it is.`;
    case 'unknown':
      return `Whatever sends this request must put the value in: sent as written, the text "${text}" reaches Atlassian and is rejected.`;
    default:
      return p.variant === 'substitution'
        ? 'The shell runs that command and puts what it prints in its place when it runs the request.'
        : p.variant === 'powershell'
          ? 'PowerShell puts the value in inside "double quotes", never inside \'single quotes\'.'
          : 'bash and zsh put the value in when they run the command, inside "double quotes" or unquoted.';
  }
}

/** How to see that the variable is set where the script runs, without printing the secret. */
function checkIsSet(p: FindingParams): string {
  const text = p.detail ?? '';
  const name = text.replace(/^\$\{?(?:env:)?|\}$|^[%!]|[%!]$/g, '');
  if (p.variant === 'substitution')
    return `Run ${text} alone and check that it prints the ${partOf(p)} and nothing else.`;
  if (p.variant === 'cmd')
    return `Check that it is set where the script runs: if defined ${name} (echo set) else (echo not set).`;
  if (p.variant === 'powershell')
    return `Check that it is set where the script runs, without printing it: $env:${name}.Length shows its length.`;
  return `Check that it is set where the script runs, without printing it: echo "\${#${name}}" shows its length${p.expected === 'email' ? '' : ' (an API token is about 190 characters)'}.`;
}

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
    title: (p) =>
      p.detail === '-u'
        ? 'The Authorization value is a curl -u argument'
        : p.detail === 'email:token'
          ? 'The Authorization value is a bare email:token'
          : 'Authorization value has no scheme',
    explanation: (p) =>
      `${p.detail === '-u' ? 'The header holds "-u email:token", the argument of curl\'s -u option, which curl turns into a Basic header only as an option of its own: as a header value it is sent as written, so Atlassian rejects the call or serves it as anonymous.' : p.detail === 'email:token' ? 'The header holds "email:token" as plain text, without "Basic " and without base64, so Atlassian rejects the call or serves it as anonymous.' : 'The Authorization header carries a value without "Basic " or "Bearer " in front, so Atlassian rejects the call or serves it as anonymous.'} Cloud API tokens use Basic with base64 of "email:token"; OAuth access tokens and Data Center personal access tokens use Bearer.`,
    fix: () => ({
      steps: [
        'Use curl -u "email:token" as an option (not inside -H) for an API token, or "Authorization: Bearer <token>" for an OAuth access token or a Data Center personal access token.',
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
  CREDENTIAL_FROM_VARIABLE: {
    severity: 'info',
    sources: [
      SOURCES.bashParameterExpansion,
      SOURCES.powershellEnvironmentVariables,
      SOURCES.cmdSetVariables,
      SOURCES.basicAuthCloud,
    ],
    title: (p) => `The ${partOf(p)} is ${variableKind(p)} ${p.detail ?? ''}`,
    explanation: (p) =>
      `The paste has "${p.detail ?? ''}" where the ${partOf(p)} goes, not its value, so the ${partOf(p)} itself was not checked; everything else in the request was. ${whoFillsIn(p)}`,
    fix: (p) => ({
      steps: [
        p.expected === 'email'
          ? 'To diagnose this credential here, paste the request with the email written out, or add the profile on the Profiles page.'
          : p.asksForSecret === 'yes'
            ? `To diagnose this credential, type the value of ${p.detail ?? 'the variable'} under "Use this credential": it is sent only to Atlassian and stored only if you save a profile.`
            : `To diagnose this credential, add it on the Profiles page with the value of ${p.detail ?? 'the variable'}.`,
        checkIsSet(p),
      ],
    }),
  },
  VARIABLE_SENT_AS_TEXT: {
    severity: 'error',
    sources: [SOURCES.bashSingleQuotes, SOURCES.powershellQuoting, SOURCES.basicAuthCloud],
    title: (p) => `"${p.detail ?? ''}" is sent as text, not as the variable's value`,
    explanation: (p) =>
      p.location === 'encoded'
        ? `The Basic value decodes to an email and "${p.detail ?? ''}": the variable's name was encoded, not its value (echo in 'single quotes', or an online encoder). Atlassian receives the name as the ${partOf(p)} and answers 401.`
        : `The ${partOf(p)} "${p.detail ?? ''}" stands inside 'single quotes', where ${p.variant === 'powershell' ? 'PowerShell' : 'bash and zsh'} expand no variable. Atlassian receives the name itself as the ${partOf(p)} and answers 401.`,
    fix: (p) => {
      const text = p.detail ?? '$ATLASSIAN_API_TOKEN';
      const pair = partOf(p) === 'email' ? `${text}:$ATLASSIAN_API_TOKEN` : `you@example.com:${text}`;
      if (p.location === 'encoded')
        return {
          steps: [
            `Let curl build the header from the variable: -u "${pair}".`,
            `Or encode the value, not the name, in "double quotes": printf '%s' "${pair}" | base64 -w0.`,
          ],
          curl: `curl -u "${pair}" https://your-site.atlassian.net/rest/api/3/myself`,
        };
      if (p.variant === 'powershell')
        return {
          steps: [`Write the text holding ${text} in "double quotes", or join it: 'you@example.com:' + ${text}.`],
        };
      return {
        steps: [
          `Put the part holding the variable in "double quotes": -u "${pair}" (the rest may stay in single quotes).`,
        ],
      };
    },
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
  // --- Check a request: the rules each target adds (lib/requests/check/targets, lib/requests/check/shape.ts) ---
  JQL_DOUBLE_ENCODED: {
    severity: 'error',
    sources: [SOURCES.jqlDoubleEncoded, SOURCES.jqlAmpersand],
    title: () => 'The JQL is encoded twice',
    explanation: (p) =>
      `The JQL holds "${p.detail ?? '%25'}": a percent-encoding was encoded again (or sent where nothing decodes it), so Jira reads a literal "%" and answers 400 "The character '%' is a reserved JQL character", or looks for a value such as "Research %26 Architecture" that does not exist.`,
    fix: (p) => ({
      steps: [
        p.expected
          ? `Encode the JQL once: ${p.expected}.`
          : 'Encode the JQL once (curl -G --data-urlencode "jql=…" does it for you); in a JSON body send it as plain text.',
      ],
    }),
  },
  POWERSHELL_CREDENTIAL_NOT_SENT: {
    severity: 'error',
    sources: [SOURCES.powershellCredential, SOURCES.powershellNegotiation],
    title: () => 'PowerShell -Credential sends nothing to Atlassian Cloud',
    explanation: () =>
      'Invoke-RestMethod and Invoke-WebRequest send -Credential only after the server asks for it, and Atlassian Cloud no longer asks: the call goes without credentials and fails with "Client must be authenticated to access this resource." (or runs as anonymous).',
    fix: () => ({
      steps: [
        'Send an explicit Authorization header built from "email:token" (the corrected script does), and drop -Credential.',
      ],
    }),
  },
  POWERSHELL_TLS12_NOT_FORCED: {
    severity: 'info',
    sources: [SOURCES.powershellTls12],
    title: () => 'Windows PowerShell 5.1 may not use TLS 1.2',
    explanation: () =>
      'The script does not set [Net.ServicePointManager]::SecurityProtocol to Tls12, and Windows PowerShell 5.1 on older .NET settings still offers TLS 1.0, which Atlassian and most servers refuse. The call then fails with an opaque connection or null-reference error (PowerShell 7 is not affected).',
    fix: () => ({
      steps: [
        'Put [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12 before the call (the corrected script does), or run it in PowerShell 7.',
      ],
    }),
  },
  POWERSHELL_HEADERS_NOT_HASHTABLE: {
    severity: 'error',
    sources: [SOURCES.invokeRestMethod],
    title: () => '-Headers is given a string, not a hashtable',
    explanation: (p) =>
      `-Headers ${p.detail ?? ''} is a string. Invoke-RestMethod and Invoke-WebRequest take a dictionary (@{ Name = 'value' }) and stop with "Cannot bind parameter 'Headers'": the request is never sent.`,
    fix: () => ({
      steps: ["Write the headers as a hashtable: -Headers @{ Authorization = 'Basic …' } (the corrected script does)."],
    }),
  },
  DEFAULT_USER_AGENT_BLOCKED: {
    severity: 'info',
    sources: [SOURCES.wafUserAgent],
    title: (p) => `A library's default User-Agent: ${p.detail ?? ''}`,
    explanation: (p) =>
      `The request sends "${p.detail ?? ''}", the default of an HTTP library. Firewalls in front of self-hosted servers often refuse such User-Agents with a 403 that never reaches Jira or Confluence, which looks like a credential problem.`,
    fix: () => ({
      steps: ["If the server answers 403 with a firewall's page, send a User-Agent that names your integration."],
    }),
  },
  CORS_FROM_WEB_PAGE: {
    severity: 'error',
    sources: [SOURCES.corsFromPage, SOURCES.corsContentScript],
    title: () => 'A request from a web page to the REST API',
    explanation: (p) =>
      `The request carries ${p.detail ?? 'the Origin and Sec-Fetch-* headers'} of a browser page${p.origin ? ` on ${p.origin}` : ''}. Atlassian's REST APIs send no Access-Control-Allow-Origin for other origins, so the browser blocks the answer (a content script is blocked too), whatever the credential.`,
    fix: () => ({
      steps: [
        "Call the API from a server, or from an extension's background script (service worker) with host permission, not from the page.",
        'When testing by hand, drop the Origin, Referer and Sec-Fetch-* headers copied from the network panel (the corrected request does).',
      ],
    }),
  },
  DATA_TURNS_GET_INTO_POST: {
    severity: 'warning',
    sources: [SOURCES.curlData],
    title: () => 'curl -d turns this GET into a POST',
    explanation: (p) =>
      `${p.path ?? 'This endpoint'} is read with GET, but -d/--data makes curl send a POST with the data as a form body: Jira answers 405 Method Not Allowed, or treats it as another call.`,
    fix: () => ({
      steps: ['Add -G so curl puts the data in the query string (the corrected command does), or drop -d.'],
    }),
  },
  CURL_DATA_FILE_WITHOUT_AT: {
    severity: 'warning',
    sources: [SOURCES.curlData],
    title: (p) => `-d sends the text "${p.detail ?? ''}", not the file`,
    explanation: (p) =>
      `"${p.detail ?? ''}" looks like a file name, but without "@" in front curl sends the name itself as the body, and Atlassian answers 400 (not valid JSON).`,
    fix: (p) => ({
      steps: [
        `Write -d @${p.detail ?? 'file.json'} (or --data-binary @${p.detail ?? 'file.json'}) to send the file's content.`,
      ],
    }),
  },
  SHELL_EXPANDS_DOLLAR: {
    severity: 'warning',
    sources: [SOURCES.bashQuoting],
    title: (p) => `The shell replaces "${p.detail ?? '$'}" inside double quotes`,
    explanation: (p) =>
      `Inside "double quotes" bash and zsh expand "${p.detail ?? '$…'}" as a variable, which is usually empty: a password or token with a "$" in it reaches Atlassian cut short and is rejected.`,
    fix: () => ({ steps: ["Put the value in 'single quotes', or write \\$ for a literal dollar sign."] }),
  },
  BATCH_PERCENT_NOT_DOUBLED: {
    severity: 'warning',
    sources: [SOURCES.cmdQuotes],
    title: () => 'A "%" in a Windows batch file',
    explanation: (p) =>
      `The command is written for cmd.exe and holds "${p.detail ?? '%'}". In a .bat or .cmd file cmd reads %2, %3 … as the script's arguments, so %20 or %3D vanish and the URL or JQL changes; typed at the prompt it works.`,
    fix: () => ({
      steps: ['In a batch file write every % twice (%%20), or avoid percent-encoding with curl -G --data-urlencode.'],
    }),
  },
  CMD_SINGLE_QUOTES: {
    severity: 'error',
    sources: [SOURCES.cmdQuotes],
    title: () => 'Single quotes in Windows cmd.exe',
    explanation: () =>
      "The command is written for cmd.exe (lines end with ^, or it calls curl.exe), but cmd does not treat ' as a quote: the quotes become part of each value and a header or URL with a space splits in two.",
    fix: () => ({
      steps: ['Use double quotes in cmd.exe, and write a " inside them as \\" (JSON bodies especially).'],
    }),
  },
  CONFLUENCE_WIKI_DOUBLED: {
    severity: 'error',
    sources: [SOURCES.confluenceNoWiki],
    title: () => 'The path has /wiki twice',
    explanation: () =>
      'The URL holds /wiki/wiki: the base URL already ends in /wiki and the client added it again. Confluence answers 404.',
    fix: () => ({
      steps: [
        'Keep one /wiki: https://<site>.atlassian.net/wiki/rest/api/… or /wiki/api/v2/… (the corrected request does).',
      ],
    }),
  },
  CONFLUENCE_V2_PATH_WRONG: {
    severity: 'error',
    sources: [SOURCES.confluenceGoneMatrix],
    title: () => 'The Confluence v2 path is mixed with v1',
    explanation: (p) =>
      `${p.path ?? 'The path'} mixes the two bases: v1 is /wiki/rest/api/…, v2 is /wiki/api/v2/… (no /rest). Confluence answers 404 to the mixture.`,
    fix: (p) => ({ steps: [`Use ${p.expected ?? '/wiki/api/v2/…'}.`] }),
  },
  CONFLUENCE_DC_UNDER_WIKI: {
    severity: 'warning',
    sources: [SOURCES.confluenceDcNoWiki],
    title: () => 'Confluence Data Center is not under /wiki unless set up so',
    explanation: () =>
      'The path puts /wiki before /rest on a self-hosted server. /wiki is where Confluence Cloud lives; a Data Center server is at its root (or its own context path such as /confluence) unless it was set up under /wiki, so the request may get 404.',
    fix: () => ({ steps: ["Use the server's own base URL (as in its address bar) followed by /rest/api/…."] }),
  },
  CONFLUENCE_DC_API_1_0: {
    severity: 'error',
    sources: [SOURCES.confluenceDcNo10],
    title: () => '/rest/api/1.0 is not a Confluence path',
    explanation: () =>
      '/rest/api/1.0 is the base of Bitbucket Data Center. Confluence Data Center serves its REST API at /rest/api/… (content, space, user), without a version number, and answers 404 here.',
    fix: () => ({ steps: ['Drop the 1.0: /rest/api/content, /rest/api/space … (the corrected request does).'] }),
  },
  BITBUCKET_USERNAME_FOR_API_TOKEN: {
    severity: 'error',
    sources: [SOURCES.bitbucket401, SOURCES.bitbucketApiTokens],
    title: (p) => `The Bitbucket username "${p.detail ?? ''}" where the email is due`,
    explanation: () =>
      'An Atlassian API token goes to the Bitbucket REST API as Basic with the Atlassian account\'s email: "The Bitbucket username or the token name will NOT work when using API tokens" (Atlassian KB). Bitbucket answers 401.',
    fix: () => ({
      steps: [
        'Use the email of your Atlassian account before the colon: curl -u "you@example.com:$BITBUCKET_API_TOKEN" (the corrected command does).',
      ],
    }),
  },
  BITBUCKET_ACCESS_TOKEN_AS_BASIC: {
    severity: 'error',
    sources: [SOURCES.bitbucketAccessTokens],
    title: () => 'A Bitbucket access token sent as Basic',
    explanation: () =>
      'Repository, project and workspace access tokens go to the REST API as "Authorization: Bearer <token>" (x-token-auth is their user for git only). Bitbucket answers 401 to the Basic pair.',
    fix: () => ({ steps: ['Send it as "Authorization: Bearer <access token>" (the corrected request does).'] }),
  },
  JSM_OPS_WRONG_SCHEME: {
    severity: 'error',
    sources: [SOURCES.jsmOpsApi, SOURCES.opsgenieKey, SOURCES.jsmOps],
    title: (p) => (p.variant === 'genie' ? 'This endpoint wants a GenieKey' : 'A GenieKey where an API token is due'),
    explanation: (p) =>
      p.variant === 'genie'
        ? `${p.path ?? 'Integration events and the Opsgenie API'} take "Authorization: GenieKey <integration API key>", not an Atlassian API token: the answer is 401 "Could not authenticate" or 403 "use an API key from an API integration".`
        : `${p.path ?? 'The JSM operations REST API'} (api.atlassian.com/jsm/ops/api/{cloudId}/…) takes Basic "email:API token"; a GenieKey is for integration events (/jsm/ops/integration) only.`,
    fix: (p) => ({
      steps: [
        p.variant === 'genie'
          ? 'Send "Authorization: GenieKey <the API key of the API integration>" (the corrected request does).'
          : 'Send Basic "email:API token" of an account with an operations role (the corrected request does).',
      ],
    }),
  },
  WRONG_API_VERSION_IN_REQUEST: {
    severity: 'warning',
    sources: [SOURCES.dcNoApiV3],
    title: () => 'Data Center has no REST API v3',
    explanation: (p) =>
      `${p.path ?? 'The path'} is a Cloud-only path: /rest/api/3/… and /search/jql exist only on Cloud, and Jira Data Center answers 404 there. If this server is in fact a Cloud site on a custom domain, the path is right.`,
    fix: (p) => ({
      steps: [
        `Use /rest/api/2/… against Data Center${p.expected ? `: ${p.expected}` : ''} (the corrected request does).`,
      ],
    }),
  },
  PAT_ON_CLOUD_IN_REQUEST: {
    severity: 'error',
    sources: [SOURCES.dcPatBearer, SOURCES.apiTokens],
    title: () => 'A Data Center token sent to Atlassian Cloud',
    explanation: (p) =>
      `${p.host ?? 'This host'} is Atlassian Cloud, but the Bearer value has the shape of a Data Center personal access token. Cloud knows no personal access tokens: it wants Basic "email:API token" (or an OAuth access token as Bearer).`,
    fix: () => ({
      steps: [
        'Create an API token for your Atlassian account and send it as Basic "email:token" (the corrected request does).',
      ],
      link: {
        href: 'https://id.atlassian.com/manage-profile/security/api-tokens',
        label: 'Atlassian account → Security → API tokens',
      },
    }),
  },
});
