/**
 * No secret leaves the engine in a diagnosis report, whatever the server or the browser repeats:
 * every kind, against a server that echoes the request and a fetch whose error repeats the header.
 */
import { diagnose } from '../../../lib/diagnose/diagnose';
import { ECHO_CASES, echoDeps, echoTransport, firefoxHeadersError, type EchoMode } from '../probe/echo-world';
import { findSecrets } from '../secret-scan';

const MODES: EchoMode[] = ['json-401', 'text-401', 'html-403', 'redirect', 'ok-json'];

describe('diagnose: a server that echoes the request', () => {
  it.each(
    ECHO_CASES.flatMap(([kind, profile, credential]) =>
      MODES.map((mode) => [kind, mode, profile, credential] as const),
    ),
  )('%s, %s: the stored report holds no form of the secret', async (_kind, mode, profile, credential) => {
    const report = await diagnose(profile, echoDeps(echoTransport(mode)));
    expect(report.probes.some((p) => p.probe.auth !== 'none')).toBe(true);
    expect(findSecrets(JSON.stringify(report), credential)).toEqual([]);
  });

  it('the Data Center reproduction: 401 {"errorMessages":["Invalid credentials: <Authorization>"]}', async () => {
    const [, profile, credential] = ECHO_CASES.find(([kind]) => kind === 'dc-pat')!;
    const report = await diagnose(profile, echoDeps(echoTransport('json-401')));
    const text = JSON.stringify(report);
    expect(text).not.toContain(credential.token);
    expect(report.findings[0]?.code).toBe('PAT_REJECTED');
    expect(report.findings[0]?.explanation).toContain('Invalid credentials: ‹secret removed›');
  });
});

describe('diagnose: fetch errors are said in fixed words', () => {
  it.each(ECHO_CASES)(
    '%s: Firefox\'s "invalid header value" error is not stored',
    async (_kind, profile, credential) => {
      const report = await diagnose(profile, echoDeps(firefoxHeadersError));
      const failed = report.probes.find((p) => p.probe.auth !== 'none');
      expect(failed?.error?.kind).toBe('network');
      expect(failed?.error?.message).not.toMatch(/Headers constructor/);
      expect(findSecrets(JSON.stringify(report), credential)).toEqual([]);
    },
  );
});
