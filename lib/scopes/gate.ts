/**
 * What one gateway answer says about the scope gate: `passed`, `refused` for scope, or `silent`.
 * - 401 "Unauthorized; scope does not match" (or `X-Failure-Category: FAILURE_CLIENT_SCOPE_CHECK`)
 *   is the gate refusing (https://github.com/kovetskiy/mark/issues/917, https://github.com/hunyadi/md2conf/issues/169).
 * - A 2xx, a product's 400 (its validation of the bogus query) or a product's 403 (the user lacks the
 *   permission) came from behind the gate: "any other 4xx — the request got past the gate"
 *   (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md).
 * - Everything else proves nothing about scopes: 429, 5xx, timeouts, network errors, any other 401
 *   (the credential itself), a 404 (a missing resource, the gateway's own 404 or Confluence v2's bare
 *   404 that bad credentials get too), a 410 (a removed endpoint), the IP allowlist's 403, redirects,
 *   and a 2xx served as anonymous (`X-Seraph-LoginReason: AUTHENTICATED_FAILED`).
 */
import { header, isScopeMismatch, parseJson } from '../atlassian/responses';
import type { Observation } from '../model/report';
import type { GateAnswer } from './infer';

/** The product's own error body: Jira's `errorMessages`, or Confluence's `statusCode`/`message`. */
function isProductError(observation: Observation): boolean {
  const json = parseJson(observation) as
    { errorMessages?: unknown; statusCode?: unknown; message?: unknown } | undefined;
  return (
    Array.isArray(json?.errorMessages) || (typeof json?.statusCode === 'number' && typeof json.message === 'string')
  );
}

export function gateAnswerOf(observation: Observation): GateAnswer {
  const status = observation.status;
  if (status === null || status === 0) return 'silent';
  if (status === 401) return isScopeMismatch(observation) ? 'refused' : 'silent';
  if (status >= 200 && status < 300)
    return (header(observation, 'x-seraph-loginreason') ?? '').includes('AUTHENTICATED_FAILED') ? 'silent' : 'passed';
  if (status === 400 || status === 403) {
    // https://confluence.atlassian.com/pages/viewpage.action?pageId=1384133808: the IP allowlist refuses before any scope is looked at.
    if (/IP address has been rejected|not on the allowed list/i.test(observation.body)) return 'silent';
    return isProductError(observation) ? 'passed' : 'silent';
  }
  return 'silent';
}

/** How the answer reads in an evidence line: `400`, `429`, `timeout`. */
export function answerDetail(observation: Observation): string {
  return observation.status === null || observation.status === 0
    ? (observation.error?.kind ?? 'no answer')
    : String(observation.status);
}
