/**
 * The last scope report of a profile as kept in storage (`{ v: 1, report }`, the `scopeReport`
 * item of lib/platform/storage-items.ts). What the engine returns is already scrubbed of every
 * secret and names the account by its masked email only, like the diagnosis; load checks the
 * shape and drops what does not fit (it is only the last result, never worth a warning).
 */
import type { ScopeReport } from './types';

export const STORED_SCOPE_REPORT_VERSION = 1;

export function storedScopeReport(report: ScopeReport): { v: typeof STORED_SCOPE_REPORT_VERSION; report: ScopeReport } {
  return { v: STORED_SCOPE_REPORT_VERSION, report };
}

export function parseStoredScopeReport(value: unknown): ScopeReport | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as { v?: unknown; report?: unknown };
  if (record.v !== STORED_SCOPE_REPORT_VERSION || record.report === null || typeof record.report !== 'object')
    return undefined;
  const report = record.report as Partial<ScopeReport>;
  const ok =
    report.type === 'scope-report' &&
    typeof report.profileId === 'string' &&
    typeof report.checkedAt === 'string' &&
    typeof report.summary === 'string' &&
    ['scoped', 'unscoped', 'oauth', 'not-applicable', 'failed'].includes(report.model ?? '') &&
    [report.rows, report.scopes, report.risks, report.findings, report.probes].every(Array.isArray);
  return ok ? (report as ScopeReport) : undefined;
}
