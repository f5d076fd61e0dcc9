/**
 * What the profile form edits. The form keeps every kind's fields while it is open, so switching
 * the credential type back and forth loses nothing typed; but only the chosen kind's fields are
 * saved (`draftOf`), so a secret typed for one kind is never sent to another kind's hosts.
 * Site URL is shared by the Cloud API token and OAuth kinds: switching between them keeps it.
 */
import type { ProfileField } from '@/lib/model/report';
import { formOfKind, KIND_FORMS } from '@/lib/kinds/forms';
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
  /** Bitbucket kinds (their secrets have fields of their own: nothing typed for another kind carries over). */
  bitbucketApiToken: string;
  bitbucketAccessToken: string;
  workspace: string;
  /** "Expires on" (`YYYY-MM-DD`, '' when not given), for the kinds whose form has it. */
  expiresOn: string;
}

/** The limits of the kinds' forms (lib/kinds/<kind>/fields.ts), which the stored record's schema uses too. */
export const MAX_LENGTH: Record<FormField, number> = {
  name: 200,
  ...(Object.fromEntries(
    Object.values(KIND_FORMS).flatMap((form) => form.fields.map((field) => [field.name, field.maxLength])),
  ) as Record<ProfileField, number>),
};

/** The fields each kind shows, in order. */
export const FIELDS_OF: Record<CredentialKind, readonly ProfileField[]> = {
  'cloud-api-token': names('cloud-api-token'),
  'oauth-access-token': names('oauth-access-token'),
  'org-admin-key': names('org-admin-key'),
  'dc-pat': names('dc-pat'),
  'bitbucket-api-token': names('bitbucket-api-token'),
  'bitbucket-access-token': names('bitbucket-access-token'),
};

function names(kind: CredentialKind): ProfileField[] {
  return KIND_FORMS[kind].fields.map((field) => field.name);
}

function emptyForm(kind: CredentialKind = 'cloud-api-token'): FormValues {
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
    bitbucketApiToken: '',
    bitbucketAccessToken: '',
    workspace: '',
    expiresOn: '',
  };
}

export function formOf(profile: Profile | undefined): FormValues {
  if (!profile) return emptyForm();
  const form = formOfKind(profile.kind);
  const values = profile as unknown as Record<string, unknown>;
  const extras = Object.fromEntries(
    (form.extraKeys ?? []).map((key) => [key, { ...(values[key] as object | undefined) }]),
  );
  return {
    ...emptyForm(profile.kind),
    name: profile.name,
    // A field the stored profile lacks (saved before the field existed) shows empty.
    ...Object.fromEntries(form.fields.map((field) => [field.name, values[field.name] ?? ''])),
    ...extras,
  };
}

/** The draft to save: the chosen kind's fields only. */
export function draftOf(form: FormValues): ProfileDraft {
  const kindForm = formOfKind(form.kind);
  const pick = (names: readonly string[]) =>
    Object.fromEntries(names.map((name) => [name, form[name as keyof FormValues]]));
  return {
    kind: form.kind,
    name: form.name,
    ...pick(kindForm.fields.map((field) => field.name)),
    ...pick(kindForm.extraKeys ?? []),
  } as ProfileDraft;
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
