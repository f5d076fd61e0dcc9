/** api.bitbucket.org's answers for the Bitbucket classify tables (public sources in lib/atlassian/bitbucket.ts). */
import { obs } from '../observation';

export const TOKEN = `ATATT3xFfGF0${'a'.repeat(180)}=0A1B2C3D`;
export const ACCESS = `ATCTT3xFfGN0${'b'.repeat(180)}=0A1B2C3D`;
export const APP_PASSWORD = 'abcdEFGHijklMNOPqrst';

export const user = obs('bitbucket-user', 200, {
  type: 'user',
  uuid: '{0b5f7e7a-1111-4222-8333-444455556666}',
  account_id: '5b10ac8d82e05b22cc7d4ef5',
  display_name: 'Ada Admin',
  username: 'ada-admin',
});
export const workspace = obs('bitbucket-workspace', 200, { type: 'workspace', slug: 'acme', name: 'Acme Engineering' });
export const repos = (size: number) =>
  obs('bitbucket-repositories', 200, {
    pagelen: 1,
    size,
    values: size ? [{ type: 'repository', slug: 'billing-service', full_name: 'acme/billing-service' }] : [],
  });
/** Bitbucket's answer to an unsupported token (https://community.developer.atlassian.com/t/api-tokens-at-account-level-not-working/94071). */
export const unsupported = obs('bitbucket-user', 401, {
  type: 'error',
  error: { message: 'Token is invalid, expired, or not supported for this endpoint.' },
});
/** Refused Basic (https://support.atlassian.com/bitbucket-cloud/kb/getting-401-http-error-while-authenticating-to-bitbucket-cloud-rest-apis). */
export const challenge = obs('bitbucket-user', 401, '', {
  server: 'envoy',
  'www-authenticate': 'Basic realm="Bitbucket.org HTTP"',
});
export const lacks = (id: 'bitbucket-user' | 'bitbucket-workspace', scope: string) =>
  obs(id, 403, {
    type: 'error',
    error: { message: 'Your credentials lack one or more required privilege scopes.', detail: { required: [scope] } },
  });
