/** Where Atlassian API tokens are made (style.md §8: link to where the right token is made). */
export const API_TOKENS_URL = 'https://id.atlassian.com/manage-profile/security/api-tokens';
