import { Fragment } from 'react';
import type { Report } from '@/lib/model/report';
import { KIND_FORMS } from '@/lib/kinds/forms';
import { formatDateTime, formatDuration } from '../format';
import { checkedLabel, verdictLabel, verdictSentence } from '../verdict';
import { VerdictChip } from '../VerdictChip';

interface Props {
  report: Report;
  /** False while a new run is going: the verdict is then shown without `data-verdict`. */
  settled: boolean;
  /** The profile was saved after this report was made. */
  outdated: boolean;
  /** "expires in 5 days", "at most a year from creation"; '' or absent when nothing is known. */
  expiry?: string;
}

/** The top of the full report: the verdict in a sentence, then who, where and when. */
export function ReportHeader({ report, settled, outdated, expiry }: Props) {
  const account = report.account;
  return (
    <header className="report-head">
      <div className="verdict-line">
        <VerdictChip verdict={report.verdict} mark={settled} label={verdictLabel(report)} />
        {/* Focused when a run this page started ends (tabIndex -1: reachable by script, not in the tab order). */}
        <h3 className="verdict-sentence" tabIndex={-1} data-verdict-heading="">
          {verdictSentence(report)}
        </h3>
      </div>
      {outdated && (
        <p className="notice">
          The profile was changed after this check: run the diagnosis again to check what is saved now.
        </p>
      )}
      <dl className="facts">
        <dt>Profile</dt>
        <dd>
          {report.profileName} <span className="muted">({KIND_FORMS[report.kind].label})</span>
        </dd>
        {report.siteUrl && (
          <>
            <dt>{KIND_FORMS[report.kind].urlLabel}</dt>
            <dd>{report.siteUrl}</dd>
          </>
        )}
        {report.cloudId && (
          <>
            <dt>Cloud ID</dt>
            <dd>
              <code>{report.cloudId}</code>
            </dd>
          </>
        )}
        {account && (
          <>
            <dt>Account</dt>
            <dd>
              {account.displayName}
              {account.emailMasked ? ` (${account.emailMasked})` : ''}
              {account.accountType ? `, ${account.accountType}` : ''}
              {account.active === false ? ', deactivated' : ''}
            </dd>
          </>
        )}
        {report.facts?.map((fact) => (
          <Fragment key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </Fragment>
        ))}
        {expiry && (
          <>
            <dt>Expiry</dt>
            <dd data-expiry="">{expiry}</dd>
          </>
        )}
        <dt>{KIND_FORMS[report.kind].secretLabel}</dt>
        <dd>
          <code>{report.tokenFingerprint}</code> <span className="muted">(fingerprint, not the token)</span>
        </dd>
        <dt>Started</dt>
        <dd>
          <time dateTime={report.startedAt}>{formatDateTime(report.startedAt)}</time>, took{' '}
          {formatDuration(report.durationMs)}
        </dd>
        <dt>{checkedLabel(report)}</dt>
        <dd>
          <time dateTime={report.finishedAt}>{formatDateTime(report.finishedAt)}</time>
        </dd>
      </dl>
    </header>
  );
}
