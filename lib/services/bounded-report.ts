/**
 * What a stored report may weigh. `storage.local` holds 10 MB in Chrome
 * (https://developer.chrome.com/docs/extensions/reference/api/storage#property-local), and one
 * report per profile is kept: bodies are cut to short excerpts (the finding already says what
 * the body proved) so that a report stays within REPORT_MAX_BYTES, whatever a server answered.
 */
import type { Observation, Report } from '../model/report';

/** Characters of each probe's body kept in a stored report. */
export const STORED_BODY_CHARS = 600;
/** The most a stored report may weigh, as JSON (UTF-8 bytes). */
export const REPORT_MAX_BYTES = 12 * 1024;

export function reportBytes(report: Report): number {
  return new TextEncoder().encode(JSON.stringify(report)).length;
}

function cutProbe(probe: Observation, chars: number): Observation {
  if (probe.body.length <= chars) return probe;
  return { ...probe, body: probe.body.slice(0, chars), bodyTruncated: true };
}

function cutText(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars - 1)}…`;
}

/** The report as it is stored: excerpts of the bodies, then shorter ones, then evidence lines cut, until it fits. */
export function boundReport(report: Report): Report {
  let bounded: Report = { ...report, probes: report.probes.map((p) => cutProbe(p, STORED_BODY_CHARS)) };
  for (const chars of [200, 0]) {
    if (reportBytes(bounded) <= REPORT_MAX_BYTES) return bounded;
    bounded = { ...bounded, probes: bounded.probes.map((p) => cutProbe(p, chars)) };
  }
  if (reportBytes(bounded) <= REPORT_MAX_BYTES) return bounded;
  // Still too big (a run with very many findings): evidence lines and explanations cut short, the fix kept.
  return {
    ...bounded,
    findings: bounded.findings.map((f) => ({
      ...f,
      explanation: cutText(f.explanation, 300),
      evidence: f.evidence.slice(0, 4).map((line) => cutText(line, 200)),
    })),
    probes: bounded.probes.map((p) => ({ ...p, probe: { ...p.probe, display: cutText(p.probe.display, 300) } })),
  };
}

/** A storage write that failed because the area is full (Chrome: "QUOTA_BYTES quota exceeded"). */
export function isQuotaError(error: unknown): boolean {
  return error instanceof Error && /quota/i.test(error.message);
}

export const QUOTA_MESSAGE =
  "The report could not be saved: this browser's extension storage is full. The previous report is kept; delete profiles you no longer need to make room.";
