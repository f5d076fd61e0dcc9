import { useMemo } from 'react';
import { lintCloudApiToken } from '@/lib/diagnose/lint';
import type { ProfileField } from '@/lib/diagnose/types';
import type { CloudApiTokenProfile } from '@/lib/profiles/types';
import { API_TOKENS_URL } from './links';
import { MAX_LENGTH, type FormField } from './profile-draft';
import { SecretField } from './SecretField';
import { TextField } from './TextField';

type Draft = Omit<CloudApiTokenProfile, 'id' | 'createdAt' | 'updatedAt'>;

interface Props {
  draft: Draft;
  /** Whether a field's messages may show yet: not while it is still empty and untouched. */
  visible: (field: FormField) => boolean;
  onChange: (patch: Partial<Draft>) => void;
  onTouch: (field: FormField) => void;
}

/** Site URL, email and API token, checked as you type by the engine's own lint. */
export function CloudApiTokenFields({ draft, visible, onChange, onTouch }: Props) {
  const { siteUrl, email, apiToken } = draft;
  const lint = useMemo(() => lintCloudApiToken({ siteUrl, email, apiToken }), [siteUrl, email, apiToken]);
  const findingsFor = (field: ProfileField) => (visible(field) ? lint.findings.filter((f) => f.field === field) : []);

  return (
    <>
      <TextField
        label="Site URL"
        value={siteUrl}
        inputMode="url"
        maxLength={MAX_LENGTH.siteUrl}
        hint={lint.site ? `Will check ${lint.site.origin}` : 'The address you open Jira or Confluence at, for example https://acme.atlassian.net'}
        findings={findingsFor('siteUrl')}
        onChange={(value) => onChange({ siteUrl: value })}
        onBlur={() => onTouch('siteUrl')}
      />
      <TextField
        label="Email"
        value={email}
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
        value={apiToken}
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
    </>
  );
}
