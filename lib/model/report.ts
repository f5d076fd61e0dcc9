/**
 * The engine's data: what a probe asked, what came back (an observation), what it means (a
 * finding) and the report that gathers them. Everything here is plain JSON so that it can cross
 * the message boundary and be stored as is.
 */
import type { CredentialKind } from './profile';
import type { FindingCode } from './codes';

/** Form fields a local check can point at. */
export type ProfileField =
  | 'siteUrl'
  | 'email'
  | 'apiToken'
  | 'accessToken'
  | 'apiKey'
  | 'orgId'
  | 'serverUrl'
  | 'pat'
  // Bitbucket kinds
  | 'bitbucketApiToken'
  | 'bitbucketAccessToken'
  | 'workspace'
  /** "Expires on" (lib/kinds/expires-on.ts). */
  | 'expiresOn';

export type Severity = 'ok' | 'info' | 'warning' | 'error';
/**
 * `ok`: an authenticated call succeeded and nothing is wrong; `warning`: the credential works (or
 * was recognised as genuine) but something about its use is wrong; `error`: it does not work, or
 * not where it is used; `unknown`: nothing was learnt about the credential (rate limited, timed
 * out, network or server error).
 */
export type Verdict = 'ok' | 'warning' | 'error' | 'unknown';

/**
 * What a finding proves about the credential, set by the catalogue row: `succeeded` (an
 * authenticated call succeeded), `recognised` (Atlassian recognised the credential as genuine but
 * refused the call, e.g. for a missing scope), `inconclusive` (the probe learnt nothing about it).
 * Absent: the finding proves neither way by itself (a cause, a note, a local check).
 */
export type Outcome = 'succeeded' | 'recognised' | 'inconclusive';

/** Ids of the probes the engine can run (the `data-probe` attribute of the UI contract). */
export type ProbeId =
  | 'tenant-info'
  /** A custom domain's anonymous `/rest/api/2/serverInfo` (its `deploymentType`). */
  | 'server-info'
  | 'site-myself'
  | 'gateway-myself'
  | `gateway-myself@${string}`
  | 'redirect-target'
  | 'accessible-resources'
  | 'admin-orgs'
  | 'admin-org'
  | 'dc-myself'
  | 'dc-context'
  /** Confluence's user/current on a Data Center address, asked without the token. */
  | 'dc-confluence'
  /** Org API keys: the provisioning (SCIM) API and the key-count API. */
  | 'admin-scim'
  | 'admin-api-keys-count'
  | 'confluence-user'
  /** A Confluence integration (a Site URL ending in /wiki): its own Confluence probes. */
  | 'confluence-site-user'
  | 'confluence-gateway-user'
  | 'confluence-gateway-spaces'
  | 'id-mapping'
  | 'jsm-ops'
  /** Bitbucket Cloud (api.bitbucket.org). */
  | 'bitbucket-user'
  | 'bitbucket-workspace'
  | 'bitbucket-repositories'
  /** Scope check probes (lib/scopes), one per capability of the catalogue. */
  | `scope:${string}`;

/** Errors a probe can end in when no HTTP status came back (the `data-status` of such a probe). */
export type ProbeErrorKind = 'timeout' | 'network' | 'blocked-by-policy' | 'aborted';

export interface ProbeRequest {
  id: ProbeId;
  url: string;
  /** Which credential travels with it; `none` for the unauthenticated tenant_info call. */
  auth: 'none' | 'basic' | 'bearer';
  /** The request line as shown in reports: method, URL, and the Authorization header redacted. */
  display: string;
}

