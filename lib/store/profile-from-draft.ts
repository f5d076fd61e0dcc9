/**
 * Turns what the form edits into a profile record: keeps the id and `createdAt` of the profile
 * being edited, stamps `updatedAt`, copies only the fields of the draft's kind (so a secret typed
 * for one kind never travels with another). Values are kept as typed (the lint explains what it
 * would change); only the display name is tidied.
 */
import { formOfKind } from '../kinds/forms';
import { profileTarget } from '../profiles/describe';
import type { Profile, ProfileDraft } from '../model/profile';

function fallbackName(draft: ProfileDraft): string {
  return profileTarget(draft) || 'Untitled profile';
}

export function profileFromDraft(
  draft: ProfileDraft,
  { id, existing, now }: { id: string; existing: Profile | undefined; now: Date },
): Profile {
  const at = now.toISOString();
  const form = formOfKind(draft.kind);
  const typed = draft as unknown as Record<string, unknown>;
  return {
    id,
    name: draft.name.trim() || fallbackName(draft),
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
    kind: draft.kind,
    // An empty optional date ("Expires on") is not stored at all.
    ...Object.fromEntries(
      form.fields
        .filter((field) => !(field.type === 'date' && (typed[field.name] ?? '') === ''))
        .map((field) => [field.name, typed[field.name]]),
    ),
    ...form.extras?.(draft),
  } as Profile;
}
