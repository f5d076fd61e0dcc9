/**
 * How an import meets what is stored, decided before anything is written: each incoming profile
 * is new, identical to the stored one with its id, or a conflict the user resolves (keep both,
 * replace, skip). Nothing stored is touched unless the user chose "replace" for it.
 */
import type { ImportItem } from './export-file';
import type { PublicProfile } from './record';

export type Resolution = 'keep-both' | 'replace' | 'skip';
export type PlanStatus = 'new' | 'identical' | 'conflict';

export interface PlannedItem {
  item: ImportItem;
  status: PlanStatus;
  /** The stored profile's name, for a conflict. */
  storedName?: string;
}

function samePublic(a: PublicProfile, b: PublicProfile): boolean {
  const strip = ({ createdAt: _c, updatedAt: _u, ...rest }: PublicProfile) =>
    JSON.stringify(Object.entries(rest).sort(([x], [y]) => x.localeCompare(y)));
  return strip(a) === strip(b);
}

export function planImport(items: readonly ImportItem[], stored: readonly PublicProfile[]): PlannedItem[] {
  const byId = new Map(stored.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const plan: PlannedItem[] = [];
  for (const item of items) {
    // The same id twice in one file: only the first counts (the rest would overwrite it).
    if (seen.has(item.profile.id)) continue;
    seen.add(item.profile.id);
    const existing = byId.get(item.profile.id);
    if (!existing) plan.push({ item, status: 'new' });
    else if (samePublic(existing, item.profile) && !item.secret) plan.push({ item, status: 'identical' });
    else plan.push({ item, status: 'conflict', storedName: existing.name });
  }
  return plan;
}
