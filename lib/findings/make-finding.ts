import type { FindingCode } from '../model/codes';
import { entryFor, type FindingParams } from './catalogue';
import type { Finding, ProbeId, ProfileField } from '../model/report';

interface RaiseOptions {
  evidence?: string[];
  probeId?: ProbeId;
  field?: ProfileField;
}

/** A finding with its words, fix, group and sources taken from the catalogue. */
export function makeFinding(code: FindingCode, params: FindingParams = {}, options: RaiseOptions = {}): Finding {
  const entry = entryFor(code, params);
  const finding: Finding = {
    code,
    group: entry.group,
    severity: entry.severity,
    title: entry.title(params),
    explanation: entry.explanation(params),
    evidence: options.evidence ?? [],
  };
  if (options.probeId) finding.probeId = options.probeId;
  if (options.field) finding.field = options.field;
  if (entry.fix) finding.fix = entry.fix(params);
  finding.sources = entry.sources.map((s) => ({ title: s.title, url: s.url }));
  if (entry.headline) finding.headline = entry.headline;
  if (entry.outcome) finding.outcome = entry.outcome;
  return finding;
}
