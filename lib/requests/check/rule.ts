/**
 * Every finding of Check a request says which target rule decided it: the target's name and the
 * rule, as a line of its evidence ("Target rule: Jira Data Center — a personal access token goes
 * as Bearer").
 */
import type { Finding } from '../../model/report';
import type { RequestTarget } from '../target';

/** Rules that hold for every target (header names, quotes, line continuations…). */
export const EVERY_TARGET = 'every target';

export function decidedBy(target: RequestTarget | typeof EVERY_TARGET, rule: string, findings: Finding[]): Finding[] {
  const who = typeof target === 'string' ? target : target.label;
  const line = `Target rule: ${who} — ${rule}`;
  return findings.map((f) => ({ ...f, evidence: [...f.evidence, line] }));
}
