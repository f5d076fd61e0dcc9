import { draftSecret, type RequestFacts } from '@/lib/requests/facts';

const SCHEMES: Record<string, string> = {
  basic: 'Basic',
  bearer: 'Bearer',
  none: 'no scheme',
  other: 'another scheme',
};

/** What the request sends, redacted: masked email and a token fingerprint, never the token. */
export function CredentialSummary({ facts, revealed }: { facts: RequestFacts; revealed: boolean }) {
  const identity = facts.identity;
  const profile = facts.profile;
  const email = profile?.kind === 'cloud-api-token' ? profile.email : undefined;
  const target = facts.target;
  return (
    <dl className="facts">
      <dt>Read</dt>
      <dd>{facts.read.summary}</dd>
      {facts.read.understood && (
        <>
          <dt>Target</dt>
          <dd data-target={target.id}>
            {target.label.charAt(0).toUpperCase() + target.label.slice(1)}
            <span className="muted">
              {' '}
              — {target.because}.{target.caveat ? ` ${target.caveat}` : ''}
            </span>
          </dd>
        </>
      )}
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
                <code>{revealed && email ? email : identity.emailMasked}</code>
              </>
            )}
            {identity.emailStandIn && (
              <>
                {' · email '}
                <code>{identity.emailStandIn.text}</code>
                <span className="muted"> (a variable: its value is not in the paste)</span>
              </>
            )}
            {identity.tokenStandIn && (
              <>
                {' · token '}
                <code>{identity.tokenStandIn.text}</code>
                <span className="muted"> (a variable: its value is not in the paste)</span>
              </>
            )}
            {identity.tokenPlaceholder && (
              <>
                {' · token '}
                <code>{identity.tokenPlaceholder}</code>
                <span className="muted"> (a placeholder, not a token)</span>
              </>
            )}
            {identity.fingerprint && (
              <>
                {' · token '}
                <code>{revealed && profile ? draftSecret(profile) : identity.fingerprint}</code>
                {!revealed && <span className="muted"> (fingerprint, not the token)</span>}
              </>
            )}
          </>
        )}
      </dd>
      {facts.profile?.kind === 'dc-pat' ? (
        <>
          <dt>Server</dt>
          <dd>{facts.profile.serverUrl}</dd>
        </>
      ) : (
        facts.urlParts?.origin && (
          <>
            <dt>Site</dt>
            <dd>{facts.urlParts.origin}</dd>
          </>
        )
      )}
    </dl>
  );
}
