/** The demo's profiles: one per everyday situation, all against the emulator's default world. */
import * as world from '../tests/emulator';

export interface DemoProfile {
  name: string;
  siteUrl: string;
  email: string;
  apiToken: string;
}

export const DEMO_PROFILES: DemoProfile[] = [
  { name: 'Acme — admin token', siteUrl: `https://${world.ACME_HOST}`, email: world.ADMIN_EMAIL, apiToken: world.UNSCOPED_TOKEN },
  { name: 'Acme — scoped sync token', siteUrl: `https://${world.ACME_HOST}`, email: world.ADMIN_EMAIL, apiToken: world.SCOPED_TOKEN_READ_JIRA_USER },
  { name: 'Acme — vendor token, few scopes', siteUrl: `https://${world.ACME_HOST}`, email: world.ADMIN_EMAIL, apiToken: world.SCOPED_TOKEN_WITHOUT_USER_SCOPE },
  { name: 'Acme — token from last year', siteUrl: `https://${world.ACME_HOST}`, email: world.ADMIN_EMAIL, apiToken: world.EXPIRED_TOKEN },
  { name: 'Acme — pasted from a runbook', siteUrl: `http://${world.ACME_HOST}/jira/software`, email: world.ADMIN_EMAIL, apiToken: `${world.UNSCOPED_TOKEN} ` },
  { name: 'Locked — after a retry loop', siteUrl: `https://${world.LOCKED_HOST}`, email: world.ADMIN_EMAIL, apiToken: world.UNSCOPED_TOKEN },
  { name: 'Typo in the site name', siteUrl: `https://${world.UNKNOWN_HOST}`, email: world.ADMIN_EMAIL, apiToken: world.UNSCOPED_TOKEN },
];
