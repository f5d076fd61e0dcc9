/**
 * How an import meets what is stored, decided before anything is written: each incoming profile
 * is new, identical to the stored one with its id, or a conflict the user resolves (keep both,
 * replace, skip). Nothing stored is touched unless the user chose "replace" for it.
 *
 * A file without secrets can still move a stored secret: "replace" takes the file's URLs. When
 * that changes where the secret is sent (the site host, the server origin, the kind), the plan
 * says so, old → new, and the import drops the stored secret instead of sending it to the new place.
 */
import type { ImportItem } from './export-file';
import type { PublicProfile } from './record';

export type Resolution = 'keep-both' | 'replace' | 'skip';
type PlanStatus = 'new' | 'identical' | 'conflict';

export interface PlannedItem {
  item: ImportItem;
  status: PlanStatus;
  /** The stored profile's name, for a conflict. */
  storedName?: string;
  /** For a conflict: the stored secret's destination and the file's, when they differ. */
  destination?: { from: string; to: string };
}

/** The host (Cloud site) or origin (Data Center server) a URL field names, as typed or with https:// assumed. */
function placeOf(url: string, keep: 'host' | 'origin'): string {
  const text = url.trim();
  try {
    const parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
    const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
    const port = parsed.port ? `:${parsed.port}` : '';
    return keep === 'host' ? `${host}${port}` : `${parsed.protocol}//${host}${port}`;
  } catch {
    return text.toLowerCase();
  }
}

/**
 * Where a profile's secret is sent, in words a user recognises: the Data Center server's origin,
 * else the Cloud site's host, else Atlassian's API gateway (an org key; an OAuth token without a site).
 */
export function secretDestination(profile: PublicProfile): string {
  const fields = profile as unknown as Record<string, unknown>;
  const given = (name: string) => {
    const value = fields[name];
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };
  const server = given('serverUrl');
  const site = given('siteUrl');
  if (server !== undefined) return placeOf(server, 'origin');
  return site !== undefined ? placeOf(site, 'host') : 'api.atlassian.com';
}

/** Whether replacing `stored` with `incoming` would send the stored secret somewhere else. */
export function destinationChange(
  stored: PublicProfile,
  incoming: PublicProfile,
): { from: string; to: string } | undefined {
  const from = secretDestination(stored);
  const to = secretDestination(incoming);
  if (stored.kind === incoming.kind && from === to) return undefined;
  return stored.kind === incoming.kind
    ? { from, to }
    : { from: `${from} (${stored.kind})`, to: `${to} (${incoming.kind})` };
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
    else {
      const destination = destinationChange(existing, item.profile);
      plan.push({ item, status: 'conflict', storedName: existing.name, ...(destination ? { destination } : {}) });
    }
  }
  return plan;
}
