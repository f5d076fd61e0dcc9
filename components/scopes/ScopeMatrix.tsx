import type { ScopeReport, ScopeRow } from '@/lib/scopes/types';
import { stateText } from '@/lib/report/scope-markdown';

const PRODUCTS: { id: ScopeRow['product']; title: string }[] = [
  { id: 'jira', title: 'Jira' },
  { id: 'confluence', title: 'Confluence' },
  { id: 'site', title: 'Site' },
];

function Scopes({ row }: { row: ScopeRow }) {
  if (row.scopesClassic.length === 0 && row.scopesGranular.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {row.scopesClassic.length > 0 && (
        <div>
          classic: <code>{row.scopesClassic.join(' or ')}</code>
        </div>
      )}
      {row.scopesGranular.length > 0 && (
        <details>
          <summary>
            granular: {row.scopesGranular.length} scope{row.scopesGranular.length === 1 ? '' : 's'}
          </summary>
          <code>{row.scopesGranular.join(' ')}</code>
        </details>
      )}
    </>
  );
}

/** One table per product: capability in plain words, the scopes behind it, the state as text and colour (`data-capability` rows). */
export function ScopeMatrix({ report }: { report: ScopeReport }) {
  const oauth = report.model === 'oauth';
  return (
    <>
      {PRODUCTS.map(({ id, title }) => {
        const rows = report.rows.filter((r) => r.product === id);
        if (rows.length === 0) return null;
        return (
          <table key={id} className="scope-matrix" data-product={id}>
            <caption>{report.scopes.length > 0 ? `${title}: what the token can do` : title}</caption>
            <thead>
              <tr>
                <th scope="col">{report.model === 'unscoped' ? 'The user may' : 'The token may'}</th>
                <th scope="col">Scopes</th>
                {oauth && <th scope="col">Declared</th>}
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-capability={row.id} data-state={row.state} title={row.evidence}>
                  <th scope="row">{row.label}</th>
                  <td>
                    <Scopes row={row} />
                  </td>
                  {oauth && <td>{row.declared ? 'yes' : 'no'}</td>}
                  <td>
                    <span className={`scope-state scope-${row.state}`}>{stateText(row)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}
