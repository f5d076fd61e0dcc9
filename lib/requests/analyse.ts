/**
 * "Check a request", whole: read the pasted text, take its facts, and from the same facts the
 * findings and the corrected command; with where every secret sits, so that a page can hide it,
 * and every text it shows (findings, summaries, changes) redacted of the secrets and their base64.
 * Nothing is sent over the network and nothing is stored.
 */
import type { Finding, Report, Verdict } from '../model/report';
import { requestVerdictOf } from '../model/verdict';
import { checkRequest } from './check/check';
import { requestFacts, type RequestContext, type RequestFacts } from './facts';
import type { Span } from './read/words';
import { namedSecretsOf, redact, secretForms, secretSpans } from './secrets';
import type { CorrectedRequest } from './write/corrected';
import { buildCorrected, correctRequest } from './write/correct';

export type { RequestContext } from './facts';

export interface CorrectedCommand {
  request: CorrectedRequest;
  /** The command with every secret as a placeholder (a shell variable, `<API token>`). */
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
  /** Where each secret sits in the pasted text (secrets.ts says which parts are secret). */
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

/** Every text the analysis shows, with the secrets' forms replaced (servers and readers echo). */
function redactShown(analysis: RequestAnalysis, forms: string[]): void {
  if (forms.length === 0) return;
  const r = (t: string) => redact(t, forms);
  const { facts } = analysis;
  facts.read.summary = r(facts.read.summary);
  for (const note of facts.request.notes) note.text = r(note.text);
  analysis.headline = r(analysis.headline);
  for (const finding of analysis.findings) {
    finding.title = r(finding.title);
    finding.explanation = r(finding.explanation);
    finding.evidence = finding.evidence.map(r);
    if (finding.fix) {
      finding.fix.steps = finding.fix.steps.map(r);
      if (finding.fix.url !== undefined) finding.fix.url = r(finding.fix.url);
      if (finding.fix.curl !== undefined) finding.fix.curl = r(finding.fix.curl);
    }
  }
  if (analysis.corrected) analysis.corrected.request.changes = analysis.corrected.request.changes.map(r);
}

export function analyseRequest(text: string, context: RequestContext = {}): RequestAnalysis {
  const facts = requestFacts(text, context);
  const findings = checkRequest(facts, text);
  const secrets = namedSecretsOf(facts, text);
  const verdict = requestVerdictOf(findings);
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
  if (corrected) {
    if (secrets.length > 0) corrected.secrets = secrets;
    analysis.corrected = {
      request: corrected,
      masked: buildCorrected(corrected, false),
      revealed: buildCorrected(corrected, true),
    };
  }
  const emails = [
    facts.profile?.kind === 'cloud-api-token' ? facts.profile.email : undefined,
    facts.credential?.reading.email,
    facts.credential?.user,
  ].filter((e): e is string => !!e);
  redactShown(
    analysis,
    secretForms(
      secrets.map((s) => s.text),
      [...new Set(emails.map((e) => e.trim()))],
    ),
  );
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
