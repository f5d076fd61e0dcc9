/** The Markdown scope report ("Copy report"): the same content as the JSON, for a ticket or a chat. */
import { scopeSummaryLine } from '../scopes/summary-line';
import type { ScopeReport, ScopeRow } from '../scopes/types';
import type { Finding } from '../model/report';
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
  for (const family of ['classic', 'granular'] as const) {
    const scopes = report.scopes.filter((g) => g.family === family);
    if (scopes.length === 0) continue;
    const oauth = scopes.some((g) => g.declared !== undefined);
    lines.push(
      `## ${family === 'classic' ? 'Classic scopes' : 'Granular scopes'}`,
      '',
      `| Scope | State |${oauth ? ' Declared |' : ''} Evidence |`,
      `|---|---|${oauth ? '---|' : ''}---|`,
    );
    for (const g of scopes)
      lines.push(
        `| ${mdCode(g.scope)} | ${mdText(g.state)} |${oauth ? ` ${g.declared ? 'yes' : 'no'} |` : ''} ${cell(g.evidence)} |`,
      );
    lines.push('');
  }
  const findings = distinctFindings(report.findings);
  if (findings.length > 0) {
    lines.push(
      '## Findings',
      '',
      ...findings.map((f) => `- ${mdText(f.title)}${f.count > 1 ? ` (${f.count} calls)` : ''}`),
      '',
    );
  }
  lines.push(mdText(scopeSummaryLine(report)));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** Each finding once, with how many calls it stands for (a scope refused on eleven calls is one line). */
export function distinctFindings(findings: readonly Finding[]): { code: string; title: string; count: number }[] {
  const byCode = new Map<string, { code: string; title: string; count: number }>();
  for (const f of findings) {
    const seen = byCode.get(f.code);
    if (seen) seen.count += 1;
    else byCode.set(f.code, { code: f.code, title: f.title, count: 1 });
  }
  return [...byCode.values()];
}
