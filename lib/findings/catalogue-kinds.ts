/**
 * Words and fixes for the OAuth 2.0, organization API key and Data Center kinds, and for the
 * extra checks of a Cloud API token (Confluence, Id Mapping, JSM operations). Same rules as
 * catalogue.ts: data, not logic; params filled by the classifier; never a secret.
 */
import type { Entry, FindingParams } from './catalogue';
import type { FindingCode } from '../model/codes';
import { API_TOKENS_PAGE, shellEscapeInDoubleQuotes } from './fix-commands';

export type KindCode = Extract<
  FindingCode,
  | 'OAUTH_TOKEN_EXPIRED'
  | 'OAUTH_TOKEN_NOT_JWT'
  | 'OAUTH_WRONG_TOKEN_TYPE'
  | 'OAUTH_SITE_NOT_GRANTED'
  | 'OAUTH_GRANT'
  | 'OAUTH_NO_SITES'
  | 'ADMIN_KEY_REJECTED'
  | 'PERSONAL_TOKEN_ON_ADMIN_API'
  | 'ADMIN_ORG_NOT_FOUND'
  | 'ADMIN_ORGS_EMPTY'
  | 'PAT_REJECTED'
  | 'PAT_ON_CLOUD'
  | 'CLOUD_TOKEN_ON_DATA_CENTER'
  | 'WRONG_API_VERSION_FOR_DATA_CENTER'
  | 'URL_MISSING_CONTEXT_PATH'
  | 'URL_EXTRA_CONTEXT_PATH'
  | 'HOST_PERMISSION_MISSING'
  | 'NOT_SITE_ADMIN'
  | 'NO_PRODUCT_ACCESS'
  | 'CONFLUENCE_OK'
  | 'ID_MAPPING_OK'
  | 'JSM_OPS_OK'
  | 'EMAIL_HAS_WHITESPACE'
>;

const ADMIN_KEYS_LINK = { href: 'https://admin.atlassian.com', label: 'admin.atlassian.com → Settings → API keys' };
const NO_REFRESH =
  'Token Doctor never uses a refresh token: Atlassian rotates refresh tokens, so a refresh made here would disable the one your integration holds (facts §3.3).';

function bearerCurl(url: string, variable: string): string {
  return `curl -sS -H "Authorization: Bearer $${variable}" -H "Accept: application/json" "${shellEscapeInDoubleQuotes(url)}"`;
}

const probe = (p: FindingParams) => p.probeUrl ?? 'The probe';

