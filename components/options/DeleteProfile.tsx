import { useEffect, useRef, useState } from 'react';
import type { Profile } from '@/lib/model/profile';
import type { DeletedProfile } from '../vault/UndoDelete';
import { useAppStore } from '../store-context';
import { secretsOf } from '@/lib/kinds/forms';

/** "Delete profile", then one confirm step that names what goes; Undo follows (UndoDelete). */
export function DeleteProfile({
  profile,
  onDeleted,
}: {
  profile: Profile;
  onDeleted: (deleted: DeletedProfile) => void;
}) {
  const deleteProfile = useAppStore((s) => s.deleteProfile);
  const sealed = useAppStore((s) => s.sealedIds.includes(profile.id));
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // Into the confirm step: focus on Cancel (the safe choice). Back out of it: on "Delete profile".
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
    else if (asked.current) deleteRef.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  async function confirm() {
    try {
      const snapshot = await deleteProfile(profile.id);
      const token = sealed ? 'sealed' : secretsOf(profile).length > 0 ? 'plain' : undefined;
      onDeleted({ name: profile.name, snapshot, profile, ...(token ? { token } : {}) });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  if (!confirming) {
    return (
      <button ref={deleteRef} type="button" className="button-danger-outline" onClick={() => setConfirming(true)}>
        Delete profile
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby="confirm-delete-text">
      <p id="confirm-delete-text">
        Delete “{profile.name}” and its last report from this browser? You can undo it for a few seconds.
      </p>
      <button type="button" className="button-danger" onClick={() => void confirm()}>
        Yes, delete it
      </button>
      <button ref={cancelRef} type="button" onClick={() => setConfirming(false)}>
        Cancel
      </button>
      {error && <p role="alert">Could not delete: {error}</p>}
    </div>
  );
}
