/** Local checks of any profile draft, for the form: the same checks the engine runs first. */
import { driverOf } from '../kinds';
import type { DraftLint } from '../kinds/types';
import type { ProfileDraft } from '../model/profile';

export function lintDraft(draft: ProfileDraft, nowMs: number): DraftLint {
  return driverOf(draft.kind).lintDraft(draft, nowMs);
}
