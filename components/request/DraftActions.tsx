import { useId, useRef, useState } from 'react';
import type { Report } from '@/lib/model/report';
import { draftSecret, type DraftCredential, type RequestFacts } from '@/lib/requests/facts';
import { ask } from '@/lib/store/background-client';
import { requestOriginPermission } from '@/lib/store/extension';
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

/** The draft with the secret the user typed in place of a variable or placeholder (never the variable's name). */
function withSecret(draft: DraftCredential, secret: string): DraftCredential {
  return draft.kind === 'dc-pat' ? { ...draft, pat: secret } : { ...draft, apiToken: secret };
}

function nameFor(draft: DraftCredential): string {
  const url = draft.kind === 'dc-pat' ? draft.serverUrl : draft.siteUrl;
  return `From a request: ${url.replace(/^https?:\/\//, '')}`;
}

/** The origin a Data Center draft sends its token to, which the browser must grant first. */
function serverOrigin(draft: DraftCredential): string | undefined {
  if (draft.kind !== 'dc-pat') return undefined;
  try {
    return new URL(draft.serverUrl).origin;
  } catch {
    return undefined;
  }
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
  const id = useId();
  // The value of a token the request writes as a variable ($ATLASSIAN_API_TOKEN) or a placeholder:
  // typed here, sent by Diagnose and stored only by Save as profile. The field is uncontrolled, so
  // the value never becomes an attribute of the page's markup.
  const needed = check.secretNeeded;
  const secretInput = useRef<HTMLInputElement>(null);
  const [missing, setMissing] = useState(false);
  const shown = check.profile;
  /** The profile as it stands when a button is pressed: with the typed value in place of the variable. */
  const current = () =>
    check.profile && needed ? withSecret(check.profile, secretInput.current?.value ?? '') : check.profile;

  function requestSave() {
    const profile = current();
    if (!profile) return;
    if (lockFirst && draftSecret(profile) !== '') setOffering(true);
    else void save();
  }

  async function save() {
    const profile = current();
    if (!profile) return;
    setOffering(false);
    setSaveError(undefined);
    try {
      const saved = await saveProfile({ name: nameFor(profile), ...profile });
      onSaved(saved.id);
    } catch (error) {
      setSaveError(scrubSecrets(error instanceof Error ? error.message : String(error), [draftSecret(profile)]));
    }
  }

  async function diagnose() {
    const profile = current();
    if (!profile) return;
    if (needed && draftSecret(profile).trim() === '') {
      // Never send the variable's name (or nothing) as the token: ask for its value.
      setMissing(true);
      secretInput.current?.focus();
      return;
    }
    // A Data Center server is asked for while the click is handled (the browser's rule for permission prompts).
    const origin = serverOrigin(profile);
    const granted = origin ? requestOriginPermission(origin) : undefined;
    setRun((r) => ({ running: true, report: r.report }));
    if (granted) await granted;
    const reply = await ask({ type: 'diagnose-draft', profile }, [draftSecret(profile)]);
    if (!reply.ok) setRun({ running: false, error: reply.error });
    else {
      setRun({ running: false, finished: true, report: reply.report });
      onDiagnosed(reply.report);
    }
  }

  return (
    <section className="card" aria-label="Use the credential">
      <h2>Use this credential</h2>
      {shown ? (
        <>
          <p className="muted">
            {shown.kind === 'dc-pat'
              ? `Diagnose sends Token Doctor's own read-only check (GET /rest/api/2/myself on ${shown.serverUrl}, which the browser asks you to allow) with this personal access token — never the pasted request.`
              : "Diagnose sends Token Doctor's own read-only checks (GET /rest/api/3/myself and the site's tenant info) with this email and token — never the pasted request."}{' '}
            Nothing is stored unless you save it as a profile.
          </p>
          {needed && (
            <div className="field">
              <label htmlFor={`${id}-secret`}>
                {needed.kind === 'variable' ? `Value of ${needed.text}` : `Token in place of ${needed.text}`}
              </label>
              <input
                ref={secretInput}
                id={`${id}-secret`}
                type="password"
                autoComplete="off"
                spellCheck={false}
                aria-invalid={missing || undefined}
                aria-describedby={`${id}-secret-hint${missing ? ` ${id}-secret-missing` : ''}`}
                onInput={(e) => {
                  if (e.currentTarget.value !== '') setMissing(false);
                }}
              />
              <p className="hint" id={`${id}-secret-hint`}>
                {needed.kind === 'variable'
                  ? `The request takes the ${shown.kind === 'dc-pat' ? 'personal access token' : 'token'} from ${needed.text}, whose value is not in what you pasted.`
                  : `"${needed.text}" is documentation text, not a ${shown.kind === 'dc-pat' ? 'personal access token' : 'token'}.`}{' '}
                Type the real one to diagnose it; Save as profile leaves it empty if you do not.
              </p>
              {missing && (
                <p role="alert" className="field-error" id={`${id}-secret-missing`}>
                  Type the value of {needed.text} first: Diagnose never sends{' '}
                  {needed.kind === 'variable' ? "the variable's name" : 'a placeholder'} as the token.
                </p>
              )}
            </div>
          )}
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
          Diagnose and Save as profile need a credential Token Doctor can check from the request (a site URL, an email
          and an API token, or a Data Center server and its personal access token):{' '}
          {check.profileUnavailable ?? 'they could not all be read'}.
        </p>
      )}
    </section>
  );
}
