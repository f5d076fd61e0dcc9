/**
 * An OAuth 2.0 (3LO) access token: its claims read locally, its grant, and its rejection.
 */
import { bearerCurl, HEADLINES, kindWords, probe } from '../../findings/entry';
import { SOURCES } from '../../findings/sources';

const NO_REFRESH =
  'Token Doctor never uses a refresh token: Atlassian rotates refresh tokens, so a refresh made here would disable the one your integration holds.';

export const OAUTH_ACCESS_TOKEN_WORDS = kindWords({
  OAUTH_TOKEN_REJECTED: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.oauthCalls, SOURCES.oauthRefresh],
    headline: HEADLINES.rejected,
    title: () => 'Atlassian rejected these credentials',
    explanation: (p) =>
      `${probe(p)} answered ${p.status ?? '401'}${p.detail ? ` (${p.detail})` : ''}: the access token is not accepted although its own expiry has not passed. It was revoked (the user removed the app, or the app's access was withdrawn), or it is not a real Atlassian token.`,
    fix: () => ({
      steps: [
        'Have the integration obtain a new access token (with its refresh token, or by sending the user through consent again; a service account asks for a new client-credentials token).',
        'Token Doctor never refreshes tokens itself: Atlassian rotates refresh tokens, so a refresh here would break the integration.',
      ],
    }),
  },
  OAUTH_TOKEN_EXPIRED: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.oauthJwt, SOURCES.oauthRefresh, SOURCES.clientCredentials],
    headline: HEADLINES.rejected,
    title: (p) => `The OAuth access token expired ${p.detail ?? ''}`.trim(),
    explanation: (p) =>
      `The token's "exp" claim says it expired at ${p.expiresAt ?? 'a time in the past'}; Atlassian access tokens live about an hour, and after that every call gets 401. Nothing was sent: a call with an expired token cannot succeed.`,
    fix: () => ({
      steps: [
        'Have the integration get a fresh access token with its refresh token (grant_type=refresh_token), store the NEW refresh token it gets back, and use the new access token.',
        "A service account's client-credentials token (60 minutes, no refresh token) is renewed by asking https://auth.atlassian.com/oauth/token again with grant_type=client_credentials, the client id and secret, and no scope parameter.",
        NO_REFRESH,
        'Paste the fresh access token here to check it.',
      ],
    }),
  },
  OAUTH_TOKEN_NOT_JWT: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.oauthJwt],
    headline: HEADLINES.wrongKind,
    title: (p) => `This is not an OAuth access token${p.detail ? `: it looks like ${p.detail}` : ''}`,
    explanation: (p) =>
      `Atlassian OAuth 2.0 (3LO) access tokens are JSON Web Tokens (three base64url parts separated by dots), and this value is not one${p.detail ? `; it looks like ${p.detail}` : ''}. Nothing was sent.`,
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
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.oauthJwt],
    headline: HEADLINES.wrongKind,
    title: (p) => `This JWT is a ${p.detail ?? 'different kind of token'}, not an access token`,
    explanation: (p) =>
      `The token's "https://id.atlassian.com/atl_token_type" claim is ${p.detail ?? 'not ACCESS'}, and only ACCESS tokens are accepted by the API (an authorization code must first be exchanged for one). Nothing was sent.`,
    fix: () => ({ steps: ['Paste the access_token from the token response of the OAuth flow.'] }),
  },
  OAUTH_SITE_NOT_GRANTED: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.oauthCalls],
    headline: 'The app was not granted this site',
    title: (p) => `The app was not granted access to ${p.host ?? 'this site'}`,
    explanation: (p) =>
      `accessible-resources lists the sites this grant reaches (${p.sites || 'none'}), and ${p.host ?? 'the site'} is not among them, so every call for it fails. A user grants sites one by one when consenting to the app.`,
    fix: () => ({
      steps: [
        "Have the user go through the app's consent screen again and choose this site.",
        'Or check the Site URL of this profile: it must be the site the user granted.',
      ],
    }),
  },
  OAUTH_GRANT: {
    group: 'accepted',
    outcome: 'succeeded',
    severity: 'info',
    sources: [SOURCES.oauthCalls, SOURCES.oauthRefresh],
    title: (p) => `The grant reaches ${p.sites ?? 'these sites'}`,
    explanation: (p) =>
      `Token scopes: ${p.scopes || 'none listed'}; client id ${p.detail ?? 'unknown'}. OAuth tokens work only through the API gateway, https://api.atlassian.com/ex/jira/${p.cloudId ?? '{cloudId}'}/… (never the site URL), with each site's cloudId from accessible-resources.`,
    fix: (p) => ({
      steps: [`Base URL for Jira: https://api.atlassian.com/ex/jira/${p.cloudId ?? '{cloudId}'}`, NO_REFRESH],
      url: p.cloudId ? `https://api.atlassian.com/ex/jira/${p.cloudId}/rest/api/3/myself` : undefined,
      curl: p.cloudId
        ? bearerCurl(`https://api.atlassian.com/ex/jira/${p.cloudId}/rest/api/3/myself`, 'ATLASSIAN_ACCESS_TOKEN')
        : undefined,
    }),
  },
  OAUTH_RESOURCE_UNUSABLE: {
    group: 'other',
    severity: 'warning',
    sources: [SOURCES.oauthCalls],
    title: () => 'accessible-resources listed a site Token Doctor cannot use',
    explanation: (p) =>
      `${probe(p)} answered with entries that are not a granted site: ${p.detail ?? 'an entry without a cloudId or a site address'}. Atlassian lists each site as its cloudId and its https://….atlassian.net address; Token Doctor skipped these entries and checked the others.`,
    fix: () => ({
      steps: [
        'Run the diagnosis again; if it stays, check whether a proxy between this browser and api.atlassian.com changes the answer.',
      ],
    }),
  },
  OAUTH_NO_SITES: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.oauthCalls],
    headline: 'The app was not granted this site',
    title: () => 'The token reaches no site',
    explanation: (p) =>
      `${probe(p)} answered with an empty list: the grant covers no Jira or Confluence site, so there is nothing it can call.`,
    fix: () => ({
      steps: [
        'Have the user consent to the app again and pick at least one site.',
        'Check that the app asks for Jira or Confluence scopes.',
      ],
    }),
  },
});
