/**
 * A diagnosis to share: "Copy diagnosis" (Markdown, for a ticket or a chat) and "Download
 * diagnosis" (versioned JSON, shape in lib/report/README.md). Both are built from a stored Report,
 * which never holds a secret (the engine scrubs every observation; tokens appear as fingerprints),
 * and by default every email address in them is masked (`a…a@acme.com`), also the ones a
 * corrected curl command or a server's body carries.
 */
import { maskEmail } from '../atlassian/responses';
import type { Finding, Observation, Report } from '../model/report';
import { mdText } from './scope-markdown';

const DIAGNOSIS_FORMAT = 'token-doctor/diagnosis';
const DIAGNOSIS_VERSION = 1;

export interface DiagnosisOptions {
  /** The sentence the report opens with, as the page shows it. */
  headline: string;
  /** The verdict in words ("Works", "Could not check"…), as the page shows it. */
  verdictLabel: string;
  /** "Verified at" or "Checked at", as the page shows it. */
  checkedLabel: string;
  /** When the check finished, in the page's one date format (local time); ISO UTC when absent. */
  finishedText?: string;
  /** Keep email addresses in full; by default every one is masked. */
  showEmail?: boolean;
  extensionVersion?: string;
}

interface DiagnosisJson {
  format: typeof DIAGNOSIS_FORMAT;
  version: typeof DIAGNOSIS_VERSION;
  extensionVersion: string | null;
  profile: { name: string; kind: string };
  verdict: string;
  verdictLabel: string;
  headline: string;
  /** True only when an authenticated call succeeded ("Verified at"). */
  verified: boolean;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  site: string | null;
  cloudId: string | null;
  token: { fingerprint: string };
  account: { displayName: string; email: string | null; accountType: string | null; active: boolean | null } | null;
  facts: { label: string; value: string }[];
  findings: {
    code: string;
    group: string | null;
    severity: string;
    title: string;
    explanation: string;
    evidence: string[];
    probe: string | null;
    steps: string[];
    correctedUrl: string | null;
    correctedCurl: string | null;
    link: { label: string; url: string } | null;
    sources: { title: string; url: string }[];
  }[];
  requests: {
    id: string;
    request: string;
    status: number | null;
    error: string | null;
    headers: Record<string, string>;
    body: string;
    bodyTruncated: boolean;
    redirectedTo: string | null;
    durationMs: number;
    attempts: number;
  }[];
}

/** Any email address in a text (RFC 5322's common form; enough to mask what a report carries). */
const EMAIL = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

function maskEmails(text: string): string {
  return text.replace(EMAIL, (email) => maskEmail(email));
}

export function diagnosisJson(report: Report, options: DiagnosisOptions): DiagnosisJson {
  const t = options.showEmail ? (s: string) => s : maskEmails;
  const a = report.account;
  return {
    format: DIAGNOSIS_FORMAT,
    version: DIAGNOSIS_VERSION,
    extensionVersion: options.extensionVersion ?? null,
    profile: { name: t(report.profileName), kind: report.kind },
    verdict: report.verdict,
    verdictLabel: options.verdictLabel,
    headline: t(options.headline),
    verified: options.checkedLabel === 'Verified at',
    startedAt: report.startedAt,
    finishedAt: report.finishedAt,
    durationMs: report.durationMs,
    site: report.siteUrl ?? null,
    cloudId: report.cloudId ?? null,
    token: { fingerprint: report.tokenFingerprint },
    account: a
      ? {
          displayName: t(a.displayName),
          email: a.emailMasked ?? null,
          accountType: a.accountType ?? null,
          active: a.active ?? null,
        }
      : null,
    facts: (report.facts ?? []).map((f) => ({ label: f.label, value: t(f.value) })),
    findings: report.findings.map((f) => findingJson(f, t)),
    requests: report.probes.map((p) => requestJson(p, t)),
  };
}

function findingJson(f: Finding, t: (s: string) => string): DiagnosisJson['findings'][number] {
  return {
    code: f.code,
    group: f.group ?? null,
    severity: f.severity,
    title: t(f.title),
    explanation: t(f.explanation),
    evidence: f.evidence.map(t),
    probe: f.probeId ?? null,
    steps: (f.fix?.steps ?? []).map(t),
    correctedUrl: f.fix?.url ? t(f.fix.url) : null,
    correctedCurl: f.fix?.curl ? t(f.fix.curl) : null,
    link: f.fix?.link ? { label: f.fix.link.label, url: f.fix.link.href } : null,
    sources: (f.sources ?? []).map((s) => ({ title: s.title, url: s.url })),
  };
}

