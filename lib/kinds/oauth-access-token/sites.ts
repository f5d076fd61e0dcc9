/** Which granted sites an OAuth diagnosis looks at: read from accessible-resources and the profile's site. */
import type { AccessibleResource } from '../../atlassian/responses';
import type { OAuthLint } from './lint';

/** The same id appears once per container (Jira, Confluence); Jira's carry Jira scopes. */
function jiraSites(resources: AccessibleResource[]): AccessibleResource[] {
  const seen = new Set<string>();
  return resources.filter((r) => {
    if (seen.has(r.id) || !r.scopes.some((s) => /jira/.test(s))) return false;
    seen.add(r.id);
    return true;
  });
}

/** The granted site the profile names, when it names one. */
export function chosenSite(lint: OAuthLint, resources: AccessibleResource[]): AccessibleResource | undefined {
  return lint.site ? resources.find((r) => r.url.toLowerCase() === lint.site?.origin) : undefined;
}

/** The sites /myself is asked on: the chosen one, or the first five granted Jira sites. */
export function targetSites(lint: OAuthLint, resources: AccessibleResource[]): AccessibleResource[] {
  if (resources.length === 0) return [];
  const chosen = chosenSite(lint, resources);
  if (lint.site && !chosen) return [];
  return chosen ? [chosen] : jiraSites(resources).slice(0, 5);
}
