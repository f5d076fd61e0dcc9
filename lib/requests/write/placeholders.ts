/** What stands for the secret in a written command until the user reveals it (the fix commands of the findings use the same variables). */
import type { Flavour } from '../read/request';

export const SECRET_PLACEHOLDERS: Record<Flavour, { basic: string; bearer: string }> = {
  curl: { basic: '$ATLASSIAN_API_TOKEN', bearer: '$ATLASSIAN_ACCESS_TOKEN' },
  header: { basic: '$ATLASSIAN_API_TOKEN', bearer: '<access token>' },
  powershell: { basic: '$env:ATLASSIAN_API_TOKEN', bearer: '$env:ATLASSIAN_ACCESS_TOKEN' },
  http: { basic: '<API token>', bearer: '<access token>' },
};

/** The stand-in for an email the request does not give. */
export const EMAIL_PLACEHOLDER = 'you@example.com';
