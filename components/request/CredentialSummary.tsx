import type { RequestFacts } from '@/lib/requests/facts';

const SCHEMES: Record<string, string> = {
  basic: 'Basic (email and API token)',
  bearer: 'Bearer',
  none: 'no scheme',
  other: 'another scheme',
};

/** What the request sends, redacted: masked email and a token fingerprint, never the token. */
export function CredentialSummary({ facts, revealed }: { facts: RequestFacts; revealed: boolean }) {
  const identity = facts.identity;
  const profile = facts.profile;
  return (
    <dl className="facts">
      <dt>Read</dt>
      <dd>{facts.read.summary}</dd>
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
      {facts.target?.origin && (
        <>
          <dt>Site</dt>
          <dd>{facts.target.origin}</dd>
        </>
      )}
    </dl>
  );
}
