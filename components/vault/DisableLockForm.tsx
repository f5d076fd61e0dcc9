import { useState } from 'react';
import { useAppStore } from '../store-context';
import { PassphraseField } from './PassphraseField';
import { useAction } from './use-action';

/** Turns the lock off: the passphrase once more, then every secret is stored in plain text again. */
export function DisableLockForm() {
  const disableVault = useAppStore((s) => s.disableVault);
  const [passphrase, setPassphrase] = useState('');
  const [state, run] = useAction();
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => disableVault(passphrase));
      }}
    >
      <p className="hint">
        Your tokens will be stored unencrypted again, readable by anyone who can read this browser profile.
      </p>
      <PassphraseField label="Passphrase to turn the lock off" value={passphrase} onChange={setPassphrase} />
      <button type="submit" className="button-danger-outline" disabled={passphrase === '' || state.status === 'busy'}>
        Turn off passphrase lock
      </button>
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
    </form>
  );
}
