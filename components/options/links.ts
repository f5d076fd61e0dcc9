/** Where Atlassian API tokens are made: each message links to where the right token is made. */
export const API_TOKENS_URL = 'https://id.atlassian.com/manage-profile/security/api-tokens';
