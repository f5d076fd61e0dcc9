import { useMemo } from 'react';
import { readOAuthToken, relativeTime } from '@/lib/atlassian/oauth-token';
import type { KindFieldsProps } from './kind-fields-props';
import { MAX_LENGTH } from './profile-draft';
import { SecretField } from './SecretField';
import { TextField } from './TextField';

/** What the access token itself says, decoded locally (facts §3.2): shown before anything is sent. */
function TokenFacts({ token }: { token: string }) {
  const now = Date.now();
  const reading = useMemo(
    () => (token.trim() === '' ? undefined : readOAuthToken(token.replace(/\s+/g, ''), now)),
    [token, now],
  );
  if (!reading?.ok) return null;
  const { facts } = reading;
  return (
    <dl className="facts token-facts" aria-label="What the token says">
      {facts.expiresAt && (
        <>
          <dt>{facts.expired ? 'Expired' : 'Expires'}</dt>
          <dd>
            {relativeTime(Date.parse(facts.expiresAt), now)} ({new Date(facts.expiresAt).toLocaleString()})
          </dd>
        </>
      )}
      <dt>Scopes</dt>
      <dd>{facts.scopes.length > 0 ? facts.scopes.join(' ') : 'none in the token'}</dd>
      {facts.clientId && (
        <>
          <dt>Client id</dt>
          <dd>
            <code>{facts.clientId}</code>
          </dd>
        </>
      )}
      {facts.tokenType && (
        <>
          <dt>Token type</dt>
          <dd>{facts.tokenType}</dd>
        </>
      )}
    </dl>
  );
}

/** An OAuth 2.0 (3LO) access token and, optionally, the site it is used on. */
export function OAuthTokenFields({ form, findingsFor, target, onChange, onTouch }: KindFieldsProps) {
  return (
    <>
      <SecretField
        label="Access token"
        noun="token"
        value={form.accessToken}
        maxLength={MAX_LENGTH.accessToken}
        hint="The access_token your app received (a JWT that lives about an hour). Token Doctor never uses a refresh token: Atlassian rotates them, so a refresh from here would break your integration."
        findings={findingsFor('accessToken')}
        onChange={(value) => onChange({ accessToken: value })}
        onBlur={() => onTouch('accessToken')}
      />
      <TokenFacts token={form.accessToken} />
      <TextField
        label="Site URL"
        value={form.siteUrl}
        inputMode="url"
        maxLength={MAX_LENGTH.siteUrl}
        hint={
          target
            ? `Will check the grant for ${target}`
            : 'Optional: the site the app works on. Without it, every granted Jira site is checked.'
        }
        findings={findingsFor('siteUrl')}
        onChange={(value) => onChange({ siteUrl: value })}
        onBlur={() => onTouch('siteUrl')}
      />
    </>
  );
}
