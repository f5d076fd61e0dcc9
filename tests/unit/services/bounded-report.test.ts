import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../lib/diagnose/diagnose';
import { memoryCache } from '../../../lib/probe/deps';
import type { Profile } from '../../../lib/model/profile';
import type { Report } from '../../../lib/model/report';
import {
  boundReport,
  isQuotaError,
  REPORT_MAX_BYTES,
  reportBytes,
  STORED_BODY_CHARS,
} from '../../../lib/services/bounded-report';
import { createAtlassianHandler, defaultScenario, emulatorTransport } from '../../../emulator';
import * as world from '../../../emulator';

describe('bounded report', () => {
  it('cuts every body to an excerpt and keeps the largest engine report within the bound', async () => {
    // The heaviest run the engine makes: a Cloud token with every extra check, on a site that answers HTML.
    const profile = {
      kind: 'cloud-api-token',
      id: 'big',
      name: 'Big',
      siteUrl: `https://${world.GLITCH_HOST}`,
      email: world.ADMIN_EMAIL,
      apiToken: world.UNSCOPED_TOKEN,
      alsoCheck: { confluence: true, idMapping: true, jsmOps: true },
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    } as Profile;
    const report = await diagnose(profile, {
      transport: emulatorTransport(createAtlassianHandler(defaultScenario())),
      now: Date.now,
      cache: memoryCache(),
    });
    const bounded = boundReport(report);
    expect(bounded.probes.every((p) => p.body.length <= STORED_BODY_CHARS)).toBe(true);
    expect(reportBytes(bounded)).toBeLessThanOrEqual(REPORT_MAX_BYTES);
    expect(bounded.findings.map((f) => f.code)).toEqual(report.findings.map((f) => f.code));
  });

  it('still fits when a server answered megabytes and the run had many findings', () => {
    const huge = 'x'.repeat(64 * 1024);
    const report = {
      probes: Array.from({ length: 12 }, () => ({ body: huge, probe: { display: huge } })),
      findings: Array.from({ length: 30 }, () => ({ code: 'SERVER_ERROR', explanation: huge, evidence: [huge, huge] })),
    } as unknown as Report;
    expect(reportBytes(boundReport(report))).toBeLessThan(REPORT_MAX_BYTES * 3);
    expect(reportBytes(boundReport(report))).toBeLessThan(reportBytes(report) / 50);
  });

  it('recognises a full storage', () => {
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('something else'))).toBe(false);
  });
});
