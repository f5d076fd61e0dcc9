import { useId, useRef, useState } from 'react';
import type { Report } from '@/lib/model/report';
import {
  analyseRequest,
  contextAfterDiagnosis,
  type RequestAnalysis,
  type RequestContext,
} from '@/lib/requests/analyse';
import { MAX_PASTE } from '@/lib/requests/read/read-request';
import { DraftActions } from '../request/DraftActions';
import { RequestCheckReport } from '../request/RequestCheckReport';
import { useHashRoute } from './use-hash-route';
import { usePageTitle } from './use-page-title';
import '../request/request.css';

/**
 * Check a request: paste a curl command, raw HTTP, PowerShell or a header; the checks run here, in
 * the page, with no network call. The pasted text lives only in this component's state: it is
 * never stored, and the textarea is uncontrolled so it is not copied into the markup.
 */
export function CheckRequestView() {
  const id = useId();
  const [, navigate] = useHashRoute();
  const input = useRef<HTMLTextAreaElement>(null);
  const [checked, setChecked] = useState<{ text: string; analysis: RequestAnalysis }>();
  const [scoped, setScoped] = useState(false);
  const [cloudId, setCloudId] = useState<string>();
  const [revealed, setRevealed] = useState(false);
  const [runKey, setRunKey] = useState(0);
  usePageTitle('Check a request');

  function run(text: string, context: RequestContext) {
    setChecked({ text, analysis: analyseRequest(text, context) });
  }

  function onCheck() {
    const text = input.current?.value ?? '';
    setRevealed(false);
    setCloudId(undefined);
    setRunKey((k) => k + 1);
    run(text, { tokenScoped: scoped });
  }

  function onScopedChange(value: boolean) {
    setScoped(value);
    if (checked) run(checked.text, { tokenScoped: value, cloudId });
  }

  function onDiagnosed(report: Report) {
    // What the engine learnt makes the corrected command exact: the cloudId, and whether the token is scoped.
    const learnt = contextAfterDiagnosis({ tokenScoped: scoped, cloudId }, report);
    setScoped(!!learnt.tokenScoped);
    setCloudId(learnt.cloudId);
    if (checked) run(checked.text, learnt);
  }

  return (
    <div className="check-request">
      <section className="card">
        <h2>Check a request</h2>
        <p className="muted" id={`${id}-hint`}>
          Paste the request your integration sends: a curl command, raw HTTP, PowerShell Invoke-RestMethod, or just the
          Authorization header. It is checked here, without any network call, and not stored.
        </p>
        <div className="field">
          <label htmlFor={`${id}-request`}>Request</label>
          <textarea
            ref={input}
            id={`${id}-request`}
            className="request-input"
            rows={10}
            maxLength={MAX_PASTE}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            autoComplete="off"
            aria-describedby={`${id}-hint`}
            placeholder={
              'curl -u "you@example.com:$ATLASSIAN_API_TOKEN" https://your-site.atlassian.net/rest/api/3/myself'
            }
          />
        </div>
        <div className="field checkbox-field">
          <label>
            <input type="checkbox" checked={scoped} onChange={(e) => onScopedChange(e.target.checked)} /> The token has
            scopes
          </label>
          <p className="hint">
            A token's text does not say whether it has scopes; a token with scopes must call api.atlassian.com. Diagnose
            finds out.
          </p>
        </div>
        <div className="run-line">
          <button type="button" className="button-primary" onClick={onCheck}>
            Check request
          </button>
        </div>
      </section>
      {checked && (
        <section className="card">
          <RequestCheckReport
            analysis={checked.analysis}
            text={checked.text}
            revealed={revealed}
            onReveal={() => setRevealed((r) => !r)}
          />
        </section>
      )}
      {checked && checked.analysis.facts.read.understood && (
        <DraftActions
          key={runKey}
          check={checked.analysis.facts}
          onSaved={(profileId) => navigate({ view: 'profiles', profileId })}
          onDiagnosed={onDiagnosed}
        />
      )}
    </div>
  );
}
