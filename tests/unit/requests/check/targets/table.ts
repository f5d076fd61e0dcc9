/** The shape of the per-target tables: a real pasted request, the codes it must and must not get, its verdict and corrected command. */
import { expect, it } from 'vitest';
import { analyseRequest } from '../../../../../lib/requests/analyse';
import type { TargetId } from '../../../../../lib/requests/target';

export const TOKEN = 'ATATT3xFfGF0Zx7kq2LmNpQrStUvWxYz0123456789abcdefGHIJ=9F3C1A2B';
/** The shape of a Data Center personal access token: base64 of a numeric id, a colon and random bytes. */
export const PAT = 'NjQ2MzUxNjk0MjE3OkH2mUq0Kx9bR3hGk8wZcV1yT5pE';
export const CLOUD_ID = '0b9f1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d';
export const B64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

export interface Case {
  name: string;
  text: string;
  target: TargetId;
  codes?: string[];
  absent?: string[];
  verdict?: 'ok' | 'warning' | 'error';
  /** Texts the corrected command (secrets as placeholders) must hold. */
  corrected?: string[];
  /** Texts it must not hold. */
  notCorrected?: string[];
  scoped?: boolean;
}

export function runCases(cases: Case[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const analysis = analyseRequest(c.text, { tokenScoped: !!c.scoped });
    const found = analysis.findings.map((f) => f.code);
    expect(analysis.facts.target.id).toBe(c.target);
    for (const code of c.codes ?? []) expect(found).toContain(code);
    for (const code of c.absent ?? []) expect(found).not.toContain(code);
    if (c.verdict) expect(analysis.verdict, found.join(' ')).toBe(c.verdict);
    const masked = analysis.corrected?.masked ?? '';
    for (const text of c.corrected ?? []) expect(masked).toContain(text);
    for (const text of c.notCorrected ?? []) expect(masked).not.toContain(text);
    // Secrets are placeholders in the corrected command and absent from every finding.
    for (const secret of [TOKEN, PAT]) {
      expect(masked).not.toContain(secret);
      expect(JSON.stringify(analysis.findings)).not.toContain(secret);
    }
    // Every finding says which target rule decided it.
    for (const finding of analysis.findings)
      expect(finding.evidence.some((l) => l.startsWith('Target rule: '))).toBe(true);
  });
}

/** The corrected command, read back, is a correct request of the same target: no error, no warning. */
export function correctedChecksClean(cases: Case[]): void {
  it.each(cases.map((c) => [c.name, c] as const))('the corrected command of "%s" checks clean', (_name, c) => {
    const analysis = analyseRequest(c.text, { tokenScoped: !!c.scoped });
    const revealed = analysis.corrected?.revealed;
    expect(revealed).toBeDefined();
    const again = analyseRequest(revealed!, { tokenScoped: !!c.scoped, cloudId: CLOUD_ID });
    const bad = again.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => f.code);
    expect(bad, revealed).toEqual([]);
  });
}
