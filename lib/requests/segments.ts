/**
 * Cuts the pasted text into runs for display: each run knows which findings point at it (to be
 * marked) and whether it is part of the secret (to be masked until revealed). Masking keeps the
 * length, so every finding's span still points at the right characters.
 */
import type { Finding, Severity } from '../model/report';
import type { Span } from './read/words';

interface Segment {
  text: string;
  start: number;
  /** Indexes into the findings list. */
  findings: number[];
  severity?: Severity;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, ok: 0 };

/** The text with every non-blank character of `spans` replaced by •. */
export function maskSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const chars = [...text.split('')];
  for (const span of spans)
    for (let i = Math.max(0, span.start); i < Math.min(chars.length, span.end); i++)
      if (!/\s/.test(chars[i]!)) chars[i] = '•';
  return chars.join('');
}

export function segmentsOf(text: string, findings: Finding[]): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  findings.forEach((f) =>
    f.spans?.forEach((s) => {
      cuts.add(Math.max(0, Math.min(text.length, s.start)));
      cuts.add(Math.max(0, Math.min(text.length, s.end)));
    }),
  );
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (start === end) continue;
    const covering = findings.flatMap((f, index) =>
      f.spans?.some((s) => s.start <= start && s.end >= end) ? [index] : [],
    );
    const severity = covering.reduce<Severity | undefined>((best, index) => {
      const s = findings[index]!.severity;
      return best === undefined || RANK[s] > RANK[best] ? s : best;
    }, undefined);
    const last = segments[segments.length - 1];
    if (last && covering.length === 0 && last.findings.length === 0) last.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), start, findings: covering, ...(severity ? { severity } : {}) });
  }
  return segments;
}
