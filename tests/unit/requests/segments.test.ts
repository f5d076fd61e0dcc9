/** Cutting the paste into marked runs, and masking the secret without moving any span. */
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../lib/model/report';
import { maskSpans, segmentsOf } from '../../../lib/requests/segments';

const finding = (code: string, severity: Finding['severity'], spans: { start: number; end: number }[]) =>
  ({ code, severity, title: code, spans }) as unknown as Finding;

describe('segmentsOf', () => {
  it('marks each run with the findings that cover it and the worst severity among them', () => {
    const text = 'curl -header x https://a';
    const findings = [finding('A', 'warning', [{ start: 5, end: 12 }]), finding('B', 'error', [{ start: 8, end: 14 }])];
    const segments = segmentsOf(text, findings);
    expect(segments.map((s) => [s.text, s.findings, s.severity])).toEqual([
      ['curl ', [], undefined],
      ['-he', [0], 'warning'],
      ['ader', [0, 1], 'error'],
      [' x', [1], 'error'],
      [' https://a', [], undefined],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('keeps spans that reach past the text inside it', () => {
    const segments = segmentsOf('abc', [finding('A', 'info', [{ start: 1, end: 99 }])]);
    expect(segments.map((s) => s.text)).toEqual(['a', 'bc']);
  });
});

describe('maskSpans', () => {
  it('replaces the secret by as many • and leaves white space and the rest alone', () => {
    expect(maskSpans('-u a:tok en x', [{ start: 5, end: 11 }])).toBe('-u a:••• •• x');
    expect(maskSpans('abc', [])).toBe('abc');
  });
});
