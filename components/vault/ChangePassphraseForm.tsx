import { useState } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/vault/vault-meta';
import { useAppStore } from '../store-context';
import { PassphraseField } from './PassphraseField';
import { useAction } from './use-action';

/**
 * Re-encrypts every secret under a new passphrase (all or none: lib/store/vault-actions.ts). The
 * lock state flickers while the key changes, so the success message lives in VaultSettings.
 */
export function ChangePassphraseForm({ onChanged }: { onChanged: () => void }) {
  const changePassphrase = useAppStore((s) => s.changePassphrase);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [state, run] = useAction();
  const ready = current !== '' && next.length >= MIN_PASSPHRASE_LENGTH && next === again;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => changePassphrase(current, next)).then((ok) => {
          if (!ok) return;
          [setCurrent, setNext, setAgain].forEach((set) => set(''));
          onChanged();
        });
      }}
    >
      <PassphraseField label="Current passphrase" value={current} onChange={setCurrent} />
      <PassphraseField label="New passphrase" value={next} onChange={setNext} autoComplete="new-password" />
      <PassphraseField
        label="Repeat the new passphrase"
        value={again}
        onChange={setAgain}
        autoComplete="new-password"
      />
      {again !== '' && next !== again && <p role="alert">The two new passphrases are not the same.</p>}
      <button type="submit" disabled={!ready || state.status === 'busy'}>
        {state.status === 'busy' ? 'Re-encrypting…' : 'Change passphrase'}
      </button>
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
    </form>
  );
}
