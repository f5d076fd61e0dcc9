/**
 * Bitbucket Cloud: an Atlassian API token with Bitbucket scopes, the app passwords it replaced,
 * and the rows both Bitbucket kinds share (the contract codes AUTH_OK, CREDENTIALS_REJECTED,
 * SCOPE_MISSING and EMAIL_NOT_AN_EMAIL in Bitbucket's words: lib/findings/catalogue.ts VARIANTS).
 */
import { bearerCurl, HEADLINES, kindWords, probe } from '../../findings/entry';
import { API_TOKENS_PAGE, basicCurl } from '../../findings/fix-commands';
import { SOURCES } from '../../findings/sources';

/** The probe every fix's command calls (lib/atlassian/bitbucket.ts spells the addresses; words may not import it). */
const BITBUCKET_USER_URL = 'https://api.bitbucket.org/2.0/user';
const GIT_URL = 'https://x-bitbucket-api-token-auth:<api_token>@bitbucket.org/<workspace>/<repository>.git';

const TOKENS_LINK = { href: API_TOKENS_PAGE, label: 'id.atlassian.com → Security → API tokens' };

/** The scopes the read-only probes need; an integration adds what it writes. */
const READ_SCOPES = 'read:user:bitbucket, read:workspace:bitbucket, read:repository:bitbucket';

/** How to make an API token for Bitbucket (https://support.atlassian.com/bitbucket-cloud/docs/api-tokens/). */
const MAKE_API_TOKEN = [
  'Open id.atlassian.com → Security → API tokens and choose "Create API token with scopes" (a token without scopes does not work with Bitbucket).',
  'Give it a name and an expiry date, and choose the app "Bitbucket".',
  `Select the scopes the integration needs: at least ${READ_SCOPES}; add write:repository:bitbucket to push, read:pullrequest:bitbucket for pull requests.`,
  'For REST calls, send Basic with the email of your Atlassian account (not the Bitbucket username) and the token, as in the command below.',
  `For git, use ${GIT_URL} (or your Bitbucket username instead of x-bitbucket-api-token-auth), never the email.`,
];

const bitbucketCurl = (email?: string) => basicCurl(BITBUCKET_USER_URL, email ?? '');

