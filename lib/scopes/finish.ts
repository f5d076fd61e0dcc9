/** Assembling a ScopeReport: the shared header, the rows, the risks and the redacted probe list. */
import type { Finding } from '../model/report';
import type { Run } from '../probe/run';
import type { Profile } from '../model/profile';
import { risksOf } from './risk';
import type { ScopeAccount, ScopeCheckStats, ScopeGrant, ScopeModel, ScopeReport, ScopeRow } from './types';

export interface ScopeCheckMeta {
  /** The extension's version, for the report header (the background reads it from the manifest). */
  extensionVersion?: string;
}

interface ScopeReportParts {
  model: ScopeModel;
  summary: string;
  tokenFingerprint: string;
  rows: ScopeRow[];
  /** Scoped and OAuth tokens: the inferred scopes. */
  scopes?: ScopeGrant[];
  check?: ScopeCheckStats;
  findings: Finding[];
  siteUrl?: string;
  cloudId?: string;
  account?: ScopeAccount;
  declaredScopes?: string[];
  expiresAt?: string;
  userPermissions?: Record<string, boolean>;
}

export function finishScopeReport(
  profile: Profile,
  run: Run | undefined,
  now: number,
  meta: ScopeCheckMeta,
  parts: ScopeReportParts,
): ScopeReport {
  const report: ScopeReport = {
    type: 'scope-report',
    schema: 1,
    profileId: profile.id,
    profileName: profile.name,
    kind: profile.kind,
    tokenFingerprint: parts.tokenFingerprint,
    checkedAt: new Date(now).toISOString(),
    model: parts.model,
    summary: parts.summary,
    rows: parts.rows,
    scopes: parts.scopes ?? [],
    risks: risksOf({
      kind: profile.kind,
      model: parts.model,
      rows: parts.rows,
      scopes: parts.scopes ?? [],
      declaredScopes: parts.declaredScopes,
      expiresAt: parts.expiresAt,
      accountName: parts.account?.displayName,
      userIsAdmin: parts.userPermissions
        ? parts.userPermissions.ADMINISTER === true || parts.userPermissions.SYSTEM_ADMIN === true
        : undefined,
      now,
    }),
    findings: parts.findings,
    probes: (run?.probes ?? []).map((o) => ({
      id: o.probe.id,
      display: o.probe.display,
      status: o.status,
      ...(o.error ? { error: o.error.kind } : {}),
    })),
  };
  if (parts.check) report.check = parts.check;
  if (meta.extensionVersion) report.extensionVersion = meta.extensionVersion;
  if (parts.siteUrl) report.siteUrl = parts.siteUrl;
  if (parts.cloudId) report.cloudId = parts.cloudId;
  if (parts.account) report.account = parts.account;
  if (parts.declaredScopes) report.declaredScopes = parts.declaredScopes;
  if (parts.userPermissions) report.userPermissions = parts.userPermissions;
  return report;
}
