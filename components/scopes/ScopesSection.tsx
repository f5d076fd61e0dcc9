import { useId, useState } from 'react';
import type { Profile } from '@/lib/model/profile';
import { secretsOf } from '@/lib/kinds/forms';
import { scopeReportFileName, scopeReportJson } from '@/lib/report/scope-json';
import { scopeReportMarkdown } from '@/lib/report/scope-markdown';
import type { ScopeReport } from '@/lib/scopes/types';
import { ask } from '@/lib/store/background-client';
import { downloadText } from './download';
import { MinimalScopeHelper } from './MinimalScopeHelper';
import { RiskSummary } from './RiskSummary';
import { ScopeMatrix } from './ScopeMatrix';
import './scopes.css';

interface CheckState {
  running: boolean;
  report?: ScopeReport;
  error?: string;
}

/**
 * "What can this token do?" The last report lives in this component's memory only:
 * it names the user's groups and admin rights, costs ~15 requests to redo, and is meant to be
 * copied or downloaded on purpose rather than left on disk (storage holds profiles and diagnoses).
 */
export function ScopesSection({ profile }: { profile: Profile }) {
  const headingId = useId();
  const [state, setState] = useState<CheckState>({ running: false });
  const [maskEmail, setMaskEmail] = useState(true);
  const [copied, setCopied] = useState<'' | 'copied' | 'failed'>('');
  const report = state.report;
  const options = !maskEmail && profile.kind === 'cloud-api-token' ? { fullEmail: profile.email.trim() } : {};

  async function check() {
    setState((s) => ({ running: true, report: s.report }));
    setCopied('');
    const reply = await ask({ type: 'check-scopes', profileId: profile.id }, secretsOf(profile));
    if (reply.ok) setState({ running: false, report: reply.report });
    else setState((s) => ({ running: false, report: s.report, error: reply.error }));
  }

  async function copy() {
    if (!report) return;
    try {
      await navigator.clipboard.writeText(scopeReportMarkdown(report, options));
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }

  function download() {
    if (report)
      downloadText(scopeReportFileName(report), `${JSON.stringify(scopeReportJson(report, options), null, 2)}\n`);
  }

  return (
    <section className="card scopes-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Scopes</h2>
      <div className="run-line">
        <button type="button" className="button-primary" onClick={() => void check()} disabled={state.running}>
          Check scopes
        </button>
        <span className="muted">
          What can the saved token do? Read-only calls, at most 16, four at a time; nothing is stored.
        </span>
      </div>
      {state.error && (
        <p role="alert" className="run-error">
          The scope check could not run: {state.error}
        </p>
      )}
      <div data-scope-report="" aria-busy={state.running} aria-live="polite">
        {state.running && <p className="muted">Checking scopes…</p>}
        {!report && !state.running && (
          <p className="muted">Not checked yet. Check scopes before handing this token to a vendor.</p>
        )}
        {report && (
          <>
            <RiskSummary risks={report.risks} summary={report.summary} />
            <p className="scope-who">
              {report.account ? (
                <>
                  Account: <strong>{report.account.displayName}</strong>
                  {report.account.groups?.length ? <> · groups: {report.account.groups.join(', ')}</> : null}
                </>
              ) : (
                'Account: not known'
              )}{' '}
              · token {report.tokenFingerprint} · checked {new Date(report.checkedAt).toLocaleString()}
            </p>
            {report.userPermissions && (
              <p data-user-permissions="">
                The user behind the token:{' '}
                {report.userPermissions.ADMINISTER || report.userPermissions.SYSTEM_ADMIN ? (
                  <strong>Jira administrator</strong>
                ) : (
                  'not a Jira administrator'
                )}{' '}
                (global permissions:{' '}
                {Object.entries(report.userPermissions)
                  .filter(([, v]) => v)
                  .map(([k]) => k)
                  .join(', ') || 'none'}
                )
              </p>
            )}
            {report.declaredScopes && (
              <p>
                Declared scopes: <code>{report.declaredScopes.join(' ') || 'none'}</code>
              </p>
            )}
            <ScopeMatrix report={report} />
            {report.findings.length > 0 && (
              <ul className="scope-findings">
                {report.findings.map((f, i) => (
                  <li key={`${f.code}-${i}`} data-finding-code={f.code}>
                    <code>{f.code}</code> {f.title}
                    {f.probeId ? <span className="muted"> ({f.probeId.replace(/^scope:/, '')})</span> : null}
                  </li>
                ))}
              </ul>
            )}
            <div className="run-line">
              <button type="button" onClick={() => void copy()}>
                Copy report
              </button>
              <button type="button" onClick={download}>
                Download report
              </button>
              <label className="checkbox">
                <input type="checkbox" checked={maskEmail} onChange={(e) => setMaskEmail(e.target.checked)} /> Mask the
                email in the report
              </label>
              <span role="status" className="copy-status">
                {copied === 'copied'
                  ? 'Report copied (Markdown)'
                  : copied === 'failed'
                    ? 'Could not copy: use Download report'
                    : ''}
              </span>
            </div>
          </>
        )}
      </div>
      <MinimalScopeHelper />
    </section>
  );
}