export const BITBUCKET_API_TOKEN_WORDS = kindWords({
  BITBUCKET_AUTH_OK: {
    group: 'accepted',
    outcome: 'succeeded',
    severity: 'ok',
    sources: [SOURCES.bitbucketUsingApiTokens, SOURCES.bitbucketBasicMeasured],
    title: (p) =>
      `Bitbucket accepts it${p.accountName ? `: signed in as ${p.accountName}` : ''}${p.workspace ? ` (workspace ${p.workspace})` : ''}`,
    explanation: (p) =>
      `${probe(p)} answered ${p.status ?? '200'} with the account's details, so Bitbucket Cloud accepted the credential.${p.workspace ? '' : ' Give the Workspace to also check what it can see there.'}`,
    fix: (p) => ({
      steps: [
        'Nothing to fix.',
        p.cloneUrl
          ? `For git over HTTPS, use ${p.cloneUrl} (the secret as a placeholder).`
          : 'Git over HTTPS is not checked.',
      ],
    }),
  },
  BITBUCKET_CREDENTIALS_REJECTED: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.bitbucket401Kb, SOURCES.bitbucketBasicMeasured],
    headline: 'Bitbucket rejected these credentials',
    title: () => 'Bitbucket Cloud rejected these credentials',
    explanation: (p) =>
      `${probe(p)} answered ${p.status ?? '401'}${p.detail ? ` (${p.detail})` : ''}: Bitbucket refused the credential without saying why. A wrong email or token, an expired or revoked token look the same.`,
    fix: (p) => ({
      steps:
        p.flavour === 'access-token'
          ? [
              'In Bitbucket (repository, project or workspace settings → Access tokens), check that the token is still listed and not expired; make a new one if needed.',
              'Send it as "Authorization: Bearer <token>".',
            ]
          : [
              'On id.atlassian.com → Security → API tokens, find the token: "Never accessed" beside it means Bitbucket never accepted it — the email or the token was wrong from the start.',
              'Check that the email is the one of the Atlassian account that made the token (a Bitbucket username does not work with API tokens).',
              'Check its expiry date; make a new token with Bitbucket scopes if it expired or was revoked.',
            ],
      curl:
        p.flavour === 'access-token'
          ? bearerCurl(BITBUCKET_USER_URL, 'BITBUCKET_ACCESS_TOKEN')
          : bitbucketCurl(p.email),
      link: p.flavour === 'access-token' ? undefined : TOKENS_LINK,
    }),
  },
  BITBUCKET_SCOPE_MISSING: {
    group: 'rejected',
    severity: 'warning',
    outcome: 'recognised',
    sources: [SOURCES.bitbucketApiTokens],
    headline: HEADLINES.scopeless,
    title: (p) => `A genuine Bitbucket credential, without ${p.scopes ?? 'a scope this call needs'}`,
    explanation: (p) =>
      `${probe(p)} answered ${p.status ?? '403'}: Bitbucket recognised the credential but says it lacks ${p.scopes ? `the scope ${p.scopes}` : 'a required scope'}. Scopes cannot be added to a token later.`,
    fix: (p) => ({
      steps: [
        `Make a new token with ${p.scopes ?? 'the missing scope'} as well as the scopes it has now, and replace the old one.`,
      ],
      link: TOKENS_LINK,
    }),
  },
  BITBUCKET_USERNAME_AS_EMAIL: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.bitbucket401Kb, SOURCES.bitbucketUsingApiTokens],
    title: (p) => `"${p.detail ?? ''}" is a username, not the email an API token needs`,
    explanation: () =>
      'With an Atlassian API token, Bitbucket REST calls take the email of the Atlassian account: "The Bitbucket username or the token name will NOT work when using API tokens". Nothing was sent.',
    fix: () => ({
      steps: [
        'Put the email of your Atlassian account in the Email field (id.atlassian.com → Account settings shows it).',
        'Keep the Bitbucket username for git only: https://<username>:<api_token>@bitbucket.org/…',
      ],
      curl: bitbucketCurl(),
    }),
  },
  APP_PASSWORD_RETIRED: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.bitbucketApiTokens, SOURCES.bitbucketAppPasswordsEnd, SOURCES.bitbucket401Kb],
    headline: 'Bitbucket app passwords no longer work',
    title: () => 'This is most likely an app password: they stopped working on 9 June 2026',
    explanation: (p) =>
      `${probe(p)} answered ${p.status ?? '401'}, and the secret does not look like an Atlassian API token (those start ATATT)${p.detail ? `; ${p.detail}` : ''}. Bitbucket stopped creating app passwords on 9 September 2025 and switched every existing one off on 9 June 2026.`,
    fix: () => ({ steps: MAKE_API_TOKEN, curl: bitbucketCurl(), link: TOKENS_LINK }),
  },
  BITBUCKET_SCOPES_MISSING: {
    group: 'rejected',
    severity: 'error',
    sources: [
      SOURCES.bitbucketApiTokens,
      SOURCES.bitbucketUnscopedToken,
      SOURCES.bitbucketScopelessSameError,
      SOURCES.bitbucketTokenUnsupported,
    ],
    headline: 'This token is not a Bitbucket token',
    title: () => 'Most likely an API token without Bitbucket scopes (unscoped, or for Jira or Confluence only)',
    explanation: (p) =>
      `${probe(p)} answered ${p.status ?? '401'} "Token is invalid, expired, or not supported for this endpoint." to an Atlassian API token sent the right way (Basic, with the email). That is Bitbucket's answer to a token made without scopes or with Jira or Confluence scopes only — such a token may work for Jira and is still refused here; Bitbucket gives the same answer to an expired or revoked token, so check its expiry too.`,
    fix: () => ({ steps: MAKE_API_TOKEN, curl: bitbucketCurl(), link: TOKENS_LINK }),
  },
  BITBUCKET_WORKSPACE_NOT_ACCESSIBLE: {
    group: 'refused',
    severity: 'error',
    sources: [SOURCES.bitbucketBasicMeasured],
    headline: 'The credential cannot see this workspace',
    title: (p) => `Workspace ${p.workspace ?? ''} not found for this credential`.replace('  ', ' '),
    explanation: (p) =>
      `${probe(p)} answered ${p.status ?? '404'}${p.detail ? ` (${p.detail})` : ''}. The credential works, but the workspace ID is wrong, or the credential belongs to another workspace (an access token reaches only its own repository, project or workspace; an account only the workspaces it is a member of).`,
    fix: () => ({
      steps: [
        'Copy the workspace ID from the address bitbucket.org/<workspace>/… (it is not the workspace display name).',
        'Or use a credential of that workspace.',
      ],
    }),
  },
  BITBUCKET_WORKSPACE_INVALID: {
    group: 'url',
    severity: 'warning',
    sources: [],
    title: (p) => `"${p.detail ?? ''}" is not a workspace ID`,
    explanation: () =>
      'A workspace ID is the first part of bitbucket.org/<workspace>/<repository>: lower-case letters, digits, "-" and "_". The workspace was not checked.',
    fix: () => ({ steps: ['Copy the workspace ID from the address bar of the workspace in Bitbucket.'] }),
  },
});
