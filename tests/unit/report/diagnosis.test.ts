/** A shared diagnosis (Markdown and JSON) carries no secret, masks emails by default and is escaped text. */
import { diagnose } from '../../../lib/diagnose/diagnose';
import { memoryCache, type EngineDeps } from '../../../lib/probe/deps';
import type { Profile } from '../../../lib/model/profile';
import type { Report } from '../../../lib/model/report';
import {
  diagnosisFileName,
  diagnosisJson,
  diagnosisMarkdown,
  type DiagnosisOptions,
} from '../../../lib/report/diagnosis';
import * as world from '../../../emulator';
import { createAtlassianHandler, defaultScenario, recordingTransport } from '../../../emulator';
import { findSecrets, type Credential } from '../secret-scan';
import { CREDENTIAL_SCENARIOS, cloudScenario, type CredentialScenario } from '../credential-scenarios';

const acme = `https://${world.ACME_HOST}`;
const options: DiagnosisOptions = { headline: 'This token works', verdictLabel: 'Works', checkedLabel: 'Verified at' };

async function run(profile: Profile): Promise<Report> {
  const recorder = recordingTransport(createAtlassianHandler(defaultScenario()));
  const deps: EngineDeps = {
    transport: recorder.transport,
    now: Date.now,
    cache: memoryCache(),
    probeTimeoutMs: 1_000,
    runBudgetMs: 3_000,
    sleep: async () => undefined,
  };
  return diagnose(profile, deps);
}

const cloud = (email: string, token: string, siteUrl = acme) =>
  cloudScenario('cloud', email, token, siteUrl).slice(1) as [Profile, Credential];

// Every kind, and a run that proved nothing (rate limited).
const scenarios: CredentialScenario[] = [
  ...CREDENTIAL_SCENARIOS,
  cloudScenario('rate limited', world.ADMIN_EMAIL, world.UNSCOPED_TOKEN, `https://${world.BUSY_HOST}`),
];

describe('a shared diagnosis', () => {
  it.each(scenarios)('%s: Markdown and JSON carry no secret, masked or not', async (_name, profile, credential) => {
    const report = await run(profile);
    const texts = [
      diagnosisMarkdown(report, options),
      JSON.stringify(diagnosisJson(report, options)),
      diagnosisMarkdown(report, { ...options, showEmail: true }),
      JSON.stringify(diagnosisJson(report, { ...options, showEmail: true })),
    ];
    for (const text of texts) expect(findSecrets(text, credential)).toEqual([]);
    if (credential.email) {
      expect(texts[0]).not.toContain(credential.email);
      expect(texts[1]).not.toContain(credential.email);
    }
  });

  it('masks every email address by default, also in a corrected curl command, and keeps them on request', async () => {
    const report = await run(cloud(world.ADMIN_EMAIL, world.SCOPED_TOKEN_CLASSIC_READS)[0]);
    const withCurl = report.findings.find((f) => f.fix?.curl?.includes(world.ADMIN_EMAIL));
    expect(withCurl).toBeDefined();
    const json = diagnosisJson(report, options);
    expect(JSON.stringify(json)).not.toContain(world.ADMIN_EMAIL);
    expect(JSON.stringify(diagnosisJson(report, { ...options, showEmail: true }))).toContain(world.ADMIN_EMAIL);
    expect(json.findings.find((f) => f.code === withCurl!.code)?.correctedCurl).toMatch(/-u "a…n@/);
  });

  it('has a versioned shape with the verdict, every finding with its sources and every request', async () => {
    const report = await run(cloud(world.ADMIN_EMAIL, world.UNSCOPED_TOKEN)[0]);
    const json = diagnosisJson(report, options);
    expect(json).toMatchObject({
      format: 'token-doctor/diagnosis',
      version: 1,
      verdict: report.verdict,
      verified: true,
    });
    expect(json.findings.map((f) => f.code)).toEqual(report.findings.map((f) => f.code));
    expect(json.findings[0]?.sources.length).toBeGreaterThan(0);
    expect(json.requests.map((r) => r.id)).toEqual(report.probes.map((p) => p.probe.id));
    expect(diagnosisFileName(report)).toMatch(/^token-doctor-diagnosis-acme-\d{4}-\d\d-\d\d\.json$/);
  });

  it('writes what a server or a user wrote as text, never as Markdown', async () => {
    const report = await run(cloud(world.ADMIN_EMAIL, world.UNSCOPED_TOKEN)[0]);
    const hostile: Report = {
      ...report,
      profileName: 'Acme ![x](https://tracker.example/p.png)',
      account: { accountId: '1', displayName: '<img src=x onerror=alert(1)> [click](javascript:alert(1))' },
      findings: [
        {
          ...report.findings[0]!,
          explanation: 'Body said `x` **bold** | pipe',
          fix: { steps: ['1. not a list'], curl: "curl ``` 'https://acme.atlassian.net'" },
        },
      ],
    };
    const md = diagnosisMarkdown(hostile, options);
    expect(md).not.toContain('![x](');
    expect(md).not.toMatch(/(^|[^\\])<img/);
    expect(md).toContain('\\<img');
    expect(md).not.toContain('[click](');
    expect(md).toContain('Body said \\`x\\` \\*\\*bold\\*\\* \\| pipe');
    // The curl command holds three backticks: its fence is longer.
    expect(md).toContain("````sh\ncurl ``` 'https://acme.atlassian.net'\n````");
    expect(md).toContain('1. 1\\. not a list');
  });

  it('says "Checked at" and verified: false for a run that proved nothing', async () => {
    const report = await run(cloud(world.ADMIN_EMAIL, world.UNSCOPED_TOKEN, `https://${world.BUSY_HOST}`)[0]);
    expect(report.verdict).toBe('unknown');
    const json = diagnosisJson(report, { ...options, checkedLabel: 'Checked at', verdictLabel: 'Could not check' });
    expect(json.verified).toBe(false);
    expect(
      diagnosisMarkdown(report, { ...options, checkedLabel: 'Checked at', verdictLabel: 'Could not check' }),
    ).toContain('- Checked at:');
  });
});
