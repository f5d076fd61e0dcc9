/**
 * Answers of the org-level APIs on `api.atlassian.com` (not below `/ex/{product}/{cloudId}`):
 * OAuth accessible-resources (facts §3.1), the organization admin API (facts §4), Id Mapping
 * (facts §5.1) and JSM Operations (facts §5.3). Bodies facts.md does not give are ASSUMPTIONS and
 * kept plain; each says so.
 */
import type { AccountSpec, Product, SiteSpec } from '../scenario';
import type { OrgSpec } from '../scenario-kinds';
import { json, type ResponseContext } from './envelope';

// ---- OAuth 2.0 (facts §3.1) ----------------------------------------------------------------

export interface AccessibleResource {
  site: SiteSpec;
  product: Product;
  scopes: readonly string[];
}

/** facts §3.1 example avatar. */
const SITE_AVATAR = 'https://site-admin-avatar-cdn.prod.public.atl-paas.net/avatars/240/flag.png';

/**
 * facts §3.1: a JSON array of `{id, name, url, scopes, avatarUrl}`; `id` is the cloudId and the
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

// ---- Organization admin API (facts §4) -----------------------------------------------------

export const ADMIN_ORGS_URL = 'https://api.atlassian.com/admin/v1/orgs';

/**
 * facts §4 (ACCESS-966): a valid org API key → 200 with EMPTY data, exactly
 * `{"data":[],"links":{"self":"https://api.atlassian.com/admin/v1/orgs"},"meta":null}`.
 */
export function adminOrgsEmpty(ctx: ResponseContext): Response {
  return json(ctx, 200, { data: [], links: { self: ADMIN_ORGS_URL }, meta: null });
}

/**
 * facts §4: documented 200 of `GET /admin/v1/orgs/{orgId}`: `data: {id, type:"orgs",
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
 * facts §4: 401 `Error.Unauthenticated` (spec name only). ASSUMPTION: this body; the classifier
 * may rely on the 401 alone.
 */
export function adminUnauthenticated(ctx: ResponseContext): Response {
  return json(ctx, 401, { code: 401, message: 'Unauthorized' });
}

/** facts §4: 404 `Error.OrgNotFound` (spec name only). ASSUMPTION: this body. */
export function adminOrgNotFound(ctx: ResponseContext): Response {
  return json(ctx, 404, { code: 404, message: 'Organization not found' });
}

// ---- Id Mapping (facts §5.1) ---------------------------------------------------------------

/** facts §5.1 (status-and-download-report doc): 404 with the request id. */
export function idMappingJobNotFound(ctx: ResponseContext, jobId: string): Response {
  return json(ctx, 404, {
    status: 404,
    errorMessage: `Job not found with ID: ${jobId}. The job ID may be incorrect or expired.`,
    id: ctx.traceId,
  });
}

/** facts §5.1: 200 `{"jobId":"<JOB_ID>","status":"SUCCESS"}`. */
export function idMappingJob(ctx: ResponseContext, jobId: string, status: string): Response {
  return json(ctx, 200, { jobId, status });
}

/** facts §5.1 (seeds/000, "Authorization for Id Mapping"): `{"status": 401, "errorMessage": "Unauthorized"}`. */
export function idMappingUnauthorized(ctx: ResponseContext): Response {
  return json(ctx, 401, { status: 401, errorMessage: 'Unauthorized' });
}

/** facts §5.1: 403 for an account without site/org admin rights. ASSUMPTION: the body (facts: "not confirmed"). */
export function idMappingForbidden(ctx: ResponseContext): Response {
  return json(ctx, 403, { status: 403, errorMessage: 'Forbidden' });
}

// ---- JSM Operations (facts §5.3) -----------------------------------------------------------

/** ASSUMPTION: the list shape (`values` + `links`); facts §5.3 give no success body. */
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

/** facts §5.3 (JSDCLOUD-17685): service accounts are not entitled. ASSUMPTION: the 403 body. */
export function jsmForbidden(ctx: ResponseContext): Response {
  return json(ctx, 403, { code: 403, message: 'Forbidden' });
}
