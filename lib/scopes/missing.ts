/** One SCOPE_MISSING finding per capability row the gateway refused for scope. */
import { CAPABILITIES } from '../atlassian/scope-catalogue';
import { makeFinding } from '../findings/make-finding';
import type { Finding, Observation } from '../model/report';
import { evidenceOf } from '../probe/evidence';
import type { ScopeRow } from './types';

export function scopeMissingFindings(rows: readonly ScopeRow[], seen: ReadonlyMap<string, Observation>): Finding[] {
  const findings: Finding[] = [];
  for (const c of CAPABILITIES) {
    const o = seen.get(c.id);
    if (!o || rows.find((r) => r.id === c.id)?.state !== 'missing') continue;
    findings.push(
      makeFinding(
        'SCOPE_MISSING',
        {
          detail: c.label,
          probeUrl: o.probe.url,
          status: '401',
          scopesClassic: c.classic.join(', ') || '(none: granular only)',
          scopesGranular: c.granular.join(', '),
        },
        { probeId: o.probe.id, evidence: evidenceOf(o) },
      ),
    );
  }
  return findings;
}
