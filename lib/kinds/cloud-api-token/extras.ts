/**
 * The "Also check" probes of a Cloud API token profile: Confluence, the Id Mapping API and JSM
 * operations. They run together, after the main check accepted the credentials (a rejected
 * credential is never sent again: lockout safety), on the host that works for the token: the site
 * for an unscoped token, the gateway for a scoped one (https://support.atlassian.com/atlassian-cloud/kb/401-unauthorized-error-when-service-account-accesses-jira-or-confluence-api).
 */
import { CONFLUENCE_USER_CURRENT } from '../../atlassian/endpoints';
import { bodyLine, isScopeMismatch, parseAccount, readResponse } from '../../atlassian/responses';
import { gatewayUrl, idMappingTestUrl, jsmOpsSchedulesUrl, type EnvironmentHosts } from '../../atlassian/urls';
import type { FindingParams } from '../../findings/catalogue';
import type { FindingCode } from '../../model/codes';
import type { CloudAlsoCheck } from '../../model/profile';
import type { Finding, Observation, ProbeId } from '../../model/report';
import type { ProbeAuth } from '../../probe/auth';
import { probeRequest, type Run } from '../../probe/run';
import { readJsmOps } from '../jsm-ops';
import { failureFinding, probeFinding } from '../shared';

interface ExtrasContext {
  origin: string;
  cloudId?: string;
  scoped: boolean;
  auth: ProbeAuth;
  /** The site's environment: its gateway serves the gateway probes. */
  env: EnvironmentHosts;
}

/** What the "Also check" probes saw; a probe that was not sent is absent. */
export interface ExtraObservations {
  confluence?: Observation;
  idMapping?: Observation;
  jsmOps?: Observation;
}

function finding(code: FindingCode, observation: Observation, params: FindingParams = {}): Finding {
  return probeFinding(code, observation, params);
}

/** Timeouts, 5xx, 429… or, failing those, an answer we did not expect. */
function otherwise(observation: Observation, what: string): Finding {
  return (
    failureFinding(readResponse(observation), observation, {}) ??
    finding('UNEXPECTED_RESPONSE', observation, {
      detail: `${observation.status ?? '?'} "${bodyLine(observation)}" from ${what}`,
    })
  );
}

/** https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md: Confluence answers 403 "caller cannot access Confluence" for bad credentials AND for no access. */
export function readConfluence(observation: Observation, email: string): Finding {
  const status = observation.status;
  if (status === 200)
    return finding('CONFLUENCE_OK', observation, { accountName: parseAccount(observation)?.displayName });
  if (status === 401 && isScopeMismatch(observation)) {
    return finding('SCOPE_MISSING', observation, {
      detail: bodyLine(observation),
      scopesClassic: CONFLUENCE_USER_CURRENT.classic.join(', '),
      scopesGranular: CONFLUENCE_USER_CURRENT.granular.join(', '),
    });
  }
  // Jira accepted the same credentials (we only get here then), so this 403 is about access.
  if (status === 403 && /cannot access Confluence|not permitted to use Confluence/i.test(observation.body)) {
    return finding('NO_PRODUCT_ACCESS', observation, { product: 'Confluence', detail: bodyLine(observation) });
  }
  if (status === 401)
    return finding('CREDENTIALS_REJECTED', observation, { email, detail: `Confluence: ${bodyLine(observation)}` });
  if (status === 404)
    return finding('UNEXPECTED_RESPONSE', observation, { detail: '404: this site may have no Confluence' });
  return otherwise(observation, 'Confluence');
}

/** https://developer.atlassian.com/cloud/migration/triggering-id-mapping-job (Atlassian "Authorization for Id Mapping"). */
function readIdMapping(observation: Observation, email: string): Finding {
  const status = observation.status;
  if (status === 404 && /Job not found/i.test(observation.body)) return finding('ID_MAPPING_OK', observation);
  if (status === 403) return finding('NOT_SITE_ADMIN', observation);
  if (status === 401)
    return finding('CREDENTIALS_REJECTED', observation, { email, detail: `Id Mapping API: ${bodyLine(observation)}` });
  return otherwise(observation, 'the Id Mapping API');
}

export async function sendExtras(run: Run, also: CloudAlsoCheck, ctx: ExtrasContext): Promise<ExtraObservations> {
  const send = (id: ProbeId, url: string) =>
    run.send({ probe: probeRequest(id, url, ctx.auth.scheme, ctx.auth.shown), authorization: ctx.auth.authorization });
  const confluenceUrl = ctx.scoped
    ? ctx.cloudId && gatewayUrl('confluence', ctx.cloudId, CONFLUENCE_USER_CURRENT.path, ctx.env)
    : `${ctx.origin}${CONFLUENCE_USER_CURRENT.path}`;
  const [confluence, idMapping, jsmOps] = await Promise.all([
    also.confluence && confluenceUrl ? send('confluence-user', confluenceUrl) : undefined,
    also.idMapping ? send('id-mapping', idMappingTestUrl(ctx.env)) : undefined,
    also.jsmOps && ctx.cloudId ? send('jsm-ops', jsmOpsSchedulesUrl(ctx.cloudId, { env: ctx.env })) : undefined,
  ]);
  const seen: ExtraObservations = {};
  if (confluence) seen.confluence = confluence;
  if (idMapping) seen.idMapping = idMapping;
  if (jsmOps) seen.jsmOps = jsmOps;
  return seen;
}

/** The findings of the extra checks, in the order the form lists them. */
export function classifyExtras(seen: ExtraObservations, email: string): Finding[] {
  const findings: Finding[] = [];
  if (seen.confluence) findings.push(readConfluence(seen.confluence, email));
  if (seen.idMapping) findings.push(readIdMapping(seen.idMapping, email));
  if (seen.jsmOps) findings.push(readJsmOps(seen.jsmOps, { email }));
  return findings;
}
