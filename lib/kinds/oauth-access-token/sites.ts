/** Which granted sites an OAuth diagnosis looks at: read from accessible-resources and the profile's site. */
import { environmentOfHost, isManifestSiteHost } from '../../atlassian/hosts';
import type { AccessibleResource } from '../../atlassian/responses';
import type { OAuthLint } from './lint';

/**
 * A legacy `<name>.jira.com` Site URL (Cloud by rule): accessible-resources lists the site by its
 * atlassian.net address, so the grant is matched by the cloudId the legacy name's tenant_info
 * names when the address does not match.
 */
export function isLegacySiteName(site: { host: string; customDomain?: true }): boolean {
  return !site.customDomain && !isManifestSiteHost(site.host) && environmentOfHost(site.host) === 'commercial';
}

/** The same id appears once per container (Jira, Confluence); Jira's carry Jira scopes. */
function jiraSites(resources: AccessibleResource[]): AccessibleResource[] {
  const seen = new Set<string>();
  return resources.filter((r) => {
    if (seen.has(r.id) || !r.scopes.some((s) => /jira/.test(s))) return false;
    seen.add(r.id);
    return true;
  });
}

/**
 * The granted site the profile names, when it names one: by its URL, or, for a Cloud site on a
 * custom domain or a legacy *.jira.com name, by the cloudId its anonymous `/_edge/tenant_info`
 * named (`siteCloudId`).
 * accessible-resources is documented with the site's `https://<site>.atlassian.net` address
 * (https://developer.atlassian.com/cloud/oauth/getting-started/making-calls-to-api/) and no public
 * source says it ever lists a custom domain, so a custom domain is matched by cloudId only: a
 * custom domain whose cloudId is unknown matches no granted site.
 */
export function chosenSite(
  lint: OAuthLint,
  resources: AccessibleResource[],
  siteCloudId?: string,
): AccessibleResource | undefined {
  const site = lint.site;
  if (!site) return undefined;
  const byId = () => {
    const same = resources.filter((r) => r.id === siteCloudId);
    return same.find((r) => r.scopes.some((s) => /jira/.test(s))) ?? same[0];
  };
  if (site.customDomain) return siteCloudId === undefined ? undefined : byId();
  const byUrl = resources.find((r) => r.url.toLowerCase() === site.origin);
  return byUrl ?? (siteCloudId !== undefined && isLegacySiteName(site) ? byId() : undefined);
}

/** The sites /myself is asked on: the chosen one, or the first five granted Jira sites. */
export function targetSites(
  lint: OAuthLint,
  resources: AccessibleResource[],
  siteCloudId?: string,
): AccessibleResource[] {
  if (resources.length === 0) return [];
  const chosen = chosenSite(lint, resources, siteCloudId);
  if (lint.site && !chosen) return [];
  return chosen ? [chosen] : jiraSites(resources).slice(0, 5);
}
