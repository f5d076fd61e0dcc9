/**
 * Id Mapping status (https://developer.atlassian.com/cloud/migration/status-and-download-report and Atlassian's "Authorization for Id Mapping" page):
 * `GET https://api.atlassian.com/migrations/reports/v1/id-mappings/{jobId}` with Basic
 * `email:api-token`; the account needs site or org admin rights on a destination site.
 */
import type { Call } from './call';
import { checkBasic } from './credentials';
import { springNotFound } from './responses/gateway';
import { idMappingForbidden, idMappingJob, idMappingJobNotFound, idMappingUnauthorized } from './responses/org-level';
import type { AccountSpec, Scenario } from './scenario';

/** Site admin of some site (`siteAdminOf`) or admin of some org (`OrgSpec.adminEmails`). */
function isSiteOrOrgAdmin(scenario: Scenario, account: AccountSpec): boolean {
  if ((account.siteAdminOf ?? []).length > 0) return true;
  const email = account.email.toLowerCase();
  return (scenario.orgs ?? []).some((o) => (o.adminEmails ?? []).some((e) => e.toLowerCase() === email));
}

/** Paths under `/migrations/`; undefined for anything that is not one. */
export function handleMigrations(call: Call): Response | undefined {
  const path = call.url.pathname;
  if (!path.startsWith('/migrations/')) return undefined;
  const m = /^\/migrations\/reports\/v1\/id-mappings\/([^/]+)$/.exec(path);
  if (m === null || m[1] === 'trigger') return springNotFound(call.ctx, path, call.now); // not emulated (POST only)
  const jobId = decodeURIComponent(m[1] ?? '');
  const cred = call.credential;
  // https://developer.atlassian.com/cloud/migration/status-and-download-report: invalid auth → `{"status": 401, "errorMessage": "Unauthorized"}` (also for
  // absent credentials, Bearer, or a Basic value that is not email + token: assumption).
  if (cred.kind !== 'basic') return idMappingUnauthorized(call.ctx);
  const verdict = checkBasic(call.scenario, cred.email, cred.secret);
  if (verdict.outcome === 'rejected') return idMappingUnauthorized(call.ctx);
  // ASSUMPTION: scoped and unscoped tokens are both accepted (https://developer.atlassian.com/cloud/migration/status-and-download-report says only "API token";
  // its 403 causes include "API token has insufficient scope", which is not modelled).
  // https://developer.atlassian.com/cloud/migration/status-and-download-report: no site/org admin rights → 403; the body is an assumption.
  if (!isSiteOrOrgAdmin(call.scenario, verdict.account)) return idMappingForbidden(call.ctx);
  const job = (call.scenario.idMappingJobs ?? []).find((j) => j.jobId === jobId);
  if (job !== undefined) return idMappingJob(call.ctx, job.jobId, job.status); // https://developer.atlassian.com/cloud/migration/status-and-download-report
  // https://developer.atlassian.com/cloud/migration/status-and-download-report: the documented answer for a job id that does not exist, with valid credentials.
  return idMappingJobNotFound(call.ctx, jobId);
}
