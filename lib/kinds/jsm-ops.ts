/**
 * Reading a JSM operations answer, for every kind that checks it (a Cloud API token's "Also
 * check", an OAuth token with an operations scope). The REST API is at
 * `api.atlassian.com/jsm/ops/api/{cloudId}/v1/…` for Basic clients and at
 * `/ex/jira/{cloudId}/jsm/ops/api/v1/…` for OAuth apps (https://developer.atlassian.com/cloud/jira/service-desk-ops/rest/v2/intro);
 * service accounts are not entitled (https://jira.atlassian.com/browse/JSDCLOUD-17685). Opsgenie's
 * own answers are still seen where operations keys are used: "Could not authenticate" for a key it
 * does not know (https://github.com/streaak/keyhacks/pull/124) and code 40301 for a key of the
 * wrong integration type (https://github.com/K-Phoen/backstage-plugin-opsgenie/pull/68,
 * https://github.com/louislam/uptime-kuma/issues/3613).
 */
import { bodyLine, isScopeMismatch, parseJson, readResponse } from '../atlassian/responses';
import type { Finding, Observation } from '../model/report';
import { failureFinding, probeFinding } from './shared';

/** The scope the OAuth check needs (alerts list): https://developer.atlassian.com/cloud/jira/service-desk-ops/rest/v2/intro. */
export const JSM_OPS_ALERT_SCOPE = 'read:ops-alert:jira-service-management';

function opsgenieCode(observation: Observation): number | undefined {
  const json = parseJson(observation);
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const code = (json as Record<string, unknown>).code;
  return typeof code === 'number' ? code : undefined;
}

/** `who` names the credential in a rejection ("ada@example.com", "the OAuth token"). */
export function readJsmOps(observation: Observation, who: { email?: string; variant?: 'oauth' }): Finding {
  const status = observation.status;
  const rejected = (detail: string) =>
    probeFinding('CREDENTIALS_REJECTED', observation, {
      email: who.email,
      variant: who.variant,
      detail: `JSM operations: ${detail}`,
    });
  if (status === 200) return probeFinding('JSM_OPS_OK', observation);
  if (opsgenieCode(observation) === 40301 || /use an API key from an API integration/i.test(observation.body))
    return probeFinding('OPS_KEY_NOT_API_INTEGRATION', observation);
  if (/"message"\s*:\s*"Could not authenticate"/.test(observation.body))
    return rejected('"Could not authenticate" (Opsgenie’s answer for a key or token it does not know)');
  if (status === 403) {
    const serviceAccount = /@serviceaccount\.atlassian\.com$/i.test(who.email ?? '');
    return probeFinding('NO_PRODUCT_ACCESS', observation, {
      product: 'JSM operations',
      detail: serviceAccount
        ? 'service accounts are not entitled to the JSM operations APIs (JSDCLOUD-17685)'
        : bodyLine(observation),
    });
  }
  if (status === 401 && isScopeMismatch(observation))
    return probeFinding('SCOPE_MISSING', observation, {
      detail: bodyLine(observation),
      scopesGranular: JSM_OPS_ALERT_SCOPE,
    });
  if (status === 401) return rejected(bodyLine(observation));
  if (status === 404)
    return probeFinding('UNEXPECTED_RESPONSE', observation, {
      detail: '404: JSM operations is not available for this site',
    });
  return (
    failureFinding(readResponse(observation), observation, {}) ??
    probeFinding('UNEXPECTED_RESPONSE', observation, {
      detail: `${observation.status ?? '?'} "${bodyLine(observation)}" from JSM operations`,
    })
  );
}
