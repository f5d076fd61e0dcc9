/**
 * Near-misses of the header names that decide whether an Atlassian call works (`Authrorization`,
 * quoted in https://jira.atlassian.com/browse/CLOUD-12617; `Authorisation`). `Content-type:` is
 * fine: names are case-insensitive.
 */
const KNOWN_HEADERS = ['Authorization', 'Content-Type', 'Accept', 'X-Atlassian-Token'] as const;
type KnownHeader = (typeof KNOWN_HEADERS)[number];

/** Other real headers that are close to a known one and must not be "corrected" into it. */
const REAL_HEADERS = new Set([
  'accept-encoding',
  'accept-language',
  'accept-charset',
  'content-length',
  'content-encoding',
  'content-language',
  'content-range',
  'content-location',
  'content-disposition',
  'x-atlassian-token',
  'authorization',
  'content-type',
  'accept',
  'proxy-authorization',
  'x-atlassian-force-account-id',
]);

/** Levenshtein distance with transpositions counted as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/** The known header `name` was meant to be, when it is a near-miss (or an exact match, case aside). */
export function nearestKnownHeader(name: string): KnownHeader | undefined {
  const typed = name.toLowerCase().replace(/_/g, '-');
  if (typed.length > 40) return undefined;
  let best: { header: KnownHeader; distance: number } | undefined;
  for (const header of KNOWN_HEADERS) {
    const distance = editDistance(typed, header.toLowerCase());
    // Short names tolerate fewer edits: "Accept" at distance 2 is already "Access" or "Except".
    const limit = header.length <= 6 ? 1 : header.length <= 12 ? 2 : 3;
    if (distance <= limit && (!best || distance < best.distance)) best = { header, distance };
  }
  if (best && best.distance > 0 && REAL_HEADERS.has(typed)) return undefined;
  return best?.header;
}

export function isMisspelt(name: string): KnownHeader | undefined {
  const nearest = nearestKnownHeader(name);
  return nearest && nearest !== name && nearest.toLowerCase() !== name.toLowerCase() ? nearest : undefined;
}
