/**
 * Bitbucket Cloud access tokens (repository, project, workspace): the Atlassian API token sent
 * as Bearer. The rows both Bitbucket kinds share are in lib/kinds/bitbucket-api-token/words.ts.
 */
import { HEADLINES, kindWords, probe } from '../../findings/entry';
import { API_TOKENS_PAGE, basicCurl } from '../../findings/fix-commands';
import { SOURCES } from '../../findings/sources';

const BITBUCKET_USER_URL = 'https://api.bitbucket.org/2.0/user';

export const BITBUCKET_ACCESS_TOKEN_WORDS = kindWords({
  BITBUCKET_TOKEN_AS_BEARER: {
    group: 'rejected',
    severity: 'error',
    sources: [SOURCES.bitbucketBasicMeasured, SOURCES.bitbucketTokenUnsupported, SOURCES.bitbucketGitUser],
    headline: HEADLINES.wrongKind,
    title: () => 'An Atlassian API token sent as Bearer: Bitbucket takes it only as Basic with the email',
    explanation: (p) =>
      `${probe(p)} answered ${p.status ?? '401'}${p.detail ? ` "${p.detail}"` : ''} to an ATATT… value sent as "Authorization: Bearer". That value is an Atlassian API token, not a repository, project or workspace access token: Bitbucket accepts API tokens only as Basic email:token, and refuses them as Bearer or with an empty username.`,
    fix: () => ({
      steps: [
        'Choose "Bitbucket Cloud API token (email + token)" as the credential type and give the email of the Atlassian account that made the token.',
        'In the integration, send Basic email:token (curl -u "email:token"), as in the command below.',
        `For git, use https://x-bitbucket-api-token-auth:<api_token>@bitbucket.org/<workspace>/<repository>.git; x-token-auth and Bearer are for access tokens only.`,
      ],
      curl: basicCurl(BITBUCKET_USER_URL, ''),
      link: { href: API_TOKENS_PAGE, label: 'id.atlassian.com → Security → API tokens' },
    }),
  },
});
