import type { KindFieldsProps } from './kind-fields-props';
import { MAX_LENGTH } from './profile-draft';
import { SecretField } from './SecretField';
import { TextField } from './TextField';

/** An organization API key and, optionally, the organization it belongs to. */
export function OrgAdminKeyFields({ form, findingsFor, onChange, onTouch }: KindFieldsProps) {
  return (
    <>
      <SecretField
        label="API key"
        noun="key"
        value={form.apiKey}
        maxLength={MAX_LENGTH.apiKey}
        hint={
          <>
            Created by an organization admin at{' '}
            <a href="https://admin.atlassian.com" target="_blank" rel="noopener noreferrer">
              admin.atlassian.com
            </a>{' '}
            → Settings → API keys. Sent as &quot;Authorization: Bearer …&quot; to api.atlassian.com only.
          </>
        }
        findings={findingsFor('apiKey')}
        onChange={(value) => onChange({ apiKey: value })}
        onBlur={() => onTouch('apiKey')}
      />
      <TextField
        label="Organization ID"
        value={form.orgId}
        maxLength={MAX_LENGTH.orgId}
        hint="Optional, but the only way to prove the key works for an organization: a valid key may list none (keys are scoped to one). It is in the address admin.atlassian.com/o/<ID>/…"
        findings={findingsFor('orgId')}
        onChange={(value) => onChange({ orgId: value })}
        onBlur={() => onTouch('orgId')}
      />
    </>
  );
}
