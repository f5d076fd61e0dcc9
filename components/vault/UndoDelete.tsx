import { useEffect, useState } from 'react';
import type { StoredSnapshot } from '@/lib/store/types';
import { useAppStore } from '../store-context';

export const UNDO_MS = 10_000;

export interface DeletedProfile {
  name: string;
  snapshot: StoredSnapshot;
}

/**
 * "Deleted “name”. Undo" for ten seconds after a delete: Undo writes back exactly what was stored
 * (record and last report), so nothing about the profile changes, not even its sealed secret.
 */
export function UndoDelete({ deleted, onDone }: { deleted: DeletedProfile; onDone: () => void }) {
  const undoDelete = useAppStore((s) => s.undoDelete);
  const [error, setError] = useState<string>();

  useEffect(() => {
    const timer = setTimeout(onDone, UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted, onDone]);

  return (
    <div className="notice undo" role="status" data-undo-delete>
      <span>Deleted “{deleted.name}”.</span>{' '}
      <button
        type="button"
        className="button-small"
        onClick={() =>
          void undoDelete(deleted.snapshot).then(onDone, (e: unknown) =>
            setError(e instanceof Error ? e.message : String(e)),
          )
        }
      >
        Undo
      </button>
      {error && <span role="alert"> Could not restore: {error}</span>}
    </div>
  );
}
