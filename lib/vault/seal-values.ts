/** Sealing and opening a profile's secret fields, each bound to its profile and field name. */
import { open, seal, type SealedBox } from './cipher';
import { secretAad } from './vault-meta';

export async function sealValues(
  key: CryptoKey,
  profileId: string,
  values: Record<string, string>,
): Promise<Record<string, SealedBox>> {
  const out: Record<string, SealedBox> = {};
  for (const [field, value] of Object.entries(values)) out[field] = await seal(key, value, secretAad(profileId, field));
  return out;
}

/** Throws OpenFailed if any field does not open (wrong key, tampered, moved from another profile). */
export async function openValues(
  key: CryptoKey,
  profileId: string,
  boxes: Record<string, SealedBox>,
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [field, box] of Object.entries(boxes)) out[field] = await open(key, box, secretAad(profileId, field));
  return out;
}
