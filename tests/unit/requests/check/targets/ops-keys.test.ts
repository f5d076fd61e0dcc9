/**
 * Operations keys (GenieKey) and organization API keys in pasted requests: a GenieKey where an
 * account's token is due, an API token sent as a GenieKey, an organization key on the SCIM API or
 * on a product API; and a negative table of correct requests of the same targets that get none
 * of these codes.
 */
import { describe, expect, it } from 'vitest';
import { analyseRequest } from '../../../../../lib/requests/analyse';
import { CLOUD_ID, type Case, runCases, TOKEN } from './table';

const SITE = 'https://acme.atlassian.net';
/** A GenieKey as the Opsgenie docs write one: an opaque key (its shape is not used by any rule). */
const GENIE = 'eb243592-faa2-4ba2-a551-1afdf565c889';
const DIRECTORY = 'https://api.atlassian.com/scim/directory/2fb21891-7bee-4c2d-a61a-ade3834c8b2b';
const CODES = ['GENIE_KEY_AS_API_TOKEN', 'ORG_KEY_ON_SCIM', 'ORG_KEY_AS_USER_TOKEN'];

const RULES: Case[] = [
  {
    name: 'curl: a GenieKey to a Jira site',
    text: `curl -H "Authorization: GenieKey ${GENIE}" ${SITE}/rest/api/3/myself`,
    target: 'jsm-ops',
    codes: ['GENIE_KEY_AS_API_TOKEN'],
    absent: ['REQUEST_WELL_FORMED'],
    verdict: 'error',
  },
  {
    name: 'curl: a GenieKey through the gateway to Jira',
    text: `curl -H "Authorization: GenieKey ${GENIE}" https://api.atlassian.com/ex/jira/${CLOUD_ID}/rest/api/3/myself`,
    target: 'jira-gateway',
    codes: ['GENIE_KEY_AS_API_TOKEN'],
    verdict: 'error',
  },
  {
    name: 'curl: a GenieKey to Confluence on the site',
    text: `curl -H "Authorization: GenieKey ${GENIE}" ${SITE}/wiki/rest/api/user/current`,
    target: 'jsm-ops',
    codes: ['GENIE_KEY_AS_API_TOKEN'],
    verdict: 'error',
  },
  {
    name: 'curl: an Atlassian API token sent as a GenieKey to integration events',
    text: `curl -X POST -H "Authorization: GenieKey ${TOKEN}" -H "Content-Type: application/json" -d '{"message":"down"}' https://api.atlassian.com/jsm/ops/integration/v2/alerts`,
    target: 'jsm-ops',
    codes: ['GENIE_KEY_AS_API_TOKEN'],
    verdict: 'error',
  },
  {
    name: 'curl: an Atlassian API token sent as a GenieKey to Opsgenie',
    text: `curl -H "Authorization: GenieKey ${TOKEN}" https://api.opsgenie.com/v2/alerts`,
    target: 'jsm-ops',
    codes: ['GENIE_KEY_AS_API_TOKEN'],
    verdict: 'error',
  },
  {
    name: 'curl: a GenieKey on the JSM operations REST API keeps its own rule',
    text: `curl -H "Authorization: GenieKey ${GENIE}" https://api.atlassian.com/jsm/ops/api/${CLOUD_ID}/v1/alerts`,
    target: 'jsm-ops',
    codes: ['JSM_OPS_WRONG_SCHEME'],
    absent: ['GENIE_KEY_AS_API_TOKEN'],
  },
  {
    name: 'curl: an organization key on the SCIM API',
    text: `curl -H "Authorization: Bearer $ATLASSIAN_ORG_API_KEY" ${DIRECTORY}/Users`,
    target: 'admin-api',
    codes: ['ORG_KEY_ON_SCIM'],
    absent: ['REQUEST_WELL_FORMED', 'ORG_KEY_AS_USER_TOKEN'],
    verdict: 'error',
  },
  {
    name: 'raw HTTP: an admin key placeholder on the SCIM API',
    text: `GET /scim/directory/2fb21891-7bee-4c2d-a61a-ade3834c8b2b/Groups HTTP/1.1\nHost: api.atlassian.com\nAuthorization: Bearer <admin-api-key>`,
    target: 'admin-api',
    codes: ['ORG_KEY_ON_SCIM'],
  },
  {
    name: 'PowerShell: an org key from the environment on the SCIM API',
    text: `Invoke-RestMethod -Uri '${DIRECTORY}/Users' -Headers @{ Authorization = "Bearer $env:ORG_API_KEY" }`,
    target: 'admin-api',
    codes: ['ORG_KEY_ON_SCIM'],
  },
  {
    name: 'curl: an org key as the password of -u email on a Jira site',
    text: `curl -u ada@acme.example:$ATLASSIAN_ORG_API_KEY ${SITE}/rest/api/3/myself`,
    target: 'jira-cloud',
    codes: ['ORG_KEY_AS_USER_TOKEN'],
    verdict: 'error',
  },
  {
    name: 'curl: an admin key as Bearer through the gateway to Jira',
    text: `curl -H "Authorization: Bearer $ADMIN_API_KEY" https://api.atlassian.com/ex/jira/${CLOUD_ID}/rest/api/3/myself`,
    target: 'jira-gateway',
    codes: ['ORG_KEY_AS_USER_TOKEN'],
    verdict: 'error',
  },
  {
    name: 'curl: an org key as Bearer on Confluence',
    text: `curl -H "Authorization: Bearer $ORGANIZATION_API_KEY" ${SITE}/wiki/api/v2/spaces?limit=1`,
    target: 'confluence-cloud',
    codes: ['ORG_KEY_AS_USER_TOKEN'],
  },
];

