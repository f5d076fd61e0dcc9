import type { RequestCheck } from '@/lib/requests/check/check';

const SCHEMES: Record<string, string> = {
  basic: 'Basic (email and API token)',
  bearer: 'Bearer',
  none: 'no scheme',
  other: 'another scheme',
};

/** What the request sends, redacted: masked email and a token fingerprint, never the token. */
export function CredentialSummary({ check, revealed }: { check: RequestCheck; revealed: boolean }) {
  const identity = check.identity;
  const profile = check.profile;
  return (
    <dl className="facts">
      <dt>Read</dt>
      <dd>{check.outcome.summary}</dd>
      <dt>Credential</dt>
      <dd>
        {!identity ? (
          'None'
        ) : (
          <>
            {SCHEMES[identity.scheme] ?? identity.scheme}
            {identity.emailMasked && (
              <>
                {' · email '}
                <code>{revealed && profile ? profile.email : identity.emailMasked}</code>
              </>
            )}
            {identity.fingerprint && (
              <>
                {' · token '}
                <code>{revealed && profile ? profile.apiToken : identity.fingerprint}</code>
                {!revealed && <span className="muted"> (fingerprint, not the token)</span>}
              </>
            )}
          </>
        )}
      </dd>
      {check.target?.origin && (
        <>
          <dt>Site</dt>
          <dd>{check.target.origin}</dd>
        </>
      )}
    </dl>
  );
}