export const KIND_ENTRIES: Record<KindCode, Entry> = {
  OAUTH_TOKEN_EXPIRED: {
    severity: 'error',
    title: (p) => `The OAuth access token expired ${p.detail ?? ''}`.trim(),
    explanation: (p) =>
      `The token's "exp" claim says it expired at ${p.expiresAt ?? 'a time in the past'}. Atlassian access tokens live about an hour (facts §1.9, §3.2); after that every call gets 401. Nothing was sent: a call with an expired token cannot succeed.`,
    fix: () => ({
      steps: [
        'Have the integration get a fresh access token with its refresh token (grant_type=refresh_token), store the NEW refresh token it gets back, and use the new access token.',
        NO_REFRESH,
        'Paste the fresh access token here to check it.',
      ],
    }),
  },
  OAUTH_TOKEN_NOT_JWT: {
    severity: 'error',
    title: (p) => `This is not an OAuth access token${p.detail ? `: it looks like ${p.detail}` : ''}`,
    explanation: (p) =>
      `Atlassian OAuth 2.0 (3LO) access tokens are JSON Web Tokens: three base64url parts separated by dots, whose claims say when they expire and what they may do (facts §3.2). This value is not one${p.detail ? `; it looks like ${p.detail}` : ''}. Nothing was sent.`,
    fix: (p) => ({
      steps: [
        p.expected === 'cloud-api-token'
          ? 'Choose "Cloud API token" as the credential type and give the email of the account that made it.'
          : p.expected === 'dc-pat'
            ? 'Choose "Data Center personal access token" as the credential type.'
            : 'Paste the access_token field of the token response, not the refresh token, the client secret or the authorization code.',
      ],
    }),
  },
  OAUTH_WRONG_TOKEN_TYPE: {
    severity: 'error',
    title: (p) => `This JWT is a ${p.detail ?? 'different kind of token'}, not an access token`,
    explanation: (p) =>
      `The token's "https://id.atlassian.com/atl_token_type" claim is ${p.detail ?? 'not ACCESS'}. Only ACCESS tokens are accepted by the API; an authorization code must first be exchanged for an access token (facts §3.2). Nothing was sent.`,
    fix: () => ({ steps: ['Paste the access_token from the token response of the OAuth flow.'] }),
  },
  OAUTH_SITE_NOT_GRANTED: {
    severity: 'error',
    title: (p) => `The app was not granted access to ${p.host ?? 'this site'}`,
    explanation: (p) =>
      `accessible-resources lists the sites this grant reaches (facts §3.1): ${p.sites || 'none'}. ${p.host ?? 'The site'} is not among them, so every call for it fails. A user grants sites one by one when consenting to the app.`,
    fix: () => ({
      steps: [
        "Have the user go through the app's consent screen again and choose this site.",
        'Or check the Site URL of this profile: it must be the site the user granted.',
      ],
    }),
  },
  OAUTH_GRANT: {
    severity: 'info',
    title: (p) => `The grant reaches ${p.sites ?? 'these sites'}`,
    explanation: (p) =>
      `Token scopes: ${p.scopes || 'none listed'}. Client id ${p.detail ?? 'unknown'}. OAuth tokens work only through the API gateway: the integration must call https://api.atlassian.com/ex/jira/${p.cloudId ?? '{cloudId}'}/…, never the site URL (facts §1.9). The cloudId of each site comes from accessible-resources (facts §3.1).`,
    fix: (p) => ({
      steps: [`Base URL for Jira: https://api.atlassian.com/ex/jira/${p.cloudId ?? '{cloudId}'}`, NO_REFRESH],
      url: p.cloudId ? `https://api.atlassian.com/ex/jira/${p.cloudId}/rest/api/3/myself` : undefined,
      curl: p.cloudId
        ? bearerCurl(`https://api.atlassian.com/ex/jira/${p.cloudId}/rest/api/3/myself`, 'ATLASSIAN_ACCESS_TOKEN')
        : undefined,
    }),
  },
  OAUTH_NO_SITES: {
    severity: 'error',
    title: () => 'The token reaches no site',
    explanation: (p) =>
      `${probe(p)} answered with an empty list: the grant covers no Jira or Confluence site, so there is nothing it can call (facts §3.1).`,
    fix: () => ({
      steps: [
        'Have the user consent to the app again and pick at least one site.',
        'Check that the app asks for Jira or Confluence scopes.',
      ],
    }),
  },
  ADMIN_KEY_REJECTED: {
    severity: 'error',
    title: () => 'Atlassian rejected this organization API key',
    explanation: (p) =>
      `${probe(p)} answered ${p.status ?? '401'}${p.detail ? ` (${p.detail})` : ''}. The key is wrong, expired or revoked; Atlassian does not say which (facts §4). It must be sent as "Authorization: Bearer <key>": a key without "Bearer " is refused the same way (facts §4).`,
    fix: () => ({
      steps: [
        "In admin.atlassian.com → Settings → API keys, check the key's expiry date; create a new key if needed.",
        'Send it as a header: Authorization: Bearer <key> (not Basic, not the key alone).',
      ],
      curl: bearerCurl('https://api.atlassian.com/admin/v1/orgs', 'ATLASSIAN_ORG_API_KEY'),
      link: ADMIN_KEYS_LINK,
    }),
  },
  PERSONAL_TOKEN_ON_ADMIN_API: {
    severity: 'error',
    title: () => 'This is a personal API token, not an organization API key',
    explanation: (p) =>
      `${p.detail ?? 'The value'} belongs to an Atlassian account, not to an organization. The organization admin APIs refuse personal API tokens with 401 (facts §4). Nothing was sent.`,
    fix: () => ({
      steps: [
        'An organization admin creates an API key at admin.atlassian.com → Settings → API keys.',
        'To check a personal API token, choose "Cloud API token" as the credential type.',
      ],
      link: ADMIN_KEYS_LINK,
    }),
  },
  ADMIN_ORG_NOT_FOUND: {
    severity: 'error',
    title: (p) => `Organization ${p.orgId ?? ''} not found for this key`.replace('  ', ' '),
    explanation: (p) =>
      `${probe(p)} answered 404${p.detail ? ` (${p.detail})` : ''}. The key works, but it cannot see this organization: the ID is wrong, or the key belongs to another organization — keys are scoped to one (facts §4). An organization cannot be looked up by site URL or cloudId (CLOUD-12783).`,
    fix: () => ({
      steps: [
        'Copy the organization ID from admin.atlassian.com: it is in the address, admin.atlassian.com/o/<organization ID>/overview.',
        'Or use a key created in that organization.',
      ],
    }),
  },
  ADMIN_ORGS_EMPTY: {
    severity: 'info',
    title: () => 'The key works; the organization list is empty, which is normal',
    explanation: (p) =>
      `${probe(p)} answered 200 with "data": []. Atlassian answers like this for a valid key, because keys are scoped to one organization (facts §4, ACCESS-966): it does not mean the key can see nothing.${p.orgId ? '' : ' Give the Organization ID to check the key against it.'}`,
  },
  PAT_REJECTED: {
    severity: 'error',
    title: () => 'The Data Center server rejected this personal access token',
    explanation: (p) =>
      `${probe(p)} answered ${p.status ?? '401'}${p.detail ? ` (${p.detail})` : ''}. The token is wrong, expired or revoked, or belongs to a deactivated user.`,
    fix: (p) => ({
      steps: [
        "In Jira: your avatar → Profile → Personal Access Tokens: check the token's expiry, or create a new one.",
        'Send it as "Authorization: Bearer <token>", never as a Basic password (facts §5.4).',
      ],
      curl: p.serverUrl ? bearerCurl(`${p.serverUrl}/rest/api/2/myself`, 'JIRA_PAT') : undefined,
    }),
  },
  PAT_ON_CLOUD: {
    severity: 'error',
    title: () => 'A Data Center token cannot be used on Atlassian Cloud',
    explanation: (p) =>
      `${p.host ?? 'This server'} is an Atlassian Cloud site. Personal access tokens exist only on Jira and Confluence Data Center; Cloud uses an API token with the account's email (facts §5.4). Nothing was sent.`,
    fix: () => ({
      steps: ['Choose "Cloud API token" as the credential type and create an API token for your Atlassian account.'],
      link: { href: API_TOKENS_PAGE, label: 'Atlassian account → Security → API tokens' },
    }),
  },
  CLOUD_TOKEN_ON_DATA_CENTER: {
    severity: 'error',
    title: () => 'This is an Atlassian Cloud API token, not a Data Center token',
    explanation: (p) =>
      `${p.detail ?? 'The value'} is a Cloud credential. A Data Center server does not know Cloud API tokens: it answers 401, or 403 "Forbidden" when it allows only personal access tokens (facts §5.4). Nothing was sent.`,
    fix: () => ({
      steps: ['Create a personal access token in Jira Data Center: your avatar → Profile → Personal Access Tokens.'],
    }),
  },
  WRONG_API_VERSION_FOR_DATA_CENTER: {
    severity: 'warning',
    title: () => 'Data Center has no REST API v3',
    explanation: () =>
      '/rest/api/3/... and /search/jql exist only on Cloud; Jira Data Center answers 404 there (facts §5.4). Token Doctor checked /rest/api/2/myself instead.',
    fix: (p) => ({
      steps: ['Use /rest/api/2/... paths against Data Center.'],
      url: p.serverUrl ? `${p.serverUrl}/rest/api/2/myself` : undefined,
    }),
  },
  URL_MISSING_CONTEXT_PATH: {
    severity: 'error',
    title: (p) => `The server is served under ${p.detail ?? 'a context path'}`,
    explanation: (p) =>
      `${p.serverUrl ?? 'The server'}/rest/api/2/myself answered 404, but ${p.location ?? 'the same path under the context path'} answers: Jira runs under ${p.detail ?? 'a context path'} on this server (facts §1.11), so every URL must include it.`,
    fix: (p) => ({
      steps: [`Set the server URL to ${p.location ?? 'the URL with its context path'}.`],
      url: p.location,
    }),
  },
  URL_EXTRA_CONTEXT_PATH: {
    severity: 'error',
    title: (p) => `The server is not served under ${p.detail ?? 'this path'}`,
    explanation: (p) =>
      `${p.probeUrl ?? 'The probe'} answered 404, but the REST API answers at the server root: ${p.detail ?? 'the path'} is not part of this server's address.`,
    fix: (p) => ({ steps: [`Set the server URL to ${p.location ?? 'the server root'}.`], url: p.location }),
  },
  HOST_PERMISSION_MISSING: {
    severity: 'error',
    title: (p) => `Token Doctor may not contact ${p.origin ?? 'this server'} yet`,
    explanation: (p) =>
      `The browser has not granted access to ${p.origin ?? 'the server'}, so nothing was sent. Token Doctor asks for each Data Center server separately, when you save its profile, and sends the token nowhere else.`,
    fix: () => ({
      steps: [
        'Click "Save profile" again and allow access when the browser asks (or "Grant access" beside the Server URL).',
      ],
    }),
  },
  NOT_SITE_ADMIN: {
    severity: 'error',
    title: () => 'The account is not a site or organization admin',
    explanation: (p) =>
      `${probe(p)} answered 403: the credentials were accepted, but the Id Mapping API needs site or org admin permissions on the destination site (Atlassian "Authorization for Id Mapping"; facts §5.1). Other 403 causes listed there: an API token with insufficient scope, IP restrictions.`,
    fix: () => ({
      steps: [
        'Use the API token of an account that is a site admin or organization admin of the destination site.',
        'Or have an org admin grant this account admin rights at admin.atlassian.com.',
      ],
    }),
  },
  NO_PRODUCT_ACCESS: {
    severity: 'warning',
    title: (p) => `The account has no access to ${p.product ?? 'this product'}`,
    explanation: (p) =>
      `${probe(p)} answered ${p.status ?? '403'}${p.detail ? ` "${p.detail}"` : ''}. The same credentials work for Jira, so they are fine: the account is not allowed to use ${p.product ?? 'the product'} (facts §1.5: Confluence answers like this for bad credentials too, which the Jira result rules out here).`,
    fix: (p) => ({
      steps: [
        `Ask a site admin to give the account access to ${p.product ?? 'the product'} (admin.atlassian.com → Products → user access).`,
      ],
    }),
  },
  CONFLUENCE_OK: {
    severity: 'ok',
    title: (p) => `Confluence accepts it${p.accountName ? ` (${p.accountName})` : ''}`,
    explanation: (p) => `${probe(p)} answered 200 with the current user.`,
  },
  ID_MAPPING_OK: {
    severity: 'ok',
    title: () => 'Id Mapping accepts it: "Job not found" is the good answer',
    explanation: (p) =>
      `${probe(p)} answered 404 "Job not found": Atlassian documents exactly this as the answer for valid credentials with admin rights, because test-job-id is not a real job (facts §5.1). The account may call the Id Mapping API.`,
  },
  EMAIL_HAS_WHITESPACE: {
    severity: 'warning',
    title: () => 'The email has spaces or a line break around it',
    explanation: () =>
      'Token Doctor removed them for the check, but a client that sends them builds a different Basic credential, which Atlassian rejects (facts §1.3). The copy in your integration most likely has them too.',
    fix: () => ({
      steps: [
        'Remove the white space where the integration reads the email (trim the setting or environment variable).',
      ],
    }),
  },
  JSM_OPS_OK: {
    severity: 'ok',
    title: () => 'JSM operations accepts it',
    explanation: (p) => `${probe(p)} answered 200 (facts §5.3).`,
  },
};
