/**
 * Diagnosis of an organization API key (facts §4): `GET /admin/v1/orgs` with Bearer, and
 * `/admin/v1/orgs/{orgId}` at the same time when the ID is given. A valid key may list NO
 * organization (keys are scoped to one: ACCESS-966), so the list alone is explained, not alarmed at.
 */
import { ADMIN_ORGS_URL } from '../atlassian/endpoints';
import { bodyLine, parseJson, readMyself } from '../atlassian/responses';
import { tokenFingerprint } from '../atlassian/token-shape';
import type { FindingParams } from '../findings/catalogue';
import type { FindingCode } from '../model/codes';
import { makeFinding } from '../findings/make-finding';
import type { OrgAdminKeyProfile } from '../model/profile';
import { evidenceOf, failureFinding } from './classify';
import { orderFindings } from '../model/verdict';
import { lintOrgAdminKey } from './lint-kinds';
import { gatewayOnly } from './oauth';
import { finishReport, probeRequest, shownBearer, startRun } from '../probe/run';
import type { EngineDeps } from '../probe/deps';
import type { Finding, Observation, ProbeId, Report } from '../model/report';

interface OrgSummary {
  id: string;
  name: string;
}

function orgOf(value: unknown): OrgSummary | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as { id?: unknown; attributes?: { name?: unknown } };
  if (typeof record.id !== 'string') return undefined;
  return { id: record.id, name: typeof record.attributes?.name === 'string' ? record.attributes.name : record.id };
}

/** The `data` of a JSON:API answer: a list for /orgs, one object for /orgs/{id}. */
function dataOf(observation: Observation): unknown {
  const json = parseJson(observation);
  return json && typeof json === 'object' && !Array.isArray(json) ? (json as { data?: unknown }).data : undefined;
}

export async function diagnoseOrgAdminKey(profile: OrgAdminKeyProfile, deps: EngineDeps): Promise<Report> {
  const lint = lintOrgAdminKey(profile);
  const run = startRun(deps, gatewayOnly);
  const fingerprint = tokenFingerprint(lint.key);
  const findings: Finding[] = [...lint.findings];
  const facts: { label: string; value: string }[] = [];

  const add = (code: FindingCode, observation: Observation, params: FindingParams = {}) =>
    findings.push(
      makeFinding(
        code,
        {
          status: observation.status?.toString(),
          probeUrl: observation.probe.url,
          orgId: lint.orgId || undefined,
          ...params,
        },
        { probeId: observation.probe.id, evidence: evidenceOf(observation) },
      ),
    );
  const otherwise = (observation: Observation) =>
    findings.push(
      failureFinding(readMyself(observation), observation, {}) ??
        makeFinding(
          'UNEXPECTED_RESPONSE',
          { probeUrl: observation.probe.url, status: String(observation.status), detail: bodyLine(observation) },
          { probeId: observation.probe.id, evidence: evidenceOf(observation) },
        ),
    );

  if (lint.canSendCredential) {
    const shown = shownBearer(fingerprint);
    const send = (id: ProbeId, url: string) =>
      run.send({ probe: probeRequest(id, url, 'bearer', shown), authorization: `Bearer ${lint.key}` });
    const [orgs, org] = await Promise.all([
      send('admin-orgs', ADMIN_ORGS_URL),
      lint.orgId
        ? send('admin-org', `${ADMIN_ORGS_URL}/${encodeURIComponent(lint.orgId)}`)
        : Promise.resolve(undefined),
    ]);
    const listed = dataOf(orgs);
    if (orgs.status === 200 && Array.isArray(listed)) {
      const names = listed.map(orgOf).filter((o): o is OrgSummary => o !== undefined);
      add('AUTH_OK', orgs, {
        accountName: names.length > 0 ? names.map((o) => o.name).join(', ') : 'an organization API key',
      });
      if (names.length === 0) add('ADMIN_ORGS_EMPTY', orgs);
      else facts.push({ label: 'Organizations', value: names.map((o) => `${o.name} (${o.id})`).join(', ') });
    } else if (orgs.status === 401) {
      add('ADMIN_KEY_REJECTED', orgs, { detail: bodyLine(orgs) });
    } else otherwise(orgs);

    if (org && orgs.status !== 401) {
      const found = orgOf(dataOf(org));
      if (org.status === 200 && found) facts.push({ label: 'Organization', value: `${found.name} (${found.id})` });
      else if (org.status === 404) add('ADMIN_ORG_NOT_FOUND', org, { detail: bodyLine(org) });
      else if (org.status !== 401) otherwise(org);
    }
  }
  if (lint.orgId && facts.every((f) => f.label !== 'Organization'))
    facts.push({ label: 'Organization ID', value: lint.orgId });
  return finishReport(profile, run, deps, { tokenFingerprint: fingerprint, findings: orderFindings(findings), facts });
}
