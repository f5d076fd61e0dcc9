import { useEffect, useState } from 'react';
import type { Profile } from '@/lib/model/profile';
import type { StoredSnapshot } from '@/lib/store/types';
import { useAppStore } from '../store-context';
import { TokenPageLink } from './token-pages';
import { UndoRefused } from '@/lib/store/undo-delete';

const UNDO_MS = 10_000;

export interface DeletedProfile {
  name: string;
  snapshot: StoredSnapshot;
  /** The profile as it was shown (its kind and server say where its token is revoked). */
  profile?: Profile;
  /** Whether a token was stored with it, and whether it was encrypted. */
  token?: 'plain' | 'sealed';
}

/**
 * "Deleted “name”. Undo" for ten seconds after a delete: Undo writes back what was stored (record
 * and last report), as the passphrase lock is now (lib/store/undo-delete.ts). When a token was stored, the notice also says what a delete cannot do: the
 * browser may keep earlier copies in its files, so the safe step is to revoke the token; that
 * part stays until dismissed.
 */
export function UndoDelete({
  deleted,
  onDone,
  onClosedByUser = () => onDone(),
}: {
  deleted: DeletedProfile;
  /** The notice is over (its time ran out). */
  onDone: () => void;
  /** The user closed it: `true` after Undo restored the profile, `false` on Dismiss (where focus goes next is the caller's). */
  onClosedByUser?: (restored: boolean) => void;
}) {
  const undoDelete = useAppStore((s) => s.undoDelete);
  const [error, setError] = useState<string>();
  const [expired, setExpired] = useState(false);
  const advice = deleted.token !== undefined && deleted.profile !== undefined;

  useEffect(() => {
    setExpired(false);
    const timer = setTimeout(() => (advice ? setExpired(true) : onDone()), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted, onDone, advice]);

  return (
    <div className="notice undo" data-undo-delete style={{ marginBottom: '0.75rem', padding: '0.5rem 0.8rem' }}>
      <p role="status">
        Deleted “{deleted.name}”.{' '}
        {!expired && (
          <button
            type="button"
            className="button-small"
            onClick={() =>
              void undoDelete(deleted.snapshot).then(
                () => onClosedByUser(true),
                (e: unknown) => {
                  setError(e instanceof Error ? e.message : String(e));
                  // The lock changed so that this undo can never work: offer it no more.
                  if (e instanceof UndoRefused && e.final) setExpired(true);
                },
              )
            }
          >
            Undo
          </button>
        )}
        {error && <span role="alert"> Could not restore: {error}</span>}
        {expired && !advice && (
          <button type="button" className="button-small" onClick={() => onClosedByUser(false)}>
            Dismiss
          </button>
        )}
      </p>
      {advice && (
        <p data-delete-advice>
          {deleted.token === 'plain'
            ? 'Its token was stored unencrypted, and the browser may keep earlier copies of it in its files after a delete. '
            : 'Its token was stored encrypted, but the browser may keep earlier copies in its files, unencrypted ones too if it was ever saved while the passphrase lock was off. '}
          If anyone else could read this computer&apos;s files, the safe step is to revoke the token and create a new
          one: <TokenPageLink profile={deleted.profile!} />.{' '}
          {expired && (
            <button type="button" className="button-small" onClick={() => onClosedByUser(false)}>
              Dismiss
            </button>
          )}
        </p>
      )}
    </div>
  );
}
