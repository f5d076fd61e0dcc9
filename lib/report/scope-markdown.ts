/** The Markdown scope report ("Copy report"): the same content as the JSON, for a ticket or a chat. */
import type { ScopeReport, ScopeRow } from '../scopes/types';
import type { ReportOptions } from './scope-json';

const PRODUCT_TITLES: Record<ScopeRow['product'], string> = { jira: 'Jira', confluence: 'Confluence', site: 'Site' };

/**
 * A value as Markdown text, never as Markdown: display names, group names, evidence and URLs come
 * from the server or the user, and pasted into a ticket `![x](https://tracker.example/p.png)` would
 * render as an image. Every character that opens inline Markdown (links, images, emphasis, code,
 * HTML, tables, strike-through, math) is backslash-escaped
 * (https://spec.commonmark.org/0.31.2/#backslash-escapes), and so is one that would open a block at
 * the start of a value; line breaks become spaces, so a value cannot start a line of its own.
 */
export function mdText(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]<>|~&!$]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+#=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** A value in a code span, unless it holds a backtick (then escaped text); pipes escaped for tables. */
function mdCode(text: string): string {
  const flat = text.replace(/[\r\n]+/g, ' ');
  return flat.includes('`') ? mdText(flat) : `\`${flat.replace(/\|/g, '\\|')}\``;
}

const cell = mdText;

export function stateText(row: ScopeRow): string {
  const user =
    row.userAccess === 'denied'
      ? ' (user lacks the permission)'
      : row.userAccess === 'allowed'
        ? ' (user allowed)'
        : '';
  return `${mdText(row.state)}${user}`;
}

export function scopeReportMarkdown(report: ScopeReport, options: ReportOptions = {}): string {
  const lines: string[] = [`# What this token can do — ${mdText(report.profileName)}`, ''];
  const a = report.account;
  const email = options.fullEmail ?? a?.emailMasked;
  lines.push(`- Site: ${report.siteUrl ? mdText(report.siteUrl) : '—'}`);
  if (a) lines.push(`- Account: ${mdText(a.displayName)}${email ? ` (${mdText(email)})` : ''}`);
  if (a?.groups?.length) lines.push(`- Groups: ${a.groups.map(mdText).join(', ')}`);
  lines.push(`- Token: ${mdText(report.kind)}, ${mdText(report.tokenFingerprint)} (${mdText(report.model)})`);
  lines.push(`- Checked at: ${mdText(report.checkedAt)}`);
  lines.push(`- Extension version: ${mdText(report.extensionVersion ?? 'unknown')}`);
  if (report.userPermissions)
    lines.push(
      `- User's global Jira permissions: ${Object.entries(report.userPermissions)
        .map(([k, v]) => `${mdText(k)} ${v ? 'yes' : 'no'}`)
        .join(', ')}`,
    );
  if (report.declaredScopes) lines.push(`- Declared scopes: ${report.declaredScopes.map(mdText).join(' ') || 'none'}`);
  lines.push(
    '',
    '## Risks',
    '',
    ...report.risks.map((r) => `- **${mdText(r.level)}**: ${mdText(r.text)}`),
    '',
    mdText(report.summary),
    '',
  );
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
        `| ${cell(r.label)} (${mdCode(r.id)}) | ${stateText(r)} | ${r.scopesClassic.map(cell).join(', ') || '—'} | ${r.scopesGranular.map(cell).join(', ') || '—'} | ${cell(r.evidence)} |`,
      );
    }
    lines.push('');
  }
  if (report.findings.length > 0) {
    lines.push(
      '## Findings',
      '',
      ...report.findings.map((f) => `- ${mdCode(f.code)} (${mdText(f.severity)}): ${mdText(f.title)}`),
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
