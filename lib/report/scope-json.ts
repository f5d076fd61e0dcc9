/**
 * The downloadable JSON scope report: a documented, versioned shape (lib/report/README.md).
 * Built from a ScopeReport, which never holds a secret (only the token's fingerprint); the email
 * is masked unless the user asked for it in full.
 */
import { scopeSummaryLine } from '../scopes/summary-line';
import type { ScopeReport } from '../scopes/types';

const SCOPE_REPORT_FORMAT = 'token-doctor/scope-report';
const SCOPE_REPORT_VERSION = 2;

export interface ReportOptions {
  /** The full email, when the user chose to show it; by default the masked one is used. */
  fullEmail?: string;
}

interface ScopeReportJson {
  format: typeof SCOPE_REPORT_FORMAT;
  version: typeof SCOPE_REPORT_VERSION;
  checkedAt: string;
  extensionVersion: string | null;
  profile: { name: string; kind: string };
  site: string | null;
  cloudId: string | null;
  account: {
    displayName: string;
    email: string | null;
    accountId: string;
    groups: string[];
    applicationRoles: string[];
  } | null;
  token: { kind: string; fingerprint: string; model: string; declaredScopes: string[] | null };
  userPermissions: Record<string, boolean> | null;
  summary: string;
  risks: { id: string; level: string; text: string }[];
  scopes: {
    scope: string;
    family: string;
    product: string;
    state: string;
    declared: boolean | null;
    evidence: string;
  }[];
  check: { requests: number; rounds: number; stoppedBy: string; contradiction: boolean } | null;
  matrix: {
    product: string;
    capability: string;
    label: string;
    state: string;
    userAccess: string | null;
    declared: boolean | null;
    scopesClassic: string[];
    scopesGranular: string[];
    evidence: string;
  }[];
  findings: { code: string; severity: string; title: string; evidence: string[] }[];
  requests: { id: string; request: string; status: number | null; error: string | null }[];
  summaryLine: string;
}

export function scopeReportJson(report: ScopeReport, options: ReportOptions = {}): ScopeReportJson {
  const a = report.account;
  return {
    format: SCOPE_REPORT_FORMAT,
    version: SCOPE_REPORT_VERSION,
    checkedAt: report.checkedAt,
    extensionVersion: report.extensionVersion ?? null,
    profile: { name: report.profileName, kind: report.kind },
    site: report.siteUrl ?? null,
    cloudId: report.cloudId ?? null,
    account: a
      ? {
          displayName: a.displayName,
          email: options.fullEmail ?? a.emailMasked ?? null,
          accountId: a.accountId,
          groups: a.groups ?? [],
          applicationRoles: a.applicationRoles ?? [],
        }
      : null,
    token: {
      kind: report.kind,
      fingerprint: report.tokenFingerprint,
      model: report.model,
      declaredScopes: report.declaredScopes ?? null,
    },
    userPermissions: report.userPermissions ?? null,
    summary: report.summary,
    risks: report.risks.map(({ id, level, text }) => ({ id, level, text })),
    scopes: report.scopes.map((g) => ({
      scope: g.scope,
      family: g.family,
      product: g.product,
      state: g.state,
      declared: g.declared ?? null,
      evidence: g.evidence,
    })),
    check: report.check
      ? {
          requests: report.check.requests,
          rounds: report.check.rounds,
          stoppedBy: report.check.stoppedBy,
          contradiction: report.check.contradiction === true,
        }
      : null,
    matrix: report.rows.map((r) => ({
      product: r.product,
      capability: r.id,
      label: r.label,
      state: r.state,
      userAccess: r.userAccess ?? null,
      declared: r.declared ?? null,
      scopesClassic: r.scopesClassic,
      scopesGranular: r.scopesGranular,
      evidence: r.evidence,
    })),
    findings: report.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      title: f.title,
      evidence: f.evidence,
    })),
    requests: report.probes.map((p) => ({ id: p.id, request: p.display, status: p.status, error: p.error ?? null })),
    summaryLine: scopeSummaryLine(report),
  };
}

export function scopeReportFileName(report: ScopeReport): string {
  const slug =
    report.profileName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'profile';
  return `token-doctor-scopes-${slug}-${report.checkedAt.slice(0, 10)}.json`;
}
