import type { Risk } from '@/lib/scopes/types';

/** The risk summary at the top of the scope report (`data-risk`), the highest risk first. */
export function RiskSummary({ risks, summary }: { risks: Risk[]; summary: string }) {
  return (
    <div className="scope-risks" data-risk={risks[0]?.level ?? 'none'}>
      {/* Focused when a scope check this page started ends (tabIndex -1: not in the tab order). */}
      <h3 tabIndex={-1}>Risks</h3>
      <ul>
        {risks.map((risk) => (
          <li key={risk.id} data-risk-id={risk.id} className={`risk risk-${risk.level}`}>
            <span className="risk-level">{risk.level}</span> {risk.text}
          </li>
        ))}
      </ul>
      <p className="muted">{summary}</p>
    </div>
  );
}
