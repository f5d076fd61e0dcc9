/** Classification of an organization API key: a pure function of the lint and the admin API's answers. */
import { bodyLine, readAdminOrg, readAdminOrgs } from '../../atlassian/responses';
import { tokenFingerprint } from '../../atlassian/token-shape';
import type { FindingParams } from '../../findings/catalogue';
import type { FindingCode } from '../../model/codes';
import type { Finding, Observation } from '../../model/report';
import { orderFindings } from '../../model/verdict';
import type { ReportParts } from '../../probe/run';
import { failureOrUnexpected, probeFinding } from '../shared';
import type { OrgAdminLint } from './lint';

export interface OrgSeen {
  /** `GET /admin/v1/orgs`, when the key was sent. */
  orgs?: Observation;
  /** `GET /admin/v1/orgs/{orgId}`, when an organization ID was given. */
  org?: Observation;
}

/** "Acme", "Acme and Beta", "Acme, Beta and Gamma". */
function nameList(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function classifyOrgAdminKey(lint: OrgAdminLint, seen: OrgSeen): ReportParts {
  const findings: Finding[] = [...lint.findings];
  const facts: { label: string; value: string }[] = [];
  const add = (code: FindingCode, observation: Observation, params: FindingParams = {}) =>
    findings.push(probeFinding(code, observation, { orgId: lint.orgId || undefined, ...params }));

  const { orgs, org } = seen;
  if (orgs) {
    const names = readAdminOrgs(orgs);
    const found = org && orgs.status !== 401 ? readAdminOrg(org) : undefined;
    if (names) {
      // The organization the key was checked against names it best; else the list, when it names any.
      if (found && org) add('AUTH_OK', org, { variant: 'org-key-named', accountName: found.name });
      else if (names.length > 0)
        add('AUTH_OK', orgs, {
          variant: names.length > 1 ? 'org-key-listed-many' : 'org-key-listed',
          accountName: nameList(names.map((o) => o.name)),
        });
      else add('AUTH_OK', orgs, { variant: 'org-key' });
      if (names.length === 0) add('ADMIN_ORGS_EMPTY', orgs);
      else facts.push({ label: 'Organizations', value: names.map((o) => `${o.name} (${o.id})`).join(', ') });
    } else if (orgs.status === 401) {
      add('ADMIN_KEY_REJECTED', orgs, { detail: bodyLine(orgs) });
    } else findings.push(failureOrUnexpected(orgs));

    if (org && orgs.status !== 401) {
      if (found) facts.push({ label: 'Organization', value: `${found.name} (${found.id})` });
      else if (org.status === 404) add('ADMIN_ORG_NOT_FOUND', org, { detail: bodyLine(org) });
      else if (org.status !== 401) findings.push(failureOrUnexpected(org));
    }
  }
  if (lint.orgId && facts.every((f) => f.label !== 'Organization'))
    facts.push({ label: 'Organization ID', value: lint.orgId });
  return { tokenFingerprint: tokenFingerprint(lint.key), findings: orderFindings(findings), facts };
}
