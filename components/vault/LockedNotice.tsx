import { useEffect, useRef } from 'react';
import { runOf } from '@/lib/store/selectors';
import { useAppStore } from '../store-context';
import { UnlockForm } from './UnlockForm';

/**
 * Shown beside "Run diagnosis" / "Test" when this profile's secret is sealed and the vault is
 * locked (or a run was just refused for that reason): the unlock form, right where it is needed.
 */
export function LockedNotice({
  profileId,
  onUnlocked,
}: {
  profileId: string | undefined;
  /** The notice went away because the vault was unlocked: the caller moves focus on (the form is gone). */
  onUnlocked?: () => void;
}) {
  const vault = useAppStore((s) => s.vault);
  const sealed = useAppStore((s) => profileId !== undefined && s.sealedIds.includes(profileId));
  const refused = useAppStore((s) => runOf(s, profileId).locked === true);
  const shown = !vault.unlocked && (refused || (vault.enabled && sealed));
  const wasShown = useRef(shown);
  useEffect(() => {
    if (wasShown.current && !shown && vault.unlocked) onUnlocked?.();
    wasShown.current = shown;
  }, [shown, vault.unlocked, onUnlocked]);
  if (!shown) return null;
  return <UnlockForm reason="The passphrase lock is locked. Unlock it with your passphrase to run a diagnosis." />;
}

/** In the form: a sealed secret shows as an empty field, and empty means "keep it". */
export function SealedSecretHint({ profileId }: { profileId: string | undefined }) {
  const sealed = useAppStore((s) => profileId !== undefined && s.sealedIds.includes(profileId));
  if (!sealed) return null;
  return (
    <p className="hint" data-sealed-hint>
      The saved token is encrypted and not shown. Leave the token field empty to keep it, or type a new one.
    </p>
  );
}
