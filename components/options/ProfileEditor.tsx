import { useId, useState } from 'react';
import { CREDENTIAL_KIND_LABELS, CREDENTIAL_KINDS, type CredentialKind, type Profile, type ProfileDraft } from '@/lib/profiles/types';
import { formatDateTime } from '../format';
import { useAppStore } from '../store-context';
import { CloudApiTokenFields } from './CloudApiTokenFields';
import { DeleteProfile } from './DeleteProfile';
import { draftForKind, draftOf, MAX_LENGTH, sameDraft, type FormField } from './profile-draft';
import { RunSection } from './RunSection';
import { TextField } from './TextField';

interface Props {
  /** The stored profile's id, or the id a new profile will be saved under. */
  id: string;
  profile: Profile | undefined;
  onCreated: (id: string) => void;
  onDeleted: () => void;
}

type SaveState = { status: 'idle' | 'saving' } | { status: 'failed'; message: string };

const ALL_FIELDS: ReadonlySet<FormField> = new Set<FormField>(['name', 'siteUrl', 'email', 'apiToken']);

/** The form for one profile, its delete step, and its diagnosis. */
export function ProfileEditor({ id, profile, onCreated, onDeleted }: Props) {
  const saveProfile = useAppStore((s) => s.saveProfile);
  const runDiagnosis = useAppStore((s) => s.runDiagnosis);
  const headingId = useId();
  const kindId = useId();
  const [values, setValues] = useState<ProfileDraft>(() => draftOf(profile));
  const [base, setBase] = useState(profile);
  const [touched, setTouched] = useState<ReadonlySet<FormField>>(new Set());
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const [preparing, setPreparing] = useState(false);

  // The stored profile changed (saved here, or in another tab): follow it unless the user has
  // unsaved edits, which stay theirs.
  if (profile !== base) {
    setBase(profile);
    if (profile && base && sameDraft(values, draftOf(base))) setValues(draftOf(profile));
  }

  const dirty = !profile || !sameDraft(values, draftOf(profile));
  const visible = (field: FormField) => touched.has(field) || values[field] !== '';
  const touch = (field: FormField) => setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
  const change = (patch: Partial<ProfileDraft>) => setValues((v) => ({ ...v, ...patch }));

  async function persist(): Promise<Profile | undefined> {
    setSave({ status: 'saving' });
    setTouched(ALL_FIELDS);
    try {
      const saved = await saveProfile(values, id);
      setValues(draftOf(saved));
      setSave({ status: 'idle' });
      if (!profile) onCreated(saved.id);
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
    <div className="editor">
      <section className="card" aria-labelledby={headingId}>
        <h2 id={headingId}>{profile ? profile.name : 'New profile'}</h2>
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
          />
          <div className="field">
            <label htmlFor={kindId}>Credential type</label>
            <select
              id={kindId}
              value={values.kind}
              onChange={(e) => setValues((v) => draftForKind(e.target.value as CredentialKind, v))}
            >
              {CREDENTIAL_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {CREDENTIAL_KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </div>
          {values.kind === 'cloud-api-token' && (
            <CloudApiTokenFields draft={values} visible={visible} onChange={change} onTouch={touch} />
          )}
          <div className="form-actions">
            <button type="submit" className="button-primary">
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
      </section>
      <RunSection id={id} profile={profile} dirty={dirty} preparing={preparing} onRun={() => void run()} />
    </div>
  );
}
