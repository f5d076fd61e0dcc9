/** The fault world of safety.test.ts: the default scenario plus one site per transport fault. */
import * as world from '../../emulator';
import { defaultScenario, ScenarioBuilder, type Scenario, type SiteSpec } from '../../emulator';

/** Each fault, what it is classified as, and the verdict: a dropped connection or a 502 taught nothing about the credential (unknown); garbage where JSON was due is an error. */
export const FAULT_SITES: { host: string; switches: Partial<SiteSpec>; code: string; verdict: string }[] = [
  { host: 'reset.atlassian.net', switches: { faults: { reset: true } }, code: 'NETWORK_ERROR', verdict: 'unknown' },
  {
    host: 'huge.atlassian.net',
    switches: { faults: { hugeBodyBytes: 5 * 1024 * 1024 } },
    code: 'UNEXPECTED_RESPONSE',
    verdict: 'error',
  },
  {
    host: 'badgateway.atlassian.net',
    switches: { serverError: { status: 502 } },
    code: 'SERVER_ERROR',
    verdict: 'unknown',
  },
  {
    host: 'truncated.atlassian.net',
    switches: { faults: { truncatedJson: true } },
    code: 'UNEXPECTED_RESPONSE',
    verdict: 'error',
  },
];

export function faultScenario(): Scenario {
  let builder = new ScenarioBuilder(defaultScenario());
  for (const { host, switches } of FAULT_SITES)
    builder = builder.site({ host, cloudId: `c-${host.split('.')[0]}`, products: ['jira'], ...switches });
  const scenario = builder.build();
  for (const account of scenario.accounts)
    if (account.email === world.ADMIN_EMAIL) account.jiraSites.push(...FAULT_SITES.map((s) => s.host));
  return scenario;
}
