/**
 * Bitbucket pages the forms link to: apart from the response readers in bitbucket.ts, so that a
 * form's field list (which the popup reads) does not bring them along.
 */

/** The page where Atlassian API tokens (with Bitbucket scopes) are made. */
export const BITBUCKET_API_TOKENS_PAGE = 'https://id.atlassian.com/manage-profile/security/api-tokens';
