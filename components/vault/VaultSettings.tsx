import { useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '../store-context';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { DisableLockForm } from './DisableLockForm';
import { EnableLockForm } from './EnableLockForm';
import { ForgetSecrets } from './ForgetSecrets';
import { IdleSelect } from './IdleSelect';
import { UnlockForm } from './UnlockForm';
import type { Profile } from '@/lib/model/profile';
import { TokenPageLink } from './token-pages';

/**
 * The passphrase lock in Settings: its state said in one sentence (`data-vault-state`), and the
 * controls that apply to that state.
 */
export function VaultSettings() {
  const vault = useAppStore((s) => s.vault);
  const lockVault = useAppStore((s) => s.lockVault);
  const setIdleMinutes = useAppStore((s) => s.setIdleMinutes);
  const [notice, setNotice] = useState('');
  // Profiles whose token was stored unencrypted before the lock was turned on here.
  const [wasPlain, setWasPlain] = useState<Profile[]>([]);
  const state = !vault.enabled ? 'off' : vault.damaged ? 'damaged' : vault.unlocked ? 'unlocked' : 'locked';
  const sectionRef = useRef<HTMLElement>(null);
  const stateId = useId();
  const shownState = useRef(state);
  // The control that was used (Turn on, Lock, Unlock, Turn off) is gone once the state changes:
  // focus moves to what the new state offers first (Lock, or the passphrase to unlock), or to the
  // sentence saying the state, never to the page body. A change made elsewhere (another tab, the
  // idle timer) leaves focus where it is, unless it was inside this section.
  useEffect(() => {
    if (shownState.current === state) return;
    shownState.current = state;
    const section = sectionRef.current;
    const active = document.activeElement;
    if (!section || (active && active !== document.body && !section.contains(active))) return;
    const target =
      state === 'unlocked'
        ? section.querySelector<HTMLElement>('[data-vault-lock]')
        : state === 'locked'
          ? section.querySelector<HTMLElement>('[data-vault-unlock] input')
          : null;
    (target ?? document.getElementById(stateId))?.focus();
  }, [state, stateId]);

  return (
    <section aria-labelledby="vault-heading" data-vault-state={state} ref={sectionRef}>
      <h3 id="vault-heading">Passphrase lock</h3>
      <p role="status" className="muted">
        {notice}
      </p>
      {state === 'off' && (
        <>
          <p id={stateId} tabIndex={-1}>
            <strong>Off.</strong> Your tokens are stored unencrypted in this browser&apos;s storage for extensions, on
            this computer. Anyone who can use this browser profile, or read its files (a backup, another account with
            access to your disk, malware running as you), can read them.
          </p>
          <p>
            Turn the lock on to encrypt them with a passphrase (AES-GCM, with a key derived by PBKDF2-SHA-256 at 600 000
            rounds). Tokens already saved are encrypted from then on, but the browser may keep earlier unencrypted
            copies in its files: for those, the safe step is to revoke them and create new ones.
          </p>
          <EnableLockForm onEnabled={setWasPlain} />
        </>
      )}
      {state === 'damaged' && (
        <>
          <p role="alert" id={stateId} tabIndex={-1}>
            The passphrase lock&apos;s settings cannot be read ({vault.damaged}). Encrypted tokens cannot be opened;
            enter them again.
          </p>
          <ForgetSecrets />
        </>
      )}
      {state === 'locked' && (
        <>
          <p id={stateId} tabIndex={-1}>
            <strong>Locked.</strong> Your saved tokens are stored encrypted. Profile names and sites stay visible;
            unlock to run a diagnosis or save a new token.
          </p>
          <UnlockForm />
          <ForgetSecrets />
        </>
      )}
      {state === 'unlocked' && (
        <>
          {wasPlain.length > 0 && (
            <div
              className="notice"
              data-lock-plain-copies
              style={{ padding: '0.5rem 0.8rem', marginBottom: '0.75rem' }}
            >
              <p>
                The saved tokens are encrypted now. Until now they were stored unencrypted, and the browser may keep
                earlier copies in its files. If anyone else could read this computer&apos;s files, the safe step is to
                revoke these tokens and create new ones:
              </p>
              <ul>
                {wasPlain.map((profile) => (
                  <li key={profile.id}>
                    “{profile.name}”: <TokenPageLink profile={profile} />
                  </li>
                ))}
              </ul>
              <button type="button" className="button-small" onClick={() => setWasPlain([])}>
                Dismiss
              </button>
            </div>
          )}
          <p id={stateId} tabIndex={-1}>
            <strong>Unlocked.</strong> Your saved tokens are stored encrypted; the key is held in the browser&apos;s
            memory until you lock, {vault.idleMinutes > 0 ? `${vault.idleMinutes} minutes pass without use, ` : ''}or
            the browser closes.
          </p>
          <p>
            <button
              type="button"
              className="button-primary"
              data-vault-lock=""
              aria-describedby={stateId}
              onClick={() => void lockVault()}
            >
              Lock
            </button>
          </p>
          <IdleSelect value={vault.idleMinutes} onChange={(minutes) => void setIdleMinutes(minutes)} />
          <h4>Change passphrase</h4>
          <ChangePassphraseForm
            onChanged={() => setNotice('Passphrase changed: every token is now encrypted with the new one.')}
          />
          <h4>Turn off</h4>
          <DisableLockForm />
        </>
      )}
    </section>
  );
}
