/**
 * The one order profiles are listed in, everywhere (options list, popup select, fleet ties, the
 * badge's "first profile"): by name, case-insensitive, numbers compared as numbers ("Profile 2"
 * before "Profile 10"), then by creation time, then by id, so the order never depends on storage.
 */
const NAMES = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Compares two display names naturally: `compareNames('Profile 2', 'profile 10') < 0`. */
export function compareNames(a: string, b: string): number {
  return NAMES.compare(a.trim(), b.trim());
}

/** Compares two profiles for listing. */
export function compareProfiles(
  a: { name: string; createdAt: string; id: string },
  b: { name: string; createdAt: string; id: string },
): number {
  return compareNames(a.name, b.name) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** A sorted copy (the input is left as it is). */
export function sortProfiles<P extends { name: string; createdAt: string; id: string }>(profiles: readonly P[]): P[] {
  return [...profiles].sort(compareProfiles);
}
