/**
 * What every diagnosis shares: the probe context (transport, clock, deadline, where the secret
 * may go), the list of probes in the order they were sent, and the report at the end.
 */
import type { Profile } from '../model/profile';
import { PROBE_TIMEOUT_MS, RUN_BUDGET_MS } from './limits';
import type { PolicyDecision } from './policy';
import { secretSet, type Credentials, type SecretSet } from './secrets';
import { sendProbe, type ProbeContext, type ProbeSpec } from './send';
import type { EngineDeps } from './deps';
import { throwIfCancelled } from './cancel';
import { probeCall, type ProbeInFlight, type RunProgress } from './progress';
import { verdictOf } from '../model/verdict';
import type { AccountSummary, Finding, Observation, ProbeId, ProbeRequest, Report } from '../model/report';

/** Waits `ms`, or less when the signal aborts (the caller then sees the run cancelled). */
const defaultSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

export interface Run {
  startedAt: number;
  ctx: ProbeContext;
  probes: Observation[];
  /** The most requests this run may send; the next one is refused, not sent. */
  maxRequests?: number;
  /** The secrets the run knows: every observation is recorded with them scrubbed out. */
  secrets: SecretSet;
  send(spec: ProbeSpec): Promise<Observation>;
}

interface RunOptions {
  /** A request budget (the scope check's politeness budget); absent: no count limit. */
  maxRequests?: number;
  /** The profile's secrets, known before anything is sent (the run also learns each Authorization it sends). */
  secrets?: Credentials;
}

/** The observation of a probe the run's request budget refused: nothing was sent. */
function overBudget(spec: ProbeSpec, maxRequests: number): Observation {
  return {
    probe: spec.probe,
    status: null,
    error: {
      kind: 'blocked-by-policy',
      message: `not sent: this check may send at most ${maxRequests} requests, and all of them were used`,
    },
    headers: {},
    body: '',
    bodyTruncated: false,
    durationMs: 0,
    attempts: 0,
  };
}

export function startRun(
  deps: EngineDeps,
  secretPolicy: (url: string) => PolicyDecision,
  options: RunOptions = {},
): Run {
  const startedAt = deps.now();
  const probes: Observation[] = [];
  const { maxRequests } = options;
  const secrets = secretSet(options.secrets);
  let sent = 0;
  const ctx: ProbeContext = {
    transport: deps.transport,
    now: deps.now,
    sleep: deps.sleep ?? defaultSleep,
    probeTimeoutMs: deps.probeTimeoutMs ?? PROBE_TIMEOUT_MS,
    deadline: startedAt + (deps.runBudgetMs ?? RUN_BUDGET_MS),
    secretPolicy,
    ...(deps.signal ? { signal: deps.signal } : {}),
  };
  const inFlight: ProbeInFlight[] = [];
  let answered = 0;
  /** What the run is doing, for whoever listens (the background passes it on to the pages). */
  const tell = () => {
    if (!deps.onProgress) return;
    const progress: RunProgress = {
      startedAt,
      budgetMs: ctx.deadline - startedAt,
      inFlight: inFlight.map((p) => ({ ...p })),
      sent,
      answered,
      ...(maxRequests === undefined ? {} : { maxRequests }),
    };
    deps.onProgress(secrets.scrub(progress));
  };
  return {
    startedAt,
    ctx,
    probes,
    secrets,
    ...(maxRequests === undefined ? {} : { maxRequests }),
    async send(spec) {
      // A cancelled run sends nothing more: the plan stops here, and no report is made.
      throwIfCancelled(deps.signal);
      // Counted when asked, not when answered: requests sent at once all count.
      if (maxRequests !== undefined && sent >= maxRequests) {
        const refused = overBudget(spec, maxRequests);
        probes.push(refused);
        return refused;
      }
      sent += 1;
      if (spec.authorization !== undefined) secrets.learnAuthorization(spec.authorization);
      const started = ctx.now();
      const entry: ProbeInFlight = {
        probe: spec.probe.id,
        call: probeCall(spec.probe.url),
        startedAt: started,
        timeoutMs: Math.max(0, Math.min(ctx.probeTimeoutMs, ctx.deadline - started)),
      };
      inFlight.push(entry);
      tell();
      let answer: Observation;
      try {
        answer = await sendProbe(spec, ctx);
      } finally {
        inFlight.splice(inFlight.indexOf(entry), 1);
        answered += 1;
        tell();
      }
      // An answer that arrived as the run was cancelled is not used: the run ends without a report.
      throwIfCancelled(deps.signal);
      // What came back may repeat the request (an echoing proxy): it is recorded without the secret.
      const observation = secrets.scrub(answer);
      probes.push(observation);
      return observation;
    },
  };
}

/** A probe request with its redacted display line (the secret never appears, only `shown`). */
export function probeRequest(id: ProbeId, url: string, auth: ProbeRequest['auth'], shown = ''): ProbeRequest {
  return { id, url, auth, display: `GET ${url}${auth === 'none' || shown === '' ? '' : `  ${shown}`}` };
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
