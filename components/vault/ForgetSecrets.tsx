import { useState } from 'react';
import { useAppStore } from '../store-context';

/**
 * "Forgot the passphrase?": the encrypted tokens cannot be recovered (that is the point of the
 * lock), but the profiles stay, so the user only has to paste the tokens again.
 */
export function ForgetSecrets() {
  const forgetSealedSecrets = useAppStore((s) => s.forgetSealedSecrets);
  const [confirming, setConfirming] = useState(false);
  return (
    <details className="forget">
      <summary>Forgot the passphrase?</summary>
      <p className="hint">
        Nobody can recover it. You can remove the lock and the encrypted tokens: every profile stays, with its name,
        site and email, and you paste its token again.
      </p>
      {!confirming ? (
        <button type="button" className="button-danger-outline" onClick={() => setConfirming(true)}>
          Remove the lock and the encrypted tokens
        </button>
      ) : (
        <span role="group" aria-label="Confirm removing the encrypted tokens" className="confirm">
          <button type="button" className="button-danger" onClick={() => void forgetSealedSecrets()}>
            Yes, remove the encrypted tokens
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </span>
      )}
    </details>
  );
}
