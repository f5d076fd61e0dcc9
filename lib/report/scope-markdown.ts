/** The Markdown scope report ("Copy report"): the same content as the JSON, for a ticket or a chat. */
import type { ScopeReport, ScopeRow } from '../scopes/types';
import type { ReportOptions } from './scope-json';

const PRODUCT_TITLES: Record<ScopeRow['product'], string> = { jira: 'Jira', confluence: 'Confluence', site: 'Site' };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function stateText(row: ScopeRow): string {
  const user =
    row.userAccess === 'denied'
      ? ' (user lacks the permission)'
      : row.userAccess === 'allowed'
        ? ' (user allowed)'
        : '';
  return `${row.state}${user}`;
}

export function scopeReportMarkdown(report: ScopeReport, options: ReportOptions = {}): string {
  const lines: string[] = [`# What this token can do — ${report.profileName}`, ''];
  const a = report.account;
  lines.push(`- Site: ${report.siteUrl ?? '—'}`);
  if (a)
    lines.push(
      `- Account: ${a.displayName}${(options.fullEmail ?? a.emailMasked) ? ` (${options.fullEmail ?? a.emailMasked})` : ''}`,
    );
  if (a?.groups?.length) lines.push(`- Groups: ${a.groups.join(', ')}`);
  lines.push(`- Token: ${report.kind}, ${report.tokenFingerprint} (${report.model})`);
  lines.push(`- Checked at: ${report.checkedAt}`);
  lines.push(`- Extension version: ${report.extensionVersion ?? 'unknown'}`);
  if (report.userPermissions)
    lines.push(
      `- User's global Jira permissions: ${Object.entries(report.userPermissions)
        .map(([k, v]) => `${k} ${v ? 'yes' : 'no'}`)
        .join(', ')}`,
    );
  if (report.declaredScopes) lines.push(`- Declared scopes: ${report.declaredScopes.join(' ') || 'none'}`);
  lines.push('', '## Risks', '', ...report.risks.map((r) => `- **${r.level}**: ${r.text}`), '', report.summary, '');
  for (const product of ['jira', 'confluence', 'site'] as const) {
    const rows = report.rows.filter((r) => r.product === product);
    if (rows.length === 0) continue;
    lines.push(
      `## ${PRODUCT_TITLES[product]}`,
      '',
      '| Capability | State | Classic scope | Granular scopes | Evidence |',
      '|---|---|---|---|---|',
    );
    for (const r of rows) {
      lines.push(
        `| ${cell(r.label)} (\`${r.id}\`) | ${stateText(r)} | ${cell(r.scopesClassic.join(', ') || '—')} | ${cell(r.scopesGranular.join(', ') || '—')} | ${cell(r.evidence)} |`,
      );
    }
    lines.push('');
  }
  if (report.findings.length > 0) {
    lines.push('## Findings', '', ...report.findings.map((f) => `- \`${f.code}\` (${f.severity}): ${f.title}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
