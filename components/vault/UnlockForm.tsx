import { useState } from 'react';
import { useAppStore } from '../store-context';
import { PassphraseField } from './PassphraseField';
import { useAction } from './use-action';

/**
 * "Passphrase" + "Unlock". Deriving the key takes about half a second (600 000 PBKDF2 rounds), so
 * the button says so while it works. A wrong passphrase is said plainly; nothing is written.
 */
export function UnlockForm({ reason }: { reason?: string }) {
  const unlockVault = useAppStore((s) => s.unlockVault);
  const [passphrase, setPassphrase] = useState('');
  const [state, run] = useAction();
  return (
    <form
      className="unlock"
      data-vault-unlock
      onSubmit={(e) => {
        e.preventDefault();
        void run(() => unlockVault(passphrase)).then((ok) => ok && setPassphrase(''));
      }}
    >
      {reason && <p className="notice">{reason}</p>}
      <PassphraseField label="Passphrase" value={passphrase} onChange={setPassphrase} />
      <button type="submit" className="button-primary" disabled={state.status === 'busy' || passphrase === ''}>
        {state.status === 'busy' ? 'Unlocking…' : 'Unlock'}
      </button>
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
    </form>
  );
}
