import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { CREDENTIAL_KINDS, type CredentialKind, type Profile } from '@/lib/model/profile';
import { KIND_FORMS } from '@/lib/kinds/forms';
import { formatDateTime } from '../format';
import { useAppStore } from '../store-context';
import { lintDraft } from '@/lib/diagnose/lint-draft';
import type { ProfileField } from '@/lib/model/report';
import { isManifestSiteHost } from '@/lib/atlassian/hosts';
import { originsToGrant, siteEnvironment } from '@/lib/atlassian/urls';
import { requestOriginsPermission } from '@/lib/store/extension';
import { KindFields } from './KindFields';
import { DeleteProfile } from './DeleteProfile';
import { draftOf, FIELDS_OF, formOf, MAX_LENGTH, sameForm, type FormField, type FormValues } from './profile-draft';
import { RunSection } from './RunSection';
import { TextField } from './TextField';
import type { DeletedProfile } from '../vault/UndoDelete';
import { LockedNotice, SealedSecretHint } from '../vault/LockedNotice';
import { LockFirstOffer } from '../vault/LockFirstOffer';
import { offersLockFirst } from '@/lib/store/selectors';
import { secretsOf } from '@/lib/kinds/forms';
import { profileTarget } from '@/lib/profiles/describe';
import { buttonNamed, focusIsLost } from '../focus';

/**
 * Why this form must not be saved as it is: an empty form (or one with nothing to name the
 * profile after) would be saved as "Untitled profile" without the user asking. Said on the
 * Profile name field; nothing typed is lost.
 */
function unnamedProblem(values: FormValues): string | undefined {
  if (values.name.trim() !== '') return undefined;
  const fields = KIND_FORMS[values.kind].fields;
  const empty = fields.every((field) => values[field.name].trim() === '');
  if (!empty && profileTarget(draftOf(values)) !== '') return undefined;
  const urlField = fields.find((field) => field.inputMode === 'url');
  return empty
    ? 'Nothing to save yet: type a profile name and the credential’s details.'
    : `Type a profile name${urlField ? `, or a ${urlField.label} to name it after` : ''}: a profile needs a name to be saved.`;
}

interface Props {
  /** The stored profile's id, or the id a new profile will be saved under. */
  id: string;
  profile: Profile | undefined;
  onCreated: (id: string) => void;
  onDeleted: (deleted: DeletedProfile) => void;
}

type SaveState = { status: 'idle' | 'saving' } | { status: 'failed'; message: string };

/** The Data Center origin a form points at, when its server URL can be read. */
function serverOrigin(form: FormValues, target: string | undefined): string | undefined {
  if (form.kind !== 'dc-pat' || !target) return undefined;
  try {
    return new URL(target).origin;
  } catch {
    return undefined;
  }
}

/**
 * The origins outside the manifest this profile's secret goes to: a Data Center server, or a
 * Government Cloud site and its gateway (the OAuth kind calls the gateway only).
 */
function originsToRequest(form: FormValues, target: string | undefined): string[] {
  const server = serverOrigin(form, target);
  if (server) return [server];
  if ((form.kind !== 'cloud-api-token' && form.kind !== 'oauth-access-token') || !target) return [];
  let site: URL;
  try {
    site = new URL(target);
  } catch {
    return [];
  }
  const env = siteEnvironment(site.hostname);
  // A custom domain or a legacy *.jira.com name is not in the manifest either: the site is asked
  // what it is (and, recognised as Cloud, sent the API token) only once granted.
  if (env.environment === 'commercial' && !isManifestSiteHost(site.hostname)) return [site.origin];
  return originsToGrant(env, form.kind === 'cloud-api-token' ? site.origin : undefined);
}

