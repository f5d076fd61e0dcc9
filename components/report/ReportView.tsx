import type { ReactNode, Ref } from 'react';
import type { Report } from '@/lib/model/report';
import type { RunState } from '@/lib/store/types';
import { FindingItem } from './FindingItem';
import { ProbeItem } from './ProbeItem';
import { ReportHeader } from './ReportHeader';
import { RunStatus } from './RunStatus';
import { ShareDiagnosis } from './ShareDiagnosis';

interface Props {
  report: Report | undefined;
  run: RunState;
  /** When the profile was last saved, to say when a report no longer matches it. */
  profileUpdatedAt?: string;
  /** What to say before the first check. */
  emptyText: string;
  /** When the credential ends, in words ("expires in 5 days"), for kinds whose report does not say it. */
  expiry?: string;
  /** What the run is doing while it goes (RunProgress), shown under the status line. */
  progress?: ReactNode;
  /** The `data-report` element, for the page to bring it into view when its run ends. */
  reportRef?: Ref<HTMLElement>;
}

/**
 * The full report (options page): verdict sentence, findings, then every probe. The element with
 * `data-report` is busy while a run is going; the previous report stays visible meanwhile.
 */
export function ReportView({ report, run, profileUpdatedAt, emptyText, expiry, progress, reportRef }: Props) {
  const outdated = !!report && !!profileUpdatedAt && Date.parse(profileUpdatedAt) > Date.parse(report.startedAt);
  return (
    <section ref={reportRef} className="report" data-report="" aria-busy={run.running} aria-label="Diagnosis report">
      <RunStatus run={run} shown={report} progress={progress} />
      {!report && !run.running && !run.error && <p className="muted">{emptyText}</p>}
      {report && (
        <div className={run.running ? 'report-body stale' : 'report-body'}>
          <ReportHeader report={report} settled={!run.running} outdated={outdated} expiry={expiry} />
          {!run.running && <ShareDiagnosis report={report} />}
          <h3>Findings</h3>
          {report.findings.length === 0 ? (
            <p className="muted">No findings.</p>
          ) : (
            <ol className="findings">
              {report.findings.map((finding, i) => (
                <FindingItem key={`${finding.code}-${i}`} finding={finding} />
              ))}
            </ol>
          )}
          <h3>What was sent and what came back</h3>
          {report.probes.length === 0 ? (
            <p className="muted">No request was sent: the checks above settled it before any network call.</p>
          ) : (
            <ol className="probes">
              {report.probes.map((observation, i) => (
                <ProbeItem key={`${observation.probe.id}-${i}`} observation={observation} />
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
