/**
 * The shape of a catalogue row and the helpers the rows share. A row is data, not logic: the
 * classifier decides *which* code applies and passes the evidence as params; the row says what
 * that means to a person, what to change, and which public pages say so.
 *
 * Params are plain strings filled in by the classifier or the lint (never a secret).
 */
import type { RowKey } from '../model/codes';
import type { FindingFix, FindingGroup, FindingSource, Outcome, Severity } from '../model/report';
import { API_TOKENS_PAGE, shellEscapeInDoubleQuotes } from './fix-commands';

export type FindingParams = Partial<Record<FindingParam, string>>;

type FindingParam =
  | 'host'
  | 'origin'
  | 'cloudId'
  | 'email'
  | 'status'
  | 'detail'
  | 'location'
  | 'retryAfter'
  | 'loginUrl'
  | 'scopesClassic'
  | 'scopesGranular'
  | 'variant'
  | 'timeoutMs'
  | 'probeUrl'
  | 'accountName'
  | 'expected'
  | 'flavour'
  | 'method'
  | 'path'
  // other credential kinds
  | 'orgId'
  | 'sites'
  | 'expiresAt'
  | 'product'
  | 'serverUrl'
  | 'scopes'
  // Bitbucket Cloud
  | 'workspace'
  | 'cloneUrl'
  // Check a request: 'yes' when the page asks for the value of a token written as a variable
  | 'asksForSecret';

export interface Entry {
  /** Where the cause lies (one group per code). */
  group: FindingGroup;
  /** One severity per code: a cause that deserves another severity gets its own code. */
  severity: Severity;
  title: (p: FindingParams) => string;
  explanation: (p: FindingParams) => string;
  fix?: (p: FindingParams) => FindingFix;
  /** Public pages the finding rests on, shown as "Learn more" (empty only with `noSource`). */
  sources: readonly FindingSource[];
  /** Why a row cites no public page (for us, never shown): required when `sources` is empty. */
  noSource?: string;
  /** The sentence a diagnosis opens with when this finding decides its verdict. */
  headline?: string;
  /**
   * What the finding proves about the credential; the verdict is read from it (lib/model/verdict.ts).
   * Every row of the accepted group is `succeeded`; rows for answers that say nothing about the
   * credential (429, 5xx, timeouts, network errors) are `inconclusive`.
   */
  outcome?: Outcome;
}

/** A row of a group table: the table gives the group. */
type Words = Omit<Entry, 'group'>;

/** A group table: every row gets the table's group. */
export function groupTable<K extends RowKey>(group: FindingGroup, rows: Record<K, Words>): Record<K, Entry> {
  const table = {} as Record<K, Entry>;
  for (const code of Object.keys(rows) as K[]) table[code] = { ...rows[code], group };
  return table;
}

/** A kind's words: rows of several groups, each naming its own. */
export function kindWords<K extends RowKey>(rows: Record<K, Entry>): Record<K, Entry> {
  return rows;
}

export const tokensLink = { href: API_TOKENS_PAGE, label: 'Atlassian account → Security → API tokens' };

/** The site a finding is about, as the user would type it. */
export const site = (p: FindingParams) => p.origin ?? (p.host ? `https://${p.host}` : 'your site');

/** The probe a finding is about, at the start of a sentence. */
export const probe = (p: FindingParams) => p.probeUrl ?? 'The probe';

/** `curl` with a Bearer credential read from a shell variable, so a copied command never holds it. */
export function bearerCurl(url: string, variable: string): string {
  return `curl -sS -H "Authorization: Bearer $${variable}" -H "Accept: application/json" "${shellEscapeInDoubleQuotes(url)}"`;
}

/** Sentences a diagnosis opens with, shared by several rows. */
export const HEADLINES = {
  gatewayOnly: 'This token works through the API gateway only',
  scopeless:
    'This is a genuine scoped token, but its scopes do not cover the check: it was not shown to work for anything',
  rejected: 'Atlassian rejected these credentials',
  wrongKind: 'This is not the kind of credential chosen',
  wrongServerPath: "The server URL is not where Jira's REST API lives",
} as const;