function requestJson(p: Observation, t: (s: string) => string): DiagnosisJson['requests'][number] {
  return {
    id: p.probe.id,
    request: t(p.probe.display),
    status: p.status,
    error: p.error ? `${p.error.kind}: ${t(p.error.message)}` : null,
    headers: Object.fromEntries(Object.entries(p.headers).map(([k, v]) => [k, t(v)])),
    body: t(p.body),
    bodyTruncated: p.bodyTruncated,
    redirectedTo: p.redirectedTo ? t(p.redirectedTo) : null,
    durationMs: p.durationMs,
    attempts: p.attempts,
  };
}

/** A fenced code block whose fence is longer than any backtick run inside (CommonMark §4.5). */
function fenced(text: string, info = ''): string[] {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${info}`, text, fence];
}

/** A link whose label is escaped text and whose target is an https URL with no character that ends it. */
function mdLink(label: string, url: string): string {
  return /^https:\/\/[^\s()<>]+$/.test(url) ? `[${mdText(label)}](${url})` : `${mdText(label)} (${mdText(url)})`;
}

const SEVERITY_WORDS: Record<Finding['severity'], string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
  ok: 'OK',
};

/** The Markdown diagnosis: the same content as the JSON, readable in a ticket. */
export function diagnosisMarkdown(report: Report, options: DiagnosisOptions): string {
  const j = diagnosisJson(report, options);
  const lines: string[] = [
    `# Token Doctor diagnosis — ${mdText(j.profile.name)}`,
    '',
    `**${mdText(j.verdictLabel)}**: ${mdText(j.headline)}`,
    '',
  ];
  if (j.site) lines.push(`- Site: ${mdText(j.site)}`);
  if (j.cloudId) lines.push(`- Cloud ID: ${mdText(j.cloudId)}`);
  if (j.account)
    lines.push(
      `- Account: ${mdText(j.account.displayName)}${j.account.email ? ` (${mdText(j.account.email)})` : ''}${j.account.accountType ? `, ${mdText(j.account.accountType)}` : ''}`,
    );
  for (const fact of j.facts) lines.push(`- ${mdText(fact.label)}: ${mdText(fact.value)}`);
  lines.push(`- Credential: ${mdText(j.profile.kind)}, fingerprint ${mdText(j.token.fingerprint)} (not the secret)`);
  lines.push(
    `- ${mdText(options.checkedLabel)}: ${mdText(options.finishedText ?? `${j.finishedAt} (UTC)`)}, took ${j.durationMs} ms`,
  );
  if (j.extensionVersion) lines.push(`- Token Doctor ${mdText(j.extensionVersion)}`);
  lines.push('', '## Findings', '');
  if (j.findings.length === 0) lines.push('No findings.', '');
  j.findings.forEach((f, i) => {
    lines.push(`### ${i + 1}. ${mdText(SEVERITY_WORDS[f.severity as Finding['severity']])}: ${mdText(f.title)}`, '');
    lines.push(mdText(f.explanation), '');
    if (f.evidence.length > 0) lines.push('Evidence:', '', ...f.evidence.map((e) => `- ${mdText(e)}`), '');
    if (f.steps.length > 0) lines.push('What to do:', '', ...f.steps.map((s, n) => `${n + 1}. ${mdText(s)}`), '');
    if (f.correctedUrl) lines.push('Corrected URL:', '', ...fenced(f.correctedUrl), '');
    if (f.correctedCurl) lines.push('Corrected request:', '', ...fenced(f.correctedCurl, 'sh'), '');
    if (f.link) lines.push(`Go to: ${mdLink(f.link.label, f.link.url)}`, '');
    if (f.sources.length > 0) lines.push('Learn more:', '', ...f.sources.map((s) => `- ${mdLink(s.title, s.url)}`), '');
    lines.push(`Code: ${mdText(f.code)}`, '');
  });
  lines.push('## What was sent and what came back', '');
  if (j.requests.length === 0) lines.push('No request was sent.', '');
  else {
    lines.push('| Probe | Request | Answer |', '|---|---|---|');
    for (const r of j.requests)
      lines.push(
        `| ${mdText(r.id)} | ${mdText(r.request)} | ${r.status !== null ? String(r.status) : mdText(r.error ?? 'no answer')}${r.redirectedTo ? ` → ${mdText(r.redirectedTo)}` : ''} |`,
      );
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function diagnosisFileName(report: Report): string {
  const slug =
    report.profileName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'profile';
  return `token-doctor-diagnosis-${slug}-${report.finishedAt.slice(0, 10)}.json`;
}
