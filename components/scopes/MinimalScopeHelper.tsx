import { useId, useState } from 'react';
import { minimalScopes, SCOPE_TASKS, SCOPED_TOKEN_PAGE } from '@/lib/scopes/minimal';
import { CopyButton } from '../CopyButton';

/** Ticks of what the vendor must do → the smallest scope set to ask for, classic and granular. */
export function MinimalScopeHelper() {
  const id = useId();
  const [ticked, setTicked] = useState<string[]>([]);
  const result = minimalScopes(ticked);
  const toggle = (task: string) =>
    setTicked((now) => (now.includes(task) ? now.filter((t) => t !== task) : [...now, task]));
  return (
    <details className="scope-helper">
      <summary>Which scopes should a new token have?</summary>
      <fieldset className="also-check">
        <legend>The integration must…</legend>
        {SCOPE_TASKS.map((task) => (
          <label key={task.id} className="checkbox">
            <input type="checkbox" checked={ticked.includes(task.id)} onChange={() => toggle(task.id)} /> {task.label}
          </label>
        ))}
      </fieldset>
      {ticked.length > 0 && (
        <div className="scope-helper-result" data-minimal-scopes="">
          <p id={`${id}-classic`}>
            Classic scopes: <code data-minimal="classic">{result.classic.join(' ') || '(none)'}</code>{' '}
            {result.classic.length > 0 && <CopyButton text={result.classic.join(' ')} what="classic scopes" />}
          </p>
          <p>
            Or granular scopes: <code data-minimal="granular">{result.granular.join(' ') || '(none)'}</code>{' '}
            {result.granular.length > 0 && <CopyButton text={result.granular.join(' ')} what="granular scopes" />}
          </p>
          {result.granularUnknownFor.length > 0 && (
            <p className="muted">
              The granular scopes for {result.granularUnknownFor.join(', ')} are not in our catalogue (read endpoints
              only): look them up in Atlassian’s REST docs.
            </p>
          )}
          {result.granularOnlyFor.length > 0 && (
            <p className="muted">Confluence’s v2 API has granular scopes only ({result.granularOnlyFor.join(', ')}).</p>
          )}
        </div>
      )}
      <p>
        Scoped tokens are made at{' '}
        <a href={SCOPED_TOKEN_PAGE} target="_blank" rel="noreferrer">
          Atlassian account → Security → API tokens (Create API token with scopes)
        </a>
        ; scopes cannot be changed later (a missing scope needs a new token).
      </p>
    </details>
  );
}
