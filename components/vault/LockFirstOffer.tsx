import { useEffect, useId, useRef, useState } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/vault/vault-meta';
import { useAppStore } from '../store-context';
import { PassphraseField } from './PassphraseField';
import { useAction } from './use-action';

/** The idle time of a lock turned on here; Settings can change it later. */
const IDLE_MINUTES = 15;

/**
 * Asked once, before the first token is saved: protect tokens with a passphrase first, or save
 * without one. Browsers keep old copies of overwritten storage in their files, so a token saved
 * before the lock is turned on may stay readable on disk; turning the lock on first means no
 * token is ever written in plain text. Choosing "without" is remembered: later saves do not ask.
 */
export function LockFirstOffer({ onSave }: { onSave: () => Promise<void> }) {
  const enableVault = useAppStore((s) => s.enableVault);
  const declineLockOffer = useAppStore((s) => s.declineLockOffer);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [state, run] = useAction();
  const mismatch = again !== '' && again !== passphrase;
  const ready = passphrase.length >= MIN_PASSPHRASE_LENGTH && passphrase === again;

  useEffect(() => headingRef.current?.focus(), []);

  return (
    <section
      className="notice lock-offer"
      aria-labelledby={headingId}
      data-lock-offer
      style={{ padding: '0.8rem 1rem', marginTop: '0.75rem', borderRadius: 6 }}
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1} style={{ marginTop: 0 }}>
        Protect your tokens before the first one is saved?
      </h3>
      <p>
        Without the passphrase lock, tokens are stored unencrypted in this browser&apos;s files. Turning the lock on
        later encrypts them from then on, but the browser may keep earlier unencrypted copies on disk. Turn it on now
        and no token is ever written unencrypted.
      </p>
      <div className="lock-offer-choices">
        <fieldset
          style={{
            border: '1px solid var(--border)',
            borderRadius: 6,
            padding: '0.6rem 0.9rem 0.9rem',
            margin: '0.75rem 0',
            background: 'var(--surface)',
          }}
        >
          <legend style={{ fontWeight: 600, padding: '0 0.3rem' }}>Protect tokens with a passphrase first</legend>
          <PassphraseField
            label="Passphrase for the new lock"
            value={passphrase}
            onChange={setPassphrase}
            autoComplete="new-password"
          />
          <PassphraseField
            label="Repeat the passphrase for the new lock"
            value={again}
            onChange={setAgain}
            autoComplete="new-password"
          />
          {mismatch && <p role="alert">The two passphrases are not the same.</p>}
          <p className="hint">
            At least {MIN_PASSPHRASE_LENGTH} characters; it locks after {IDLE_MINUTES} minutes without use (Settings can
            change that). A forgotten passphrase cannot be recovered: you would enter the tokens again.
          </p>
          <button
            type="button"
            className="button-primary"
            disabled={state.status === 'busy' || !ready}
            onClick={() =>
              void run(async () => {
                await enableVault(passphrase, IDLE_MINUTES);
                await onSave();
              })
            }
          >
            {state.status === 'busy' ? 'Encrypting…' : 'Turn on the lock and save'}
          </button>
        </fieldset>
        <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0.6rem' }}>
          <button
            type="button"
            disabled={state.status === 'busy'}
            onClick={() =>
              void run(async () => {
                await declineLockOffer();
                await onSave();
              })
            }
          >
            Save without a passphrase
          </button>
          <span className="hint">Not asked again. You can turn the lock on later in Settings.</span>
        </div>
      </div>
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
    </section>
  );
}
