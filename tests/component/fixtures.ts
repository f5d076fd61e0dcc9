/** Profiles and reports for component tests, and helpers that put them in the fake storage. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATALOGUE } from '@/lib/findings/catalogue';
import type { Finding, Observation, Report } from '@/lib/model/report';
import type { CloudApiTokenProfile } from '@/lib/model/profile';

/** A token-shaped secret that must never show up in the page's text or attributes. */
export const TOKEN = 'ATATT3xFfGF0Zx7kq2LmNpQrStUvWxYz0123456789abcdefGHIJ=9F3C1A2B';

export function makeProfile(overrides: Partial<CloudApiTokenProfile> = {}): CloudApiTokenProfile {
  return {
    id: 'p-acme',
    kind: 'cloud-api-token',
    name: 'Acme prod',
    siteUrl: 'https://acme.atlassian.net',
    email: 'ada@acme.com',
    apiToken: TOKEN,
    createdAt: '2026-01-10T09:00:00.000Z',
    updatedAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

function probe(
  id: Observation['probe']['id'],
  url: string,
  status: number | null,
  extra: Partial<Observation> = {},
): Observation {
  return {
    probe: {
      id,
      url,
      auth: id === 'tenant-info' ? 'none' : 'basic',
      display: `GET ${url}${id === 'tenant-info' ? '' : '\nAuthorization: Basic <email:API token>'}`,
    },
    status,
    headers: {},
    body: '',
    bodyTruncated: false,
    durationMs: 120,
    attempts: 1,
    ...extra,
  };
}

/** Findings as the catalogue makes them: with their group, headline and outcome (a hand-written fixture may omit them). */
export function catalogued(findings: Finding[]): Finding[] {
  return findings.map((f) => {
    const entry = CATALOGUE[f.code];
    return {
      ...f,
      group: f.group ?? entry.group,
      ...(entry.headline && !f.headline ? { headline: entry.headline } : {}),
      ...(entry.outcome && !f.outcome ? { outcome: entry.outcome } : {}),
    };
  });
}

export function makeReport(overrides: Partial<Report> = {}): Report {
  const cloudId = '0b9f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
  const report: Report = {
    schema: 1,
    profileId: 'p-acme',
    profileName: 'Acme prod',
    kind: 'cloud-api-token',
    tokenFingerprint: 'ATATT…1A2B',
    siteUrl: 'https://acme.atlassian.net',
    cloudId,
    account: { accountId: '557058:abc', displayName: 'Ada Admin', emailMasked: 'a…a@acme.com' },
    startedAt: '2026-01-11T10:00:00.000Z',
    finishedAt: '2026-01-11T10:00:00.450Z',
    durationMs: 450,
    verdict: 'warning',
    findings: [
      {
        code: 'SCOPED_TOKEN_ON_SITE_URL',
        severity: 'warning',
        title: 'Scoped token used on the site URL',
        explanation:
          'The site answered 401 while the API gateway accepted the same credentials. Scoped tokens only work through the gateway.',
        evidence: ['site-myself → 401', 'gateway-myself → 200'],
        probeId: 'site-myself',
        fix: {
          steps: ['Call the API gateway instead of the site URL.'],
          url: `https://api.atlassian.com/ex/jira/${cloudId}/rest/api/3/myself`,
          curl: `curl -u 'ada@acme.com:$ATLASSIAN_API_TOKEN' 'https://api.atlassian.com/ex/jira/${cloudId}/rest/api/3/myself'`,
        },
      },
      {
        code: 'TOKEN_SCOPED',
        severity: 'info',
        title: 'The token is scoped',
        explanation: 'It works on the gateway only.',
        evidence: [],
      },
    ],
    probes: [
      probe('tenant-info', 'https://acme.atlassian.net/_edge/tenant_info', 200, {
        headers: { 'content-type': 'application/json' },
      }),
      probe('site-myself', 'https://acme.atlassian.net/rest/api/3/myself', 401, {
        headers: { 'www-authenticate': 'Basic realm="protected-by-api-key"' },
      }),
      probe('gateway-myself', `https://api.atlassian.com/ex/jira/${cloudId}/rest/api/3/myself`, 200),
    ],
    ...overrides,
  };
  return { ...report, findings: catalogued(report.findings) };
}

export function makeOkReport(overrides: Partial<Report> = {}): Report {
  return makeReport({
    verdict: 'ok',
    startedAt: '2026-02-01T08:00:00.000Z',
    finishedAt: '2026-02-01T08:00:00.300Z',
    findings: [
      {
        code: 'TOKEN_UNSCOPED',
        severity: 'ok',
        title: 'The token works on the site and the gateway',
        explanation: 'Both answered 200. An unscoped token carries all of the user’s rights.',
        evidence: ['site-myself → 200'],
      },
    ],
    probes: [
      probe('site-myself', 'https://acme.atlassian.net/rest/api/3/myself', 200),
      probe('gateway-myself', 'https://api.atlassian.com/ex/jira/x/rest/api/3/myself', null, {
        error: { kind: 'timeout', message: 'no answer within 5000 ms' },
      }),
      probe('redirect-target', 'http://acme.atlassian.net/', 0, { redirectedTo: 'https://acme.atlassian.net/' }),
    ],
    ...overrides,
  });
}

export async function storeProfile(profile: CloudApiTokenProfile): Promise<void> {
  await fakeBrowser.storage.local.set({ [`profile:${profile.id}`]: { v: 1, profile } });
}

export async function storeReport(report: Report): Promise<void> {
  await fakeBrowser.storage.local.set({ [`report:${report.profileId}`]: { v: 1, report } });
}

export async function storedRecords(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}