/** Correct requests of the same targets: none of these codes. */
const CLEAN: Case[] = [
  {
    name: 'a GenieKey to integration events',
    text: `curl -X POST -H "Authorization: GenieKey $OPSGENIE_KEY" -H "Content-Type: application/json" -d '{"message":"down"}' https://api.atlassian.com/jsm/ops/integration/v2/alerts`,
    target: 'jsm-ops',
    absent: CODES,
  },
  {
    name: 'a GenieKey to Opsgenie',
    text: `curl -H "Authorization: GenieKey ${GENIE}" https://api.opsgenie.com/v2/alerts`,
    target: 'jsm-ops',
    absent: CODES,
  },
  {
    name: 'an org key on the admin API',
    text: `curl -H "Authorization: Bearer $ATLASSIAN_ORG_API_KEY" https://api.atlassian.com/admin/v1/orgs`,
    target: 'admin-api',
    absent: CODES,
    verdict: 'ok',
  },
  {
    name: 'the directory key on the SCIM API',
    text: `curl -H "Authorization: Bearer $SCIM_API_KEY" ${DIRECTORY}/Users`,
    target: 'admin-api',
    absent: CODES,
    verdict: 'ok',
  },
  {
    name: 'an email and API token on a Jira site',
    text: `curl -u ada@acme.example:$JIRA_API_TOKEN ${SITE}/rest/api/3/myself`,
    target: 'jira-cloud',
    absent: CODES,
  },
  {
    name: 'an email and API token on the JSM operations REST API',
    text: `curl -u ada@acme.example:${TOKEN} https://api.atlassian.com/jsm/ops/api/${CLOUD_ID}/v1/alerts?size=1`,
    target: 'jsm-ops',
    absent: CODES,
  },
];

describe('operations and organization keys in a pasted request', () => {
  runCases(RULES);
});

describe('correct requests of those targets get none of these codes', () => {
  runCases(CLEAN);
});

describe('what the words name', () => {
  it('names the variable the org key is written as, never a secret', () => {
    const analysis = analyseRequest(`curl -H "Authorization: Bearer $ORG_API_KEY" ${DIRECTORY}/Users`);
    const finding = analysis.findings.find((f) => f.code === 'ORG_KEY_ON_SCIM')!;
    expect(finding.explanation).toContain('the secret written as ORG_API_KEY, a name for an organization API key');
    expect(finding.explanation).toContain('/scim/directory/2fb21891-7bee-4c2d-a61a-ade3834c8b2b');
    expect(finding.fix?.curl).toContain(`${DIRECTORY}/Users?count=1`);
    expect(finding.evidence).toContain('Secret: written as ORG_API_KEY (a name, not a value)');
    expect(finding.sources?.length).toBeGreaterThan(0);
  });
  it('marks the GenieKey in the paste', () => {
    const text = `curl -H "Authorization: GenieKey ${GENIE}" ${SITE}/rest/api/3/myself`;
    const finding = analyseRequest(text).findings.find((f) => f.code === 'GENIE_KEY_AS_API_TOKEN')!;
    expect(finding.spans?.length).toBe(1);
    const [span] = finding.spans!;
    expect(text.slice(span!.start, span!.end)).toContain('GenieKey');
    expect(finding.title).toBe('A JSM operations (Opsgenie) integration key where an API token is due');
  });
  it('words an API token sent as a GenieKey as such', () => {
    const finding = analyseRequest(
      `curl -H "Authorization: GenieKey ${TOKEN}" https://api.opsgenie.com/v2/alerts`,
    ).findings.find((f) => f.code === 'GENIE_KEY_AS_API_TOKEN')!;
    expect(finding.title).toBe('An Atlassian API token sent as a GenieKey');
    expect(JSON.stringify(finding)).not.toContain(TOKEN);
  });
});
