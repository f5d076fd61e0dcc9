import { useEffect, useState } from 'react';
import { hasOriginPermission, onPermissionsChanged, requestOriginPermission } from '@/lib/store/extension';
import type { KindFieldsProps } from './kind-fields-props';
import { MAX_LENGTH } from './profile-draft';
import { SecretField } from './SecretField';
import { TextField } from './TextField';

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

/** A Jira Data Center server and a personal access token for it. */
export function DcPatFields({ form, findingsFor, target, onChange, onTouch }: KindFieldsProps) {
  const origin = originOf(target);
  const granted = useOriginGranted(origin);
  return (
    <>
      <TextField
        label="Server URL"
        value={form.serverUrl}
        inputMode="url"
        maxLength={MAX_LENGTH.serverUrl}
        hint={
          target
            ? `Will check ${target}/rest/api/2/myself`
            : 'Your Jira Data Center address, with its context path if it has one, e.g. https://jira.example.com/jira'
        }
        findings={findingsFor('serverUrl')}
        onChange={(value) => onChange({ serverUrl: value })}
        onBlur={() => onTouch('serverUrl')}
      />
      {origin && (
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
      )}
      <SecretField
        label="Personal access token"
        noun="token"
        value={form.pat}
        maxLength={MAX_LENGTH.pat}
        hint="Made in Jira: your avatar → Profile → Personal Access Tokens. Sent as “Authorization: Bearer …”."
        findings={findingsFor('pat')}
        onChange={(value) => onChange({ pat: value })}
        onBlur={() => onTouch('pat')}
      />
    </>
  );
}
