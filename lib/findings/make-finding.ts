import type { FindingCode } from '../model/codes';
import { CATALOGUE, type FindingParams } from './catalogue';
import type { Finding, ProbeId, ProfileField } from '../model/report';

export interface RaiseOptions {
  evidence?: string[];
  probeId?: ProbeId;
  field?: ProfileField;
}

/** A finding with its words and fix taken from the catalogue. */
export function makeFinding(code: FindingCode, params: FindingParams = {}, options: RaiseOptions = {}): Finding {
  const entry = CATALOGUE[code];
  const finding: Finding = {
    code,
    severity: entry.severity,
    title: entry.title(params),
    explanation: entry.explanation(params),
    evidence: options.evidence ?? [],
  };
  if (options.probeId) finding.probeId = options.probeId;
  if (options.field) finding.field = options.field;
  if (entry.fix) finding.fix = entry.fix(params);
  return finding;
}
