/**
 * "Check a request", whole: read the pasted text, take its facts, and from the same facts the
 * findings and the corrected command; with where the secret sits, so that a page can hide it.
 * Nothing is sent over the network and nothing is stored.
 */
import type { Finding, Report, Verdict } from '../model/report';
import { verdictOf } from '../model/verdict';
import { checkRequest } from './check/check';
import { requestFacts, type RequestContext, type RequestFacts } from './facts';
import type { Span } from './read/words';
import { secretSpans } from './secrets';
import type { CorrectedRequest } from './write/corrected';
import { buildCorrected, correctRequest } from './write/correct';

export type { RequestContext, RequestFacts } from './facts';

export interface CorrectedCommand {
  request: CorrectedRequest;
  /** The command with the secret as a placeholder (a shell variable, `<API token>`). */
  masked: string;
  /** The command with the secret itself, to copy once the user chose to reveal it. */
  revealed: string;
}

export interface RequestAnalysis {
  facts: RequestFacts;
  /** Ordered, worst first; each with the spans of the paste it is about. */
  findings: Finding[];
  verdict: Verdict;
  /** Absent when the text could not be read as a request. */
  corrected?: CorrectedCommand;
  /** Where the secret sits in the pasted text. */
  secretSpans: Span[];
  /** There is a secret to show or hide. */
  hasSecret: boolean;
  /** One sentence for the head of the report. */
  headline: string;
}

function headline(facts: RequestFacts, findings: Finding[], verdict: Verdict): string {
  if (!facts.read.understood) return 'This text could not be read as a request';
  const problems = findings.filter((f) => f.severity === 'error' || f.severity === 'warning').length;
  if (verdict === 'ok') return 'Nothing wrong in how this request is built';
  return `${problems} problem${problems === 1 ? '' : 's'} in how this request is built`;
}

export function analyseRequest(text: string, context: RequestContext = {}): RequestAnalysis {
  const facts = requestFacts(text, context);
  const findings = checkRequest(facts, text);
  const verdict = verdictOf(findings);
  const spans = secretSpans(facts, text);
  const analysis: RequestAnalysis = {
    facts,
    findings,
    verdict,
    secretSpans: spans,
    hasSecret: spans.length > 0 || !!facts.identity?.fingerprint,
    headline: headline(facts, findings, verdict),
  };
  const corrected = correctRequest(facts, text);
  if (corrected)
    analysis.corrected = {
      request: corrected,
      masked: buildCorrected(corrected, false),
      revealed: buildCorrected(corrected, true),
    };
  return analysis;
}

/**
 * What a diagnosis of the pasted credential teaches the check: the site's cloudId, and that the
 * token is scoped when the engine found it so (a scoped token must call the gateway).
 */
export function contextAfterDiagnosis(context: RequestContext, report: Report): RequestContext {
  const scoped = !!context.tokenScoped || report.findings.some((f) => f.code === 'TOKEN_SCOPED');
  return { tokenScoped: scoped, ...(report.cloudId !== undefined ? { cloudId: report.cloudId } : {}) };
}
