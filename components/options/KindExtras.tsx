/**
 * What some kinds show beside their fields: OAuth's decoded token facts (after the token), the
 * Data Center host-permission line (after the server URL) and Cloud's "Also check" boxes (at the end).
 */
import { useEffect, useMemo, useState } from 'react';
import { readOAuthToken, relativeTime } from '@/lib/atlassian/oauth-token';
import { ALSO_CHECKS } from '@/lib/kinds/cloud-api-token/fields';
import type { CredentialKind } from '@/lib/model/profile';
import type { ProfileField } from '@/lib/model/report';
import { hasOriginPermission, onPermissionsChanged, requestOriginPermission } from '@/lib/store/extension';
import type { KindFieldsProps } from './kind-fields-props';
import { formatDateTime } from '../format';

/** What the access token itself says, decoded locally: shown before anything is sent. */
function TokenFacts({ form }: KindFieldsProps) {
  const token = form.accessToken;
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
            {relativeTime(Date.parse(facts.expiresAt), now)} ({formatDateTime(facts.expiresAt)})
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

function originOf(base: string | undefined): string | undefined {
  if (!base) return undefined;
  try {
    return new URL(base).origin;
  } catch {
    return undefined;
  }
}

/** Whether the browser lets Token Doctor contact the server, kept current as grants change. */
function useOriginGranted(origin: string | undefined): boolean | undefined {
  const [state, setState] = useState<{ origin?: string; granted?: boolean }>({});
  useEffect(() => {
    if (!origin) return undefined;
    let live = true;
    const check = () => void hasOriginPermission(origin).then((granted) => live && setState({ origin, granted }));
    check();
    // Grants made elsewhere (the Save prompt, chrome://extensions) update the status at once.
    const stop = onPermissionsChanged(check);
    return () => {
      live = false;
      stop();
    };
  }, [origin]);
  return origin && state.origin === origin ? state.granted : undefined;
}

/** The Data Center server's host permission, with a way to grant it. */
function PermissionStatus({ target }: KindFieldsProps) {
  const origin = originOf(target);
  const granted = useOriginGranted(origin);
  if (!origin) return null;
  return (
    <p
      className="permission-status"
      data-permission={granted === undefined ? 'unknown' : granted ? 'granted' : 'missing'}
    >
      {granted === undefined
        ? `Checking access to ${origin}…`
        : granted
          ? `Access to ${origin} granted: the token is sent there and nowhere else.`
          : `Token Doctor may not contact ${origin} yet. The browser asks when you save the profile.`}{' '}
      {granted === false && (
        <button type="button" onClick={() => void requestOriginPermission(origin)}>
          Grant access
        </button>
      )}
    </p>
  );
}

/** The optional extra checks of a Cloud API token profile. */
function AlsoCheck({ form, onChange }: KindFieldsProps) {
  return (
    <fieldset className="also-check">
      <legend>Also check</legend>
      {ALSO_CHECKS.map(({ key, label, hint }) => (
        <label key={key} className="checkbox">
          <input
            type="checkbox"
            checked={!!form.alsoCheck[key]}
            onChange={(e) => onChange({ alsoCheck: { ...form.alsoCheck, [key]: e.target.checked } })}
          />{' '}
          {label} <span className="muted">— {hint}</span>
        </label>
      ))}
    </fieldset>
  );
}

interface KindExtra {
  /** Shown right after this field. */
  after: ProfileField;
  Extra: (props: KindFieldsProps) => React.JSX.Element | null;
}

export const KIND_EXTRAS: Partial<Record<CredentialKind, KindExtra>> = {
  'cloud-api-token': { after: 'apiToken', Extra: AlsoCheck },
  'oauth-access-token': { after: 'accessToken', Extra: TokenFacts },
  'dc-pat': { after: 'serverUrl', Extra: PermissionStatus },
};
