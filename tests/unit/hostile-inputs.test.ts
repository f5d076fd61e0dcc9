/**
 * Hostile input through the engine (lint, then diagnose against the emulator with the product's
 * transport): every row ends in a report with a clear finding, nothing throws, nothing is sent
 * to a host outside the policy, and the secret never appears in the report.
 */
import { diagnose } from '../../lib/diagnose/diagnose';
import { lintCloudApiToken } from '../../lib/kinds/cloud-api-token/lint';
import { memoryCache } from '../../lib/probe/deps';
import { createFetchTransport } from '../../lib/platform/transport';
import { parseProfileRecord, plainRecord } from '../../lib/profiles/record';
import type { CloudApiTokenProfile } from '../../lib/model/profile';
import { createAtlassianHandler, defaultScenario, recordingTransport } from '../../emulator';
import { GOOD, HOSTILE_INPUTS } from './hostile-table';

function profileWith(field: string, value: string): CloudApiTokenProfile {
  return {
    id: 'p1',
    kind: 'cloud-api-token',
    name: 'hostile',
    ...GOOD,
    [field]: value,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  };
}

const ALLOWED_HOSTS = new Set(['acme.atlassian.net', 'api.atlassian.com']);

describe('hostile input through the engine', () => {
  it('has at least 30 rows', () => {
    expect(HOSTILE_INPUTS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(HOSTILE_INPUTS)('%s: a clear finding, no throw, no leak', async (_name, field, value) => {
    const profile = profileWith(field, value);
    expect(() => lintCloudApiToken(profile)).not.toThrow();
    const recorder = recordingTransport(createAtlassianHandler(defaultScenario()));
    const deps = {
      transport: createFetchTransport(recorder.transport as typeof fetch),
      now: Date.now,
      cache: memoryCache(),
      probeTimeoutMs: 1_000,
      runBudgetMs: 3_000,
      sleep: async () => undefined,
    };
    const report = await diagnose(profile, deps);
    // (Not every row is an error: the engine trims a trailing newline off an email and says OK;
    // a value it refuses to send proves nothing about the credential: unknown.)
    expect(['ok', 'warning', 'error', 'unknown']).toContain(report.verdict);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const finding of report.findings) {
      expect(finding.title.trim()).not.toBe('');
      expect(finding.explanation.trim()).not.toBe('');
    }
    for (const request of recorder.requests.filter((r) => r.hadAuthorization))
      expect(ALLOWED_HOSTS.has(request.host)).toBe(true);
    const text = JSON.stringify(report);
    if (profile.apiToken.trim().length >= 8) expect(text).not.toContain(profile.apiToken.trim());
    if (value.length < 10_000) expect(text.length).toBeLessThan(200_000);
    else {
      // The engine echoes its input into the report, so megabyte values must never reach it from
      // storage: the record schema refuses them (and the form says why, storage-hostile-form).
      expect(parseProfileRecord(plainRecord(profile)).ok).toBe(false);
    }
  });
});
