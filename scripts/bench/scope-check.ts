/**
 * The scope check in `npm run bench`: for each emulator token with a known scope set, what the
 * adaptive check costs (requests, round trips — counted and timed against the injected latency)
 * and how many scopes it leaves unknown, beside a baseline that asks every catalogue endpoint
 * (four at a time) and runs the same inference on the answers.
 */
import { CAPABILITIES, catalogueScopes } from '../../lib/atlassian/scope-catalogue';
import { gatewayUrl } from '../../lib/atlassian/urls';
import type { Profile } from '../../lib/model/profile';
import { memoryCache, type Transport } from '../../lib/probe/deps';
import { probeRequest, startRun } from '../../lib/probe/run';
import { answerOf } from '../../lib/scopes/adaptive';
import { checkScopes } from '../../lib/scopes/check';
import { inferScopes } from '../../lib/scopes/infer';
import { ACME_CLOUD_ID, ACME_HOST, basicAuthorization, SCOPE_CHECK_TOKENS, type ScopeCheckToken } from '../../emulator';

interface ScopeCheckCase {
  token: string;
  requests: number;
  rounds: number;
  timedRtt: number;
  unknown: number;
  scopes: number;
  baselineRequests: number;
  baselineRtt: number;
  baselineUnknown: number;
}

function profileOf(t: ScopeCheckToken): Profile {
  const stamp = {
    id: `bench-${t.label}`,
    name: t.label,
    createdAt: '2026-12-01T00:00:00.000Z',
    updatedAt: '2026-12-01T00:00:00.000Z',
  };
  return t.kind === 'cloud-api-token'
    ? { ...stamp, kind: 'cloud-api-token', siteUrl: `https://${ACME_HOST}`, email: t.email ?? '', apiToken: t.token }
    : { ...stamp, kind: 'oauth-access-token', siteUrl: `https://${ACME_HOST}`, accessToken: t.token };
}

/** Every catalogue endpoint, four at a time, after the same first round the check makes. */
async function baseline(t: ScopeCheckToken, transport: Transport, prefixRequests: number) {
  const run = startRun({ transport, now: Date.now, cache: memoryCache() }, () => ({ allowed: true }));
  const authorization = t.kind === 'cloud-api-token' ? basicAuthorization(t.email ?? '', t.token) : `Bearer ${t.token}`;
  const answers = [];
  const started = performance.now();
  for (let i = 0; i < CAPABILITIES.length; i += 4) {
    const batch = CAPABILITIES.slice(i, i + 4);
    const seen = await Promise.all(
      batch.map((c) =>
        run.send({
          probe: probeRequest(`scope:${c.id}`, gatewayUrl(c.product, ACME_CLOUD_ID, c.probePath), 'basic'),
          authorization,
        }),
      ),
    );
    answers.push(...batch.map((c, j) => answerOf(c, seen[j]!)));
  }
  const elapsed = performance.now() - started;
  const inference = inferScopes(
    answers,
    catalogueScopes().map((s) => s.scope),
  );
  return {
    requests: prefixRequests + run.probes.reduce((n, o) => n + o.attempts, 0),
    elapsed,
    unknown: inference.scopes.filter((s) => s.state === 'unknown').length,
  };
}

export async function benchScopeCheck(
  transport: Transport,
  latencyMs: number,
): Promise<{ cases: ScopeCheckCase[]; text: string }> {
  const cases: ScopeCheckCase[] = [];
  for (const t of SCOPE_CHECK_TOKENS) {
    const started = performance.now();
    const report = await checkScopes(profileOf(t), { transport, now: Date.now, cache: memoryCache() });
    const elapsed = performance.now() - started;
    const prefix = report.probes.filter((p) => !CAPABILITIES.some((c) => p.id === `scope:${c.id}`));
    const base = await baseline(t, transport, prefix.length);
    const round = (n: number) => Math.round(n * 100) / 100;
    cases.push({
      token: t.label,
      requests: report.check?.requests ?? report.probes.length,
      rounds: report.check?.rounds ?? 0,
      timedRtt: round(elapsed / latencyMs),
      unknown: report.scopes.filter((g) => g.state === 'unknown').length,
      scopes: report.scopes.length,
      baselineRequests: base.requests,
      // The baseline's first round (tenant_info ∥ site, or accessible-resources) is the check's too.
      baselineRtt: round(1 + base.elapsed / latencyMs),
      baselineUnknown: base.unknown,
    });
  }
  const lines = [
    `\nScope check per token (adaptive, against asking every catalogue endpoint; RTT = round trips of ${latencyMs} ms)\n`,
    `${'token'.padEnd(36)}  requests  rounds  timed RTT  unknown/scopes  | every endpoint: requests  RTT  unknown`,
    ...cases.map(
      (c) =>
        `${c.token.padEnd(36)}  ${String(c.requests).padStart(8)}  ${String(c.rounds).padStart(6)}  ${c.timedRtt.toFixed(2).padStart(9)}  ${`${c.unknown}/${c.scopes}`.padStart(14)}  | ${String(c.baselineRequests).padStart(24)}  ${c.baselineRtt.toFixed(2).padStart(4)}  ${String(c.baselineUnknown).padStart(7)}`,
    ),
  ];
  return { cases, text: lines.join('\n') };
}
