/** How a profile is named in lists: what it points at, as each kind's form says. */
import { formOfKind } from '../kinds/forms';
import type { Profile, ProfileDraft } from '../model/profile';

/** `acme.atlassian.net`, `org 1a2b…`, `jira.example.com` — or '' when the profile has none. */
export function profileTarget(profile: Profile | ProfileDraft): string {
  return formOfKind(profile.kind).describe(profile);
}
