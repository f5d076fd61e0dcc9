import { useId, useRef, useState } from 'react';
import { useRunFocus } from '../focus';
import type { Profile } from '@/lib/model/profile';
import { secretsOf } from '@/lib/kinds/forms';
import { scopeReportFileName, scopeReportJson } from '@/lib/report/scope-json';
import { scopeReportMarkdown } from '@/lib/report/scope-markdown';
import type { ScopeReport } from '@/lib/scopes/types';
import { distinctFindings } from '@/lib/report/scope-markdown';
import { scopeSummaryLine } from '@/lib/scopes/summary-line';
import { ask } from '@/lib/store/background-client';
import { useAppStore } from '../store-context';
import { activeRunOf } from '@/lib/store/selectors';
import { RunProgress } from '../report/RunProgress';
import { UnlockForm } from '../vault/UnlockForm';
import { ShareActions } from '../ShareActions';
import { ScopeList } from './ScopeList';
import { MinimalScopeHelper } from './MinimalScopeHelper';
import { RiskSummary } from './RiskSummary';
import { ScopeMatrix } from './ScopeMatrix';
import './scopes.css';

interface CheckState {
  running: boolean;
  error?: string;
  /** The check was refused because the passphrase lock is locked. */
  locked?: boolean;
  /** The last check of this page was cancelled: nothing was stored, the previous report stays. */
  cancelled?: boolean;
  /** The last check of this page ended with a stored report (focus then goes to it). */
  finished?: boolean;
}

/**
 * "What can this token do?" The last scope report of the profile is kept with it (it is what an
 * admin shows a vendor), written by the background and read from storage like the diagnosis;
 * it goes when the profile goes.
 */
export function ScopesSection({ profile }: { profile: Profile }) {
  const headingId = useId();
  const [state, setState] = useState<CheckState>({ running: false });
  const stored: ScopeReport | undefined = useAppStore((s) => s.scopeReports[profile.id]);
  const vault = useAppStore((s) => s.vault);
  const sealed = useAppStore((s) => s.sealedIds.includes(profile.id));
  // The Diagnosis section already shows the unlock form for a sealed token (one "Unlock" per page):
  // here it is named; the form itself appears only when nothing else on the page offers it.
  const lockedAbove = !vault.unlocked && vault.enabled && sealed;
  const showUnlock = !vault.unlocked && !lockedAbove && state.locked === true;
  const report = stored;
  const active = useAppStore((s) => activeRunOf(s, 'scopes', profile.id));
  const busy = state.running || active !== undefined;
  const [askedAt, setAskedAt] = useState<number>();
  const resultRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useRunFocus({
    running: state.running,
    finished: state.finished === true,
    busy,
    result: report,
    resultRef,
    headingSelector: 'h3',
    buttonRef,
  });
  const options = (mask: boolean) =>
    !mask && profile.kind === 'cloud-api-token' ? { fullEmail: profile.email.trim() } : {};

  async function check() {
    if (busy) return;
    setAskedAt(Date.now());
    setState({ running: true });
    const reply = await ask({ type: 'check-scopes', profileId: profile.id }, secretsOf(profile));
    // The report itself arrives through storage (the store follows it).
    if (reply.ok) setState({ running: false, finished: true });
    else if (reply.cancelled) setState({ running: false, cancelled: true });
    else setState({ running: false, error: reply.error, ...(reply.locked ? { locked: true } : {}) });
  }

  return (
    <section className="card scopes-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Scopes</h2>
      <div className="run-line">
        <button
          ref={buttonRef}
          type="button"
          className="button-primary"
          onClick={() => void check()}
          aria-disabled={busy || undefined}
          aria-describedby={`${headingId}-note`}
        >
          Check scopes
        </button>
        <span className="muted" id={`${headingId}-note`}>
          {busy
            ? 'A scope check of this profile is running: wait for its result below, or cancel it.'
            : 'Which scopes does the saved token hold? Read-only calls, at most 16, four at a time, only those whose answer is still open; the last report is kept with the profile.'}
        </span>
      </div>
      {showUnlock && <UnlockForm reason="The passphrase lock is on. Unlock it with your passphrase to check scopes." />}
      {lockedAbove && (
        <p className="notice" data-scopes-locked="">
          The passphrase lock is locked: unlock it with your passphrase (under Diagnosis, above) to check scopes.
        </p>
      )}
      {state.error && (
        <p role="alert" className="run-error">
          The scope check could not run: {state.error}
        </p>
      )}
      <div ref={resultRef} data-scope-report="" aria-busy={busy}>
        <p role="status" className={busy || state.cancelled ? 'run-status running' : 'run-status visually-hidden'}>
          {busy && <span className="spinner" aria-hidden="true" />}
          {busy
            ? 'Checking scopes…'
            : state.cancelled
              ? report
                ? 'Cancelled: nothing was stored. The scope report below is the previous one.'
                : 'Cancelled: nothing was stored; the scopes of this token have not been checked yet.'
              : ''}
        </p>
        {busy && <RunProgress active={active} askedAt={askedAt} task="scopes" profileId={profile.id} />}
        {!report && !busy && (
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
            <ScopeList report={report} />
            <ScopeMatrix report={report} />
            {report.findings.length > 0 && (
              <ul className="scope-findings">
                {distinctFindings(report.findings).map((f) => (
                  <li key={f.code} data-finding-code={f.code}>
                    {f.title}
                    {f.count > 1 ? <span className="muted"> ({f.count} calls)</span> : null}
                  </li>
                ))}
              </ul>
            )}
            <p className="scope-summary" data-scope-summary="">
              {scopeSummaryLine(report)}
              {report.check ? (
                <span className="muted">
                  {' '}
                  · {report.check.requests} request{report.check.requests === 1 ? '' : 's'} in {report.check.rounds}{' '}
                  round{report.check.rounds === 1 ? '' : 's'}
                  {report.check.stoppedBy === 'rate-limited' ? ', stopped by a rate limit: check again later' : ''}
                  {report.check.stoppedBy === 'budget' ? ', the request budget ran out' : ''}
                </span>
              ) : null}
            </p>
            <ShareActions
              key={report.checkedAt}
              what="report"
              maskLabel="Mask the email in the report"
              markdown={(mask) => scopeReportMarkdown(report, options(mask))}
              file={(mask) => ({ name: scopeReportFileName(report), json: scopeReportJson(report, options(mask)) })}
            />
          </>
        )}
      </div>
      <MinimalScopeHelper />
    </section>
  );
}