/** The form for one profile, its delete step, and its diagnosis. */
export function ProfileEditor({ id, profile, onCreated, onDeleted }: Props) {
  const saveProfile = useAppStore((s) => s.saveProfile);
  const runDiagnosis = useAppStore((s) => s.runDiagnosis);
  const lockFirst = useAppStore(offersLockFirst);
  const headingId = useId();
  const kindId = useId();
  const [values, setValues] = useState<FormValues>(() => formOf(profile));
  const [base, setBase] = useState(profile);
  const [touched, setTouched] = useState<ReadonlySet<FormField>>(new Set());
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const [preparing, setPreparing] = useState(false);
  // Before the first token is saved, the passphrase lock is offered instead of saving.
  const [offering, setOffering] = useState(false);
  // Set when a save was refused for want of a name; cleared as soon as the form changes.
  const [nameError, setNameError] = useState<string>();
  const editorRef = useRef<HTMLDivElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Whether this form is still on the page. A save can outlive it: the user may press "Add
  // profile" or pick another profile while "Saving…" shows, and the finished save must not
  // then pull them back to the profile it saved (their new form would be thrown away).
  const onPage = useRef(false);
  useEffect(() => {
    onPage.current = true;
    return () => {
      onPage.current = false;
    };
  }, []);
  // Unlocked from the notice beside the diagnosis: go on to "Run diagnosis", what the unlock was for.
  const onUnlocked = useCallback(() => {
    if (!focusIsLost()) return;
    (buttonNamed(editorRef.current, 'Run diagnosis') ?? headingRef.current)?.focus();
  }, []);

  // The stored profile changed (saved here, or in another tab): follow it unless the user has
  // unsaved edits, which stay theirs.
  if (profile !== base) {
    setBase(profile);
    if (profile && base && sameForm(values, formOf(base))) setValues(formOf(profile));
  }

  const dirty = !profile || !sameForm(values, formOf(profile));
  const visible = (field: FormField) => touched.has(field) || values[field] !== '';
  // The engine's own local checks, as you type (lib/diagnose/lint-draft.ts).
  const lint = useMemo(() => lintDraft(draftOf(values), Date.now()), [values]);
  const findingsFor = (field: ProfileField) => (visible(field) ? lint.findings.filter((f) => f.field === field) : []);
  const touch = (field: FormField) => setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
  const change = (patch: Partial<FormValues>) => {
    setNameError(undefined);
    setValues((v) => ({ ...v, ...patch }));
  };

  /** Whether this save would write the first token of all, in plain text: then the lock is offered first. */
  function offerLockFirst(): boolean {
    if (!lockFirst) return false;
    const typed = secretsOf(draftOf(values) as unknown as Profile).length > 0;
    if (typed) setOffering(true);
    return typed;
  }

  async function persist(): Promise<Profile | undefined> {
    const unnamed = unnamedProblem(values);
    if (unnamed) {
      setNameError(unnamed);
      touch('name');
      nameRef.current?.focus();
      return undefined;
    }
    if (offerLockFirst()) return undefined;
    return write();
  }

  async function write(): Promise<Profile | undefined> {
    setOffering(false);
    // A Data Center server (or a Government Cloud site) must be granted by the browser: ask now, inside the click (browsers grant permissions only during a user gesture).
    // Not awaited: the profile is saved whatever the answer, and the status beside the Server URL
    // follows the grant (a prompt left open must not hold the save).
    const origins = originsToRequest(values, lint.target);
    if (origins.length > 0) void requestOriginsPermission(origins);
    setSave({ status: 'saving' });
    setTouched(new Set<FormField>(['name', ...FIELDS_OF[values.kind]]));
    try {
      const saved = await saveProfile(draftOf(values), id);
      setValues((v) => ({ ...v, ...formOf(saved), alsoCheck: formOf(saved).alsoCheck }));
      setSave({ status: 'idle' });
      if (!profile && onPage.current) onCreated(saved.id);
      // Saved from the lock offer, whose buttons are gone: focus goes back to "Save profile".
      if (focusIsLost(editorRef.current?.querySelector('[data-lock-offer]'))) saveRef.current?.focus();
      return saved;
    } catch (error) {
      setSave({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  }

  async function run() {
    let target = profile;
    if (dirty) {
      setPreparing(true);
      target = await persist();
    }
    // runDiagnosis marks the run busy synchronously, before `preparing` is cleared.
    if (target) void runDiagnosis(target.id);
    setPreparing(false);
  }

  const saveStatus =
    save.status === 'saving'
      ? 'Saving…'
      : save.status === 'failed'
        ? ''
        : !profile
          ? 'Not saved yet.'
          : dirty
            ? 'Unsaved changes.'
            : `Saved ${formatDateTime(profile.updatedAt)}.`;

  return (
    <div className="editor" ref={editorRef}>
      <section className="card" aria-labelledby={headingId}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {profile ? profile.name : 'New profile'}
        </h2>
        <p className="hint required-note">Fields marked * are needed to run a diagnosis.</p>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void persist();
          }}
        >
          <TextField
            label="Profile name"
            value={values.name}
            maxLength={MAX_LENGTH.name}
            hint="For you: which integration or person this credential belongs to."
            onChange={(name) => change({ name })}
            onBlur={() => touch('name')}
            error={nameError}
            inputRef={nameRef}
          />
          <div className="field">
            <label htmlFor={kindId}>Credential type</label>
            <select
              id={kindId}
              value={values.kind}
              onChange={(e) => change({ kind: e.target.value as CredentialKind })}
            >
              {CREDENTIAL_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_FORMS[kind].label}
                </option>
              ))}
            </select>
          </div>
          <KindFields form={values} findingsFor={findingsFor} target={lint.target} onChange={change} onTouch={touch} />
          <SealedSecretHint profileId={profile?.id} />
          <div className="form-actions">
            <button type="submit" className="button-primary" ref={saveRef}>
              Save profile
            </button>
            <span role="status" className="muted">
              {saveStatus}
            </span>
            {profile && <DeleteProfile profile={profile} onDeleted={onDeleted} />}
          </div>
          {save.status === 'failed' && (
            <p role="alert" className="run-error">
              {save.message}
            </p>
          )}
          <p className="hint">Doubtful values can be saved: diagnosing them is the point.</p>
        </form>
        {offering && (
          <LockFirstOffer
            onSave={async () => {
              await write();
            }}
          />
        )}
      </section>
      <LockedNotice profileId={profile?.id} onUnlocked={onUnlocked} />
      <RunSection id={id} profile={profile} dirty={dirty} preparing={preparing} onRun={() => void run()} />
    </div>
  );
}
