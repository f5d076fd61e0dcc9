/**
 * What the profile form edits. The form keeps every kind's fields while it is open, so switching
 * the credential type back and forth loses nothing typed; but only the chosen kind's fields are
 * saved (`draftOf`), so a secret typed for one kind is never sent to another kind's hosts.
 * Site URL is shared by the Cloud API token and OAuth kinds: switching between them keeps it.
 */
import type { ProfileField } from '@/lib/model/report';
import type { CloudAlsoCheck, CredentialKind, Profile, ProfileDraft } from '@/lib/model/profile';

export type FormField = 'name' | ProfileField;

export interface FormValues {
  kind: CredentialKind;
  name: string;
  siteUrl: string;
  email: string;
  apiToken: string;
  alsoCheck: CloudAlsoCheck;
  accessToken: string;
  apiKey: string;
  orgId: string;
  serverUrl: string;
  pat: string;
}

/** The same limits as the stored record's schema (lib/profiles/record.ts). */
export const MAX_LENGTH: Record<FormField, number> = {
  name: 200,
  siteUrl: 2048,
  email: 320,
  apiToken: 4096,
  accessToken: 4096,
  apiKey: 4096,
  orgId: 200,
  serverUrl: 2048,
  pat: 4096,
};

/** The fields each kind shows, in order (the UI contract's names are in the field components). */
export const FIELDS_OF: Record<CredentialKind, readonly ProfileField[]> = {
  'cloud-api-token': ['siteUrl', 'email', 'apiToken'],
  'oauth-access-token': ['accessToken', 'siteUrl'],
  'org-admin-key': ['apiKey', 'orgId'],
  'dc-pat': ['serverUrl', 'pat'],
};

export function emptyForm(kind: CredentialKind = 'cloud-api-token'): FormValues {
  return {
    kind,
    name: '',
    siteUrl: '',
    email: '',
    apiToken: '',
    alsoCheck: {},
    accessToken: '',
    apiKey: '',
    orgId: '',
    serverUrl: '',
    pat: '',
  };
}

export function formOf(profile: Profile | undefined): FormValues {
  if (!profile) return emptyForm();
  const form = { ...emptyForm(profile.kind), name: profile.name };
  switch (profile.kind) {
    case 'cloud-api-token':
      return {
        ...form,
        siteUrl: profile.siteUrl,
        email: profile.email,
        apiToken: profile.apiToken,
        alsoCheck: { ...profile.alsoCheck },
      };
    case 'oauth-access-token':
      return { ...form, accessToken: profile.accessToken, siteUrl: profile.siteUrl };
    case 'org-admin-key':
      return { ...form, apiKey: profile.apiKey, orgId: profile.orgId };
    case 'dc-pat':
      return { ...form, serverUrl: profile.serverUrl, pat: profile.pat };
  }
}

/** The draft to save: the chosen kind's fields only. */
export function draftOf(form: FormValues): ProfileDraft {
  const name = form.name;
  switch (form.kind) {
    case 'cloud-api-token':
      return {
        kind: form.kind,
        name,
        siteUrl: form.siteUrl,
        email: form.email,
        apiToken: form.apiToken,
        alsoCheck: form.alsoCheck,
      };
    case 'oauth-access-token':
      return { kind: form.kind, name, accessToken: form.accessToken, siteUrl: form.siteUrl };
    case 'org-admin-key':
      return { kind: form.kind, name, apiKey: form.apiKey, orgId: form.orgId };
    case 'dc-pat':
      return { kind: form.kind, name, serverUrl: form.serverUrl, pat: form.pat };
  }
}

/** Same saved content? (Fields of other kinds do not count: they are never saved.) */
export function sameForm(a: FormValues, b: FormValues): boolean {
  const normalise = (form: FormValues) => {
    const draft = draftOf(form) as Record<string, unknown>;
    if ('alsoCheck' in draft) {
      const also = draft.alsoCheck as CloudAlsoCheck;
      draft.alsoCheck = { confluence: !!also.confluence, idMapping: !!also.idMapping, jsmOps: !!also.jsmOps };
    }
    return JSON.stringify(draft);
  };
  return normalise(a) === normalise(b);
}
