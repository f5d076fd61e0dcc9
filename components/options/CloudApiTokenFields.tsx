import type { CloudAlsoCheck } from '@/lib/model/profile';
import { API_TOKENS_URL } from './links';
import type { KindFieldsProps } from './kind-fields-props';
import { MAX_LENGTH } from './profile-draft';
import { SecretField } from './SecretField';
import { TextField } from './TextField';

const ALSO: { key: keyof CloudAlsoCheck; label: string; hint: string }[] = [
  {
    key: 'confluence',
    label: 'Confluence',
    hint: 'current user on the same site (or through the gateway for a scoped token)',
  },
  {
    key: 'idMapping',
    label: 'Id Mapping (migrations)',
    hint: 'needs a site or org admin; "Job not found" is the good answer',
  },
  { key: 'jsmOps', label: 'JSM operations', hint: 'a read-only list of on-call schedules' },
];

/** Site URL, email and API token, checked as you type by the engine's own lint; the extra checks. */
export function CloudApiTokenFields({ form, findingsFor, target, onChange, onTouch }: KindFieldsProps) {
  return (
    <>
      <TextField
        label="Site URL"
        value={form.siteUrl}
        inputMode="url"
        maxLength={MAX_LENGTH.siteUrl}
        hint={
          target
            ? `Will check ${target}`
            : 'The address you open Jira or Confluence at, for example https://acme.atlassian.net'
        }
        findings={findingsFor('siteUrl')}
        onChange={(value) => onChange({ siteUrl: value })}
        onBlur={() => onTouch('siteUrl')}
      />
      <TextField
        label="Email"
        value={form.email}
        inputMode="email"
        maxLength={MAX_LENGTH.email}
        hint="The email of the Atlassian account that made the token."
        findings={findingsFor('email')}
        onChange={(value) => onChange({ email: value })}
        onBlur={() => onTouch('email')}
      />
      <SecretField
        label="API token"
        noun="token"
        value={form.apiToken}
        maxLength={MAX_LENGTH.apiToken}
        hint={
          <>
            Made on your Atlassian account&apos;s{' '}
            <a href={API_TOKENS_URL} target="_blank" rel="noopener noreferrer">
              API tokens page
            </a>
            . Kept in this browser only (see Settings).
          </>
        }
        findings={findingsFor('apiToken')}
        onChange={(value) => onChange({ apiToken: value })}
        onBlur={() => onTouch('apiToken')}
      />
      <fieldset className="also-check">
        <legend>Also check</legend>
        {ALSO.map(({ key, label, hint }) => (
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
    </>
  );
}