/** The response headers that can decide a finding; everything else is dropped. */
export const HEADERS_KEPT = [
  'content-type',
  'location',
  'retry-after',
  'x-ratelimit-reset',
  // Data Center's rate limiter (https://confluence.atlassian.com/doc/_ratelimiting_httpheaders-992678779.html)
  'x-ratelimit-fillrate',
  'x-ratelimit-interval-seconds',
  'ratelimit-reason',
  'www-authenticate',
  'x-seraph-loginreason',
  'x-authentication-denied-reason',
  'x-failure-category',
  'server',
  'atl-traceid',
  'set-cookie',
  // The 2026 points-based quota and the near-limit flags (https://community.developer.atlassian.com/t/2026-point-based-rate-limits/97828?page=9,
  // https://jira.atlassian.com/browse/JRACLOUD-69262).
  'beta-ratelimit-policy',
  'beta-ratelimit',
  'x-beta-ratelimit-reason',
  'x-beta-ratelimit-nearlimit',
  'x-beta-ratelimit-reset',
  'x-ratelimit-nearlimit',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
] as const;

export interface Observation {
  probe: ProbeRequest;
  /** HTTP status; 0 with `redirected` set for a redirect that was not followed. */
  status: number | null;
  error?: { kind: ProbeErrorKind; message: string };
  /** Lower-cased names, only those in HEADERS_KEPT (set-cookie reduced to cookie names + `_lout`). */
  headers: Record<string, string>;
  /** Up to BODY_CAP characters of the body. */
  body: string;
  bodyTruncated: boolean;
  /** For a redirect: where it led (learnt without credentials), when known. */
  redirectedTo?: string;
  durationMs: number;
  /** How many times the probe was sent (2 when a 429/503 was retried once). */
  attempts: number;
}

export interface FindingFix {
  steps: string[];
  /** The corrected request, when one applies. Secrets appear only as placeholders. */
  url?: string;
  curl?: string;
  /** A page where the right credential is made or the setting is changed. */
  link?: { href: string; label: string };
}

/** Where a finding's cause lies; the verdict sentence is read from it. */
export type FindingGroup = 'accepted' | 'url' | 'rejected' | 'refused' | 'other' | 'request';

/** A public page behind a finding: an Atlassian doc or KB article, a public ticket or issue. */
export interface FindingSource {
  title: string;
  /** Always https. */
  url: string;
}

export interface Finding {
  code: FindingCode;
  /** Set by the catalogue; absent only in reports stored before findings had one. */
  group?: FindingGroup;
  severity: Severity;
  title: string;
  /** Plain words, naming the evidence (probe, status, header or body line). */
  explanation: string;
  /** The lines of evidence that decided it, e.g. `site-myself → 401`, `X-Seraph-LoginReason: AUTHENTICATED_FAILED`. */
  evidence: string[];
  /** The probe that produced it, when one did (local checks have none). */
  probeId?: ProbeId;
  /** For local checks: the form field it is about, so the form can show it beside the field. */
  field?: ProfileField;
  fix?: FindingFix;
  /** For a pasted request: the parts of the pasted text it is about (offsets, end exclusive). */
  spans?: { start: number; end: number }[];
  /** "Learn more": the public pages the finding rests on (set by the catalogue, may be empty). */
  sources?: FindingSource[];
  /** The sentence a report opens with when this finding decides its verdict (set by the catalogue for the codes that have one). */
  headline?: string;
  /** What it proves about the credential (set by the catalogue; the verdict is read from it). */
  outcome?: Outcome;
}

export interface AccountSummary {
  accountId: string;
  displayName: string;
  /** Masked, e.g. `a…n@example.com`. */
  emailMasked?: string;
  accountType?: string;
  active?: boolean;
}

/** What every report says about the credential it is about: who, which kind, where. Never the secret. */
export interface ReportIdentity {
  /** Version of the report shape (the JSON reports are a contract). */
  schema: 1;
  profileId: string;
  profileName: string;
  kind: CredentialKind;
  /** e.g. `ATATT…9f3c`; never the secret. */
  tokenFingerprint: string;
  /** The site the checks ran against, normalised (`https://x.atlassian.net`), when there was one. */
  siteUrl?: string;
  cloudId?: string;
}

export interface Report extends ReportIdentity {
  account?: AccountSummary;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  verdict: Verdict;
  /** Ordered: the most important first. findings[0] is the "top finding". */
  findings: Finding[];
  probes: Observation[];
  /** What the credential itself says, read locally (OAuth expiry, scopes, client id; org; server). */
  facts?: { label: string; value: string }[];
}
