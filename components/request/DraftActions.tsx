import { useState } from 'react';
import type { Report } from '@/lib/model/report';
import type { RequestFacts } from '@/lib/requests/facts';
import { ask } from '@/lib/store/background-client';
import { scrubSecrets } from '@/lib/store/scrub-secrets';
import { offersLockFirst } from '@/lib/store/selectors';
import type { RunState } from '@/lib/store/types';
import { ReportView } from '../report/ReportView';
import { LockFirstOffer } from '../vault/LockFirstOffer';
import { useAppStore } from '../store-context';

interface Props {
  /** The pasted request's facts: the profile they give, or why none. */
  check: RequestFacts;
  /** Called with the new profile's id once it is saved. */
  onSaved: (id: string) => void;
  /** Called with a finished diagnosis (its cloudId and scope verdict improve the corrected command). */
  onDiagnosed: (report: Report) => void;
}

function nameFor(siteUrl: string): string {
  return `From a request: ${siteUrl.replace(/^https:\/\//, '')}`;
}

/**
 * "Save as profile" stores the parsed site, email and token as a profile; "Diagnose" runs the
 * engine's own read-only probes for them without storing anything. The pasted request itself is
 * never sent: it may be a POST or a DELETE.
 */
export function DraftActions({ check, onSaved, onDiagnosed }: Props) {
  const saveProfile = useAppStore((s) => s.saveProfile);
  const lockFirst = useAppStore(offersLockFirst);
  // Before the first token of all is saved, the passphrase lock is offered first (as in the form).
  const [offering, setOffering] = useState(false);
  const [run, setRun] = useState<RunState & { report?: Report }>({ running: false });
  const [saveError, setSaveError] = useState<string>();
  const profile = check.profile;

  function requestSave() {
    if (!profile) return;
    if (lockFirst && profile.apiToken !== '') setOffering(true);
    else void save();
  }

  async function save() {
    if (!profile) return;
    setOffering(false);
    setSaveError(undefined);
    try {
      const saved = await saveProfile({ kind: 'cloud-api-token', name: nameFor(profile.siteUrl), ...profile });
      onSaved(saved.id);
    } catch (error) {
      setSaveError(scrubSecrets(error instanceof Error ? error.message : String(error), [profile.apiToken]));
    }
  }

  async function diagnose() {
    if (!profile) return;
    setRun((r) => ({ running: true, report: r.report }));
    const reply = await ask({ type: 'diagnose-draft', profile: { kind: 'cloud-api-token', ...profile } }, [
      profile.apiToken,
    ]);
    if (!reply.ok) setRun({ running: false, error: reply.error });
    else {
      setRun({ running: false, finished: true, report: reply.report });
      onDiagnosed(reply.report);
    }
  }

  return (
    <section className="card" aria-label="Use the credential">
      <h2>Use this credential</h2>
      {profile ? (
        <>
          <p className="muted">
            Diagnose sends Token Doctor's own read-only checks (GET /rest/api/3/myself and the site's tenant info) with
            this email and token — never the pasted request. Nothing is stored unless you save it as a profile.
          </p>
          <div className="run-line">
            <button type="button" className="button-primary" onClick={() => void diagnose()} disabled={run.running}>
              Diagnose
            </button>
            <button type="button" onClick={requestSave}>
              Save as profile
            </button>
          </div>
          {offering && <LockFirstOffer onSave={save} />}
          {saveError && (
            <p role="alert" className="run-error">
              The profile was not saved: {saveError}
            </p>
          )}
          {(run.running || run.report || run.error) && <ReportView report={run.report} run={run} emptyText="" />}
        </>
      ) : (
        <p className="muted">
          Diagnose and Save as profile need a site URL, an email and a token from the request:{' '}
          {check.profileUnavailable ?? 'they could not all be read'}.
        </p>
      )}
    </section>
  );
}
