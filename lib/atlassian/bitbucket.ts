/**
 * Bitbucket Cloud: the addresses Token Doctor calls (https://developer.atlassian.com/cloud/bitbucket/rest/intro/),
 * the git clone URL each credential uses, and readers of api.bitbucket.org's answers.
 *
 * Answers read here (each with its public source):
 * - 401 `{"type": "error", "error": {"message": "Token is invalid, expired, or not supported for this endpoint."}}`
 *   for an API token sent as Bearer, or an Atlassian API token without Bitbucket scopes
 *   (https://community.developer.atlassian.com/t/api-tokens-at-account-level-not-working/94071,
 *   https://github.com/AsyncFuncAI/deepwiki-open/issues/444, https://github.com/avivsinai/bitbucket-cli/issues/30).
 * - 401 with `server: envoy` and `www-authenticate: Basic realm="Bitbucket.org HTTP"` for refused Basic
 *   credentials (https://support.atlassian.com/bitbucket-cloud/kb/getting-401-http-error-while-authenticating-to-bitbucket-cloud-rest-apis).
 */
import type { Observation } from '../model/report';
import { BITBUCKET_API_HOST } from './hosts';
import { header, parseJson } from './responses';

const API = `https://${BITBUCKET_API_HOST}/2.0`;

export const BITBUCKET_USER_URL = `${API}/user`;

export function bitbucketWorkspaceUrl(workspace: string): string {
  return `${API}/workspaces/${encodeURIComponent(workspace)}`;
}

/** One repository of the workspace is enough: the answer's `size` says how many the credential sees. */
export function bitbucketRepositoriesUrl(workspace: string): string {
  return `${API}/repositories/${encodeURIComponent(workspace)}?pagelen=1`;
}

/**
 * Git over HTTPS, with the secret as a placeholder (https://support.atlassian.com/bitbucket-cloud/docs/using-api-tokens):
 * an API token's git user is `x-bitbucket-api-token-auth` or the Bitbucket username — never the
 * email (https://github.com/epam/cloud-pipeline/issues/4446); an access token's is `x-token-auth`
 * (https://github.com/AsyncFuncAI/deepwiki-open/issues/444).
 */
export function bitbucketCloneUrl(
  kind: 'api-token' | 'access-token',
  workspace: string,
  repository: string,
  username?: string,
): string {
  const user = kind === 'access-token' ? 'x-token-auth' : (username ?? 'x-bitbucket-api-token-auth');
  const secret = kind === 'access-token' ? '<access_token>' : '<api_token>';
  return `https://${user}:${secret}@bitbucket.org/${workspace || '<workspace>'}/${repository || '<repository>'}.git`;
}

/** Workspace slugs: lower-case letters, digits, `-` and `_` (what Bitbucket shows in `bitbucket.org/<workspace>`). */
export const WORKSPACE_SLUG = /^[a-z0-9][a-z0-9_-]{0,61}$/;

/** Bitbucket's error envelope: `{"type": "error", "error": {"message": …}}`. */
export function bitbucketErrorMessage(observation: Observation): string | undefined {
  const json = parseJson(observation);
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const error = (json as Record<string, unknown>).error;
  if (!error || typeof error !== 'object') return undefined;
  const message = (error as Record<string, unknown>).message;
  return typeof message === 'string' ? message : undefined;
}

/** "Token is invalid, expired, or not supported for this endpoint.": the answer to a token Bitbucket does not take there. */
export function isTokenNotSupported(observation: Observation): boolean {
  return /token is invalid, expired, or not supported/i.test(bitbucketErrorMessage(observation) ?? '');
}

/** Refused credentials: the Bitbucket realm challenge, `Basic realm=…` (or the reported `BitbucketCustom realm=…`). */
export function isBitbucketChallenge(observation: Observation): boolean {
  const challenge = header(observation, 'www-authenticate') ?? '';
  return /realm="?Bitbucket\.org HTTP/i.test(challenge);
}

/** The 403 of a credential that lacks a scope, with the scopes Bitbucket says it requires. */
export function missingBitbucketScopes(observation: Observation): string[] | undefined {
  if (observation.status !== 403) return undefined;
  const message = bitbucketErrorMessage(observation) ?? '';
  if (!/lack one or more required privilege scopes/i.test(message)) return undefined;
  const json = parseJson(observation) as { error?: { detail?: { required?: unknown } } };
  const required = json.error?.detail?.required;
  return Array.isArray(required) ? required.filter((s): s is string => typeof s === 'string') : [];
}

interface BitbucketUser {
  uuid: string;
  displayName: string;
  /** The Bitbucket username (nickname), when the answer gives it: a git user for API tokens. */
  username?: string;
  accountId?: string;
}

function objectOf(observation: Observation): Record<string, unknown> | undefined {
  if (observation.status !== 200) return undefined;
  const json = parseJson(observation);
  return json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
}

const str = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** `GET /2.0/user` → 200 `{"type": "user", "uuid", "display_name", "username", "account_id", …}`. */
export function readBitbucketUser(observation: Observation): BitbucketUser | undefined {
  const json = objectOf(observation);
  const uuid = str(json?.uuid);
  if (!json || !uuid) return undefined;
  const user: BitbucketUser = { uuid, displayName: str(json.display_name) ?? str(json.nickname) ?? uuid };
  const username = str(json.username) ?? str(json.nickname);
  if (username) user.username = username;
  const accountId = str(json.account_id);
  if (accountId) user.accountId = accountId;
  return user;
}

/** `GET /2.0/workspaces/{workspace}` → 200 `{"type": "workspace", "slug", "name", …}`. */
export function readBitbucketWorkspace(observation: Observation): { slug: string; name: string } | undefined {
  const json = objectOf(observation);
  const slug = str(json?.slug);
  if (!json || !slug) return undefined;
  return { slug, name: str(json.name) ?? slug };
}

/** `GET /2.0/repositories/{workspace}?pagelen=1` → 200 `{"size", "values": [{"full_name", …}]}`. */
export function readBitbucketRepositories(
  observation: Observation,
): { size?: number; first?: { fullName: string; slug: string } } | undefined {
  const json = objectOf(observation);
  if (!json || !Array.isArray(json.values)) return undefined;
  const first = json.values[0] as Record<string, unknown> | undefined;
  const fullName = str(first?.full_name);
  const result: { size?: number; first?: { fullName: string; slug: string } } = {};
  if (typeof json.size === 'number') result.size = json.size;
  if (fullName) result.first = { fullName, slug: str(first?.slug) ?? fullName.split('/').pop() ?? fullName };
  return result;
}
