/**
 * Checks a pasted request without sending anything, from its facts: the target is decided first
 * (lib/requests/target.ts), then the rules that hold everywhere (header names, quotes, line
 * continuations, a GET with a body, an upload without its XSRF header), the rules of that target
 * only (check/targets, built on the engine's own URL and credential rules), and the shape rules
 * judged for it. Each finding carries the spans of the pasted text it is about and the target rule
 * that decided it.
 */
import { orderFindings } from '../../model/verdict';
import type { Finding } from '../../model/report';
import { makeFinding } from '../../findings/make-finding';
import type { RequestFacts } from '../facts';
import { constructionFindings } from './construction';
import { headerFindings } from './headers';
import { decidedBy, EVERY_TARGET } from './rule';
import { shapeFindings } from './shape';
import { standInFindings } from './stand-in';
import { TARGET_RULES } from './targets';
import { opsAndOrgKeyFindings } from './targets/ops-keys';

export function checkRequest(facts: RequestFacts, source: string): Finding[] {
  const { read, request, target } = facts;
  if (!read.understood)
    return decidedBy(EVERY_TARGET, 'a request Token Doctor can read', [
      makeFinding('REQUEST_UNREADABLE', { detail: read.summary }),
    ]);
  const findings: Finding[] = [
    ...decidedBy(EVERY_TARGET, 'header names and their colons', headerFindings(request)),
    ...decidedBy(EVERY_TARGET, 'how the command is written', constructionFindings(facts)),
    ...decidedBy(EVERY_TARGET, 'a secret written as a variable is named, never judged', standInFindings(facts, source)),
    ...TARGET_RULES[target.id](facts, source),
    ...opsAndOrgKeyFindings(facts),
    ...shapeFindings(facts, facts.shape, source),
  ];
  if (!findings.some((f) => f.severity === 'error' || f.severity === 'warning')) {
    findings.push(
      ...decidedBy(target.id === 'unknown' ? EVERY_TARGET : target, 'every rule of this target', [
        makeFinding('REQUEST_WELL_FORMED', { detail: read.summary.replace(/^Read as /, 'This ').replace(/\.$/, '') }),
      ]),
    );
  }
  return orderFindings(findings);
}
