import { useState } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/vault/vault-meta';
import { useAppStore } from '../store-context';
import { secretsOf } from '@/lib/kinds/forms';
import type { Profile } from '@/lib/model/profile';
import { IdleSelect } from './IdleSelect';
import { PassphraseField } from './PassphraseField';
import { useAction } from './use-action';

/**
 * Turns the passphrase lock on: a passphrase typed twice and the idle time. `onEnabled` gets the
 * profiles whose token was stored unencrypted until now (earlier copies may remain on disk).
 */
export function EnableLockForm({ onEnabled }: { onEnabled?: (wasPlain: Profile[]) => void }) {
  const enableVault = useAppStore((s) => s.enableVault);
  const profiles = useAppStore((s) => s.profiles);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [idle, setIdle] = useState(15);
  const [state, run] = useAction();
  const mismatch = again !== '' && again !== passphrase;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (passphrase !== again) return;
        const wasPlain = profiles.filter((profile) => secretsOf(profile).length > 0);
        void run(() => enableVault(passphrase, idle)).then((ok) => ok && onEnabled?.(wasPlain));
      }}
    >
      <PassphraseField label="New passphrase" value={passphrase} onChange={setPassphrase} autoComplete="new-password" />
      <PassphraseField
        label="Repeat the new passphrase"
        value={again}
        onChange={setAgain}
        autoComplete="new-password"
      />
      {mismatch && <p role="alert">The two passphrases are not the same.</p>}
      <IdleSelect value={idle} onChange={setIdle} />
      <p className="hint">
        At least {MIN_PASSPHRASE_LENGTH} characters. There is no way to recover a forgotten passphrase: you would have
        to enter the tokens again.
      </p>
      <button
        type="submit"
        className="button-primary"
        disabled={state.status === 'busy' || passphrase.length < MIN_PASSPHRASE_LENGTH || passphrase !== again}
      >
        {state.status === 'busy' ? 'Encrypting…' : 'Turn on passphrase lock'}
      </button>
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
    </form>
  );
}
