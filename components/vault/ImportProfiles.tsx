import { useId, useState } from 'react';
import { parseImportFile, type EncryptedPayload, type ImportItem } from '@/lib/profiles/export-file';
import { planImport, type PlannedItem, type Resolution } from '@/lib/profiles/import-plan';
import { openEncryptedImport } from '@/lib/store/import-export';
import { useAppStore } from '../store-context';
import { PassphraseField } from './PassphraseField';
import { useAction } from './use-action';

type Step =
  | { step: 'choose' }
  | { step: 'passphrase'; encrypted: EncryptedPayload }
  | { step: 'review'; items: ImportItem[]; skipped: string[] };

const RESOLUTIONS: { value: Resolution; label: string }[] = [
  { value: 'keep-both', label: 'Keep both' },
  { value: 'replace', label: 'Replace the saved one' },
  { value: 'skip', label: 'Skip' },
];

/**
 * "Import file": reads an export, asks for its passphrase if it is encrypted, shows what is new
 * and what conflicts (keep both / replace / skip, per profile), then writes. A malformed file gets
 * a message that says what is wrong and nothing is written.
 */
export function ImportProfiles() {
  const profiles = useAppStore((s) => s.profiles);
  const importProfiles = useAppStore((s) => s.importProfiles);
  const fileId = useId();
  const [step, setStep] = useState<Step>({ step: 'choose' });
  const [problem, setProblem] = useState<string>();
  const [passphrase, setPassphrase] = useState('');
  const [choices, setChoices] = useState<Record<string, Resolution>>({});
  const [result, setResult] = useState<string>();
  const [state, run] = useAction();

  async function readFile(file: File | undefined) {
    setProblem(undefined);
    setResult(undefined);
    setChoices({});
    if (!file) return;
    if (file.size > 5 * 1024 * 1024)
      return setProblem('The file is larger than 5 MB: it is not a Token Doctor export.');
    const parsed = parseImportFile(await file.text());
    if (!parsed.ok) return setProblem(parsed.message);
    if ('encrypted' in parsed) setStep({ step: 'passphrase', encrypted: parsed.encrypted });
    else setStep({ step: 'review', items: parsed.items, skipped: parsed.skipped });
  }

  const plan: PlannedItem[] = step.step === 'review' ? planImport(step.items, profiles) : [];

  return (
    <div data-import>
      <div className="field">
        <label htmlFor={fileId}>Import file</label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
      </div>
      {problem && <p role="alert">{problem}</p>}
      {step.step === 'passphrase' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              const opened = await openEncryptedImport(step.encrypted, passphrase);
              setPassphrase('');
              setStep({ step: 'review', ...opened });
            });
          }}
        >
          <p>This export is encrypted.</p>
          <PassphraseField label="Import passphrase" value={passphrase} onChange={setPassphrase} />
          <button type="submit" disabled={passphrase === '' || state.status === 'busy'}>
            Open export
          </button>
          {state.status === 'failed' && <p role="alert">{state.message}</p>}
        </form>
      )}
      {step.step === 'review' && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void run(async () => {
              const r = await importProfiles(
                plan,
                Object.fromEntries(
                  plan
                    .filter((p) => p.status === 'conflict')
                    .map((p) => [p.item.profile.id, choices[p.item.profile.id] ?? 'keep-both']),
                ),
              );
              setResult(
                `Imported: ${r.added} added, ${r.replaced} replaced, ${r.keptBoth} kept beside the saved one, ${r.skipped} skipped.`,
              );
              setStep({ step: 'choose' });
            });
          }}
        >
          <ul className="import-plan">
            {plan.map(({ item, status, storedName, destination }) => (
              <li key={item.profile.id} data-import-status={status}>
                <strong>{item.profile.name || 'Untitled profile'}</strong>{' '}
                {status === 'new' && (
                  <span className="muted">new{item.secret ? ', with its token' : ', without a token'}</span>
                )}
                {status === 'identical' && <span className="muted">already saved, unchanged</span>}
                {status === 'conflict' && (
                  <label>
                    <span className="muted"> differs from the saved “{storedName}”: </span>
                    <select
                      aria-label={`Conflict with ${storedName ?? 'a saved profile'}`}
                      value={choices[item.profile.id] ?? 'keep-both'}
                      onChange={(e) => setChoices((c) => ({ ...c, [item.profile.id]: e.target.value as Resolution }))}
                    >
                      {RESOLUTIONS.map((r) => (
                        <option key={r.value} value={r.value}>
                          {r.label}
                        </option>
                      ))}
                    </select>
                  </label>
                )}
                {status === 'conflict' && destination && (
                  <p className="hint" data-import-destination>
                    Its token would go to {destination.to} instead of {destination.from}.
                    {item.secret
                      ? ' Replacing uses the token in the file.'
                      : ' Replacing drops the saved token: enter it again for the new destination.'}
                  </p>
                )}
              </li>
            ))}
          </ul>
          {step.skipped.length > 0 && (
            <p className="notice">Not imported (invalid): {step.skipped.slice(0, 5).join('; ')}.</p>
          )}
          <button type="submit" className="button-primary" disabled={state.status === 'busy' || plan.length === 0}>
            Import profiles
          </button>
          {state.status === 'failed' && <p role="alert">{state.message}</p>}
        </form>
      )}
      {result && <p role="status">{result}</p>}
    </div>
  );
}
