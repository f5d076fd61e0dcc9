/**
 * A world for checking many profiles at once (the fleet tests and `npm run bench`): `sites` Jira
 * Cloud sites `fleet-<n>.atlassian.net`, one account with Jira on all of them, and `profiles`
 * unscoped API tokens of that account spread evenly over the sites. Site switches (rate limits,
 * latency) are set afterwards with `scenarioBuilder(world.scenario).updateSite(…)`.
 */
import { fakeAccountId, fakeCloudApiToken, fakeUuid } from './fake-ids';
import { scenarioBuilder, type Scenario } from './scenario';

export const FLEET_EMAIL = 'fleet.owner@acme.example';

export interface FleetCredential {
  /** `https://fleet-<n>.atlassian.net` */
  siteUrl: string;
  host: string;
  email: string;
  apiToken: string;
}

export function fleetHost(site: number): string {
  return `fleet-${site}.atlassian.net`;
}

export function fleetScenario(sites: number, profiles: number): { scenario: Scenario; credentials: FleetCredential[] } {
  const builder = scenarioBuilder();
  const hosts = Array.from({ length: sites }, (_, i) => fleetHost(i));
  for (const host of hosts) builder.site({ host, cloudId: fakeUuid(`cloud/${host}`), products: ['jira'] });
  builder.account({
    accountId: fakeAccountId(FLEET_EMAIL),
    email: FLEET_EMAIL,
    displayName: 'Fleet Owner',
    active: true,
    accountType: 'atlassian',
    jiraSites: hosts,
  });
  const credentials = Array.from({ length: profiles }, (_, i) => {
    const host = hosts[i % sites]!;
    const apiToken = fakeCloudApiToken(`fleet/${i}`);
    builder.token({ kind: 'unscoped', token: apiToken, ownerEmail: FLEET_EMAIL, state: 'active' });
    return { siteUrl: `https://${host}`, host, email: FLEET_EMAIL, apiToken };
  });
  return { scenario: builder.build(), credentials };
}
