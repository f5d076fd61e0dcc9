import type { ScopeGrant, ScopeReport } from '@/lib/scopes/types';

const FAMILIES: { id: ScopeGrant['family']; title: string; note: string }[] = [
  { id: 'classic', title: 'Classic scopes', note: 'any one of them opens an endpoint' },
  { id: 'granular', title: 'Granular scopes', note: 'an endpoint needs all of its granular scopes' },
];

const STATE_TEXT: Record<ScopeGrant['state'], string> = {
  granted: 'granted',
  missing: 'missing',
  unknown: 'unknown',
};

/**
 * Which scopes the token holds: one row per scope (`data-scope` = its exact name), classic and
 * granular apart, each with the answers that decided it. "granted" and "missing" are proven by
 * the gateway's answers; "unknown" says that they cannot tell.
 */
export function ScopeList({ report }: { report: ScopeReport }) {
  if (report.scopes.length === 0) return null;
  const oauth = report.scopes.some((g) => g.declared !== undefined);
  return (
    <>
      {FAMILIES.map(({ id, title, note }) => {
        const scopes = report.scopes.filter((g) => g.family === id);
        if (scopes.length === 0) return null;
        return (
          <table key={id} className="scope-matrix scope-list" data-scope-family={id}>
            <caption>
              {title} <span className="muted">({note})</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Scope</th>
                {oauth && <th scope="col">Declared</th>}
                <th scope="col">State</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {scopes.map((g) => (
                <tr key={g.scope} data-scope={g.scope} data-state={g.state}>
                  <th scope="row">
                    <code>{g.scope}</code>
                  </th>
                  {oauth && <td>{g.declared ? 'yes' : 'no'}</td>}
                  <td>
                    <span className={`scope-state scope-${g.state}`}>{STATE_TEXT[g.state]}</span>
                  </td>
                  <td className="scope-evidence">{g.evidence}</td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}
