/**
 * What every diagnosis shares: the probe context (transport, clock, deadline, where the secret
 * may go), the list of probes in the order they were sent, and the report at the end.
 */
import { maskEmail } from '../atlassian/responses';
import type { Profile } from '../model/profile';
import { PROBE_TIMEOUT_MS, RUN_BUDGET_MS } from './limits';
import type { PolicyDecision } from './policy';
import { sendProbe, type ProbeContext, type ProbeSpec } from './send';
import type { EngineDeps } from './deps';
import { verdictOf } from '../model/verdict';
import type { AccountSummary, Finding, Observation, ProbeId, ProbeRequest, Report } from '../model/report';

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface Run {
  startedAt: number;
  ctx: ProbeContext;
  probes: Observation[];
  send(spec: ProbeSpec): Promise<Observation>;
}

export function startRun(deps: EngineDeps, secretPolicy: (url: string) => PolicyDecision): Run {
  const startedAt = deps.now();
  const probes: Observation[] = [];
  const ctx: ProbeContext = {
    transport: deps.transport,
    now: deps.now,
    sleep: deps.sleep ?? defaultSleep,
    probeTimeoutMs: deps.probeTimeoutMs ?? PROBE_TIMEOUT_MS,
    deadline: startedAt + (deps.runBudgetMs ?? RUN_BUDGET_MS),
    secretPolicy,
  };
  return {
    startedAt,
    ctx,
    probes,
    async send(spec) {
      const observation = await sendProbe(spec, ctx);
      probes.push(observation);
      return observation;
    },
  };
}

/** A probe request with its redacted display line (the secret never appears, only `shown`). */
export function probeRequest(id: ProbeId, url: string, auth: ProbeRequest['auth'], shown = ''): ProbeRequest {
  return { id, url, auth, display: `GET ${url}${auth === 'none' || shown === '' ? '' : `  ${shown}`}` };
}

export function shownBasic(email: string, fingerprint: string): string {
  return `Authorization: Basic ‹${maskEmail(email)}:${fingerprint}›`;
}

export function shownBearer(fingerprint: string): string {
  return `Authorization: Bearer ‹${fingerprint}›`;
}

export interface ReportParts {
  tokenFingerprint: string;
  findings: Finding[];
  siteUrl?: string;
  cloudId?: string;
  account?: AccountSummary;
  facts?: { label: string; value: string }[];
}

export function finishReport(profile: Profile, run: Run, deps: EngineDeps, parts: ReportParts): Report {
  const finishedAt = deps.now();
  const report: Report = {
    schema: 1,
    profileId: profile.id,
    profileName: profile.name,
    kind: profile.kind,
    tokenFingerprint: parts.tokenFingerprint,
    startedAt: new Date(run.startedAt).toISOString(),
    finishedAt: new Date(finishedAt).toISOString(),
    durationMs: Math.round(finishedAt - run.startedAt),
    verdict: verdictOf(parts.findings),
    findings: parts.findings,
    probes: run.probes,
  };
  if (parts.siteUrl) report.siteUrl = parts.siteUrl;
  if (parts.cloudId) report.cloudId = parts.cloudId;
  if (parts.account) report.account = parts.account;
  if (parts.facts && parts.facts.length > 0) report.facts = parts.facts;
  return report;
}
