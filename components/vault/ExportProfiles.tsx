import { useId, useState } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/vault/vault-meta';
import { useAppStore } from '../store-context';
import { PassphraseField } from './PassphraseField';
import { useAction } from './use-action';

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Export profiles": without tokens by default; with them only under an export passphrase. */
export function ExportProfiles() {
  const exportProfiles = useAppStore((s) => s.exportProfiles);
  const checkId = useId();
  const [withSecrets, setWithSecrets] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [state, run] = useAction();
  const ready = !withSecrets || (passphrase.length >= MIN_PASSPHRASE_LENGTH && passphrase === again);
  return (
    <form
      data-export
      onSubmit={(e) => {
        e.preventDefault();
        void run(async () => {
          const text = await exportProfiles(withSecrets ? passphrase : undefined);
          download(text, `token-doctor-profiles-${new Date().toISOString().slice(0, 10)}.json`);
        });
      }}
    >
      <p>
        <input
          id={checkId}
          type="checkbox"
          style={{ width: 'auto' }}
          checked={withSecrets}
          onChange={(e) => setWithSecrets(e.target.checked)}
        />{' '}
        <label htmlFor={checkId}>Include tokens, encrypted with a passphrase</label>
      </p>
      {withSecrets ? (
        <>
          <PassphraseField
            label="Export passphrase"
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="new-password"
          />
          <PassphraseField
            label="Repeat the export passphrase"
            value={again}
            onChange={setAgain}
            autoComplete="new-password"
          />
          <p className="hint">
            Anyone with the file and this passphrase can read the tokens. At least {MIN_PASSPHRASE_LENGTH} characters.
          </p>
        </>
      ) : (
        <p className="hint">Names, sites, emails and settings only: the file holds no token.</p>
      )}
      <button type="submit" disabled={!ready || state.status === 'busy'}>
        Export profiles
      </button>
      <span role="status" className="muted">
        {state.status === 'done' ? 'Exported.' : state.status === 'busy' ? 'Exporting…' : ''}
      </span>
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
    </form>
  );
}
