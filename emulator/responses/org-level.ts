/**
 * Answers of the org-level APIs on `api.atlassian.com` (not below `/ex/{product}/{cloudId}`):
 * OAuth accessible-resources (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/), the organization admin API (https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/), Id Mapping
 * (https://developer.atlassian.com/cloud/migration/status-and-download-report) and JSM Operations (https://developer.atlassian.com/cloud/jira/service-desk-ops/security/basic-auth-for-rest-apis). Bodies no public source gives are ASSUMPTIONS and
 * kept plain; each says so.
 */
import type { AccountSpec, Product, SiteSpec } from '../scenario';
import type { OrgSpec } from '../scenario-kinds';
import { json, type ResponseContext } from './envelope';

// ---- OAuth 2.0 (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/) ----------------------------------------------------------------

export interface AccessibleResource {
  site: SiteSpec;
  product: Product;
  scopes: readonly string[];
}

/** https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/ example avatar. */
const SITE_AVATAR = 'https://site-admin-avatar-cdn.prod.public.atl-paas.net/avatars/240/flag.png';

/**
 * https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/: a JSON array of `{id, name, url, scopes, avatarUrl}`; `id` is the cloudId and the
 * same id may appear twice (Jira and Confluence containers, told apart only by their scopes).
 * The site `name` (the host's first label) is our choice.
 */
export function accessibleResources(ctx: ResponseContext, resources: readonly AccessibleResource[]): Response {
  return json(
    ctx,
    200,
    resources.map((r) => ({
      id: r.site.cloudId,
      name: r.site.host.split('.')[0] ?? r.site.host,
      url: `https://${r.site.host}`,
      scopes: [...r.scopes],
      avatarUrl: SITE_AVATAR,
    })),
  );
}

// ---- Organization admin API (https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/) -----------------------------------------------------

export const ADMIN_ORGS_URL = 'https://api.atlassian.com/admin/v1/orgs';

/**
 * https://jira.atlassian.com/browse/ACCESS-966: a valid org API key → 200 with EMPTY data, exactly
 * `{"data":[],"links":{"self":"https://api.atlassian.com/admin/v1/orgs"},"meta":null}`.
 */
export function adminOrgsEmpty(ctx: ResponseContext): Response {
  return json(ctx, 200, { data: [], links: { self: ADMIN_ORGS_URL }, meta: null });
}

/**
 * https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/: documented 200 of `GET /admin/v1/orgs/{orgId}`: `data: {id, type:"orgs",
 * attributes:{name}, relationships, links:{self}}`. The relationship links are filled in the
 * documented style (their exact content is an assumption).
 */
export function adminOrg(ctx: ResponseContext, org: OrgSpec): Response {
  const self = `${ADMIN_ORGS_URL}/${org.id}`;
  return json(ctx, 200, {
    data: {
      id: org.id,
      type: 'orgs',
      attributes: { name: org.name },
      relationships: {
        domains: { links: { related: `${self}/domains` } },
        users: { links: { related: `${self}/users` } },
      },
      links: { self },
    },
  });
}

/**
 * https://dac-static.atlassian.com/cloud/admin/organization/swagger.v3.json: 401 `Error.Unauthenticated` (spec name only). ASSUMPTION: this body; the classifier
 * may rely on the 401 alone.
 */
export function adminUnauthenticated(ctx: ResponseContext): Response {
  return json(ctx, 401, { code: 401, message: 'Unauthorized' });
}

/** https://dac-static.atlassian.com/cloud/admin/organization/swagger.v3.json: 404 `Error.OrgNotFound` (spec name only). ASSUMPTION: this body. */
export function adminOrgNotFound(ctx: ResponseContext): Response {
  return json(ctx, 404, { code: 404, message: 'Organization not found' });
}

// ---- Id Mapping (https://developer.atlassian.com/cloud/migration/status-and-download-report) ---------------------------------------------------------------

/** https://developer.atlassian.com/cloud/migration/status-and-download-report: 404 with the request id. */
export function idMappingJobNotFound(ctx: ResponseContext, jobId: string): Response {
  return json(ctx, 404, {
    status: 404,
    errorMessage: `Job not found with ID: ${jobId}. The job ID may be incorrect or expired.`,
    id: ctx.traceId,
  });
}

/** https://developer.atlassian.com/cloud/migration/status-and-download-report: 200 `{"jobId":"<JOB_ID>","status":"SUCCESS"}`. */
export function idMappingJob(ctx: ResponseContext, jobId: string, status: string): Response {
  return json(ctx, 200, { jobId, status });
}

/** Atlassian's "Authorization for Id Mapping" page: `{"status": 401, "errorMessage": "Unauthorized"}`. */
export function idMappingUnauthorized(ctx: ResponseContext): Response {
  return json(ctx, 401, { status: 401, errorMessage: 'Unauthorized' });
}

/** https://developer.atlassian.com/cloud/migration/status-and-download-report: 403 for an account without site/org admin rights. ASSUMPTION: the body (no public source gives it). */
export function idMappingForbidden(ctx: ResponseContext): Response {
  return json(ctx, 403, { status: 403, errorMessage: 'Forbidden' });
}

// ---- JSM Operations (https://developer.atlassian.com/cloud/jira/service-desk-ops/security/basic-auth-for-rest-apis) -----------------------------------------------------------

/** ASSUMPTION: the list shape (`values` + `links`); https://developer.atlassian.com/cloud/jira/service-desk-ops/security/basic-auth-for-rest-apis give no success body. */
export function jsmSchedules(ctx: ResponseContext, site: SiteSpec, account: AccountSpec): Response {
  const team = site.host.split('.')[0] ?? 'team';
  return json(ctx, 200, {
    values: [
      {
        id: `schedule-${site.cloudId.slice(0, 8)}`,
        name: `${team} on-call`,
        description: '',
        timezone: account.timeZone ?? 'Etc/UTC',
        enabled: true,
      },
    ],
    links: { next: null },
  });
}

/** https://jira.atlassian.com/browse/JSDCLOUD-17685: service accounts are not entitled. ASSUMPTION: the 403 body. */
export function jsmForbidden(ctx: ResponseContext): Response {
  return json(ctx, 403, { code: 403, message: 'Forbidden' });
}
