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
import { verdictOf } from '../model/verdict';
import type { AccountSummary, Finding, Observation, ProbeId, ProbeRequest, Report } from '../model/report';

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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
  };
  return {
    startedAt,
    ctx,
    probes,
    secrets,
    ...(maxRequests === undefined ? {} : { maxRequests }),
    async send(spec) {
      // Counted when asked, not when answered: requests sent at once all count.
      if (maxRequests !== undefined && sent >= maxRequests) {
        const refused = overBudget(spec, maxRequests);
        probes.push(refused);
        return refused;
      }
      sent += 1;
      if (spec.authorization !== undefined) secrets.learnAuthorization(spec.authorization);
      // What came back may repeat the request (an echoing proxy): it is recorded without the secret.
      const observation = secrets.scrub(await sendProbe(spec, ctx));
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
