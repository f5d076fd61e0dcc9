/**
 * Where a pasted request goes, decided from its host, path and credential before any rule runs:
 * every rule that follows is the rule of that target only (a username is right on Data Center
 * and wrong on Cloud; `/wiki` is right on Confluence Cloud and wrong on a Jira site).
 *
 * Hosts: `*.atlassian.net` (with or without `/wiki`), the gateway `api.atlassian.com`
 * (`/ex/jira|confluence/{cloudId}`, `/jsm/ops/…`, `/admin/…`), Government Cloud
 * (`*.atlassian-us-gov-mod.net`, `api.atlassian-us-gov-mod.com`), Bitbucket Cloud
 * (`api.bitbucket.org/2.0`, `bitbucket.org`), Opsgenie (`api.opsgenie.com`, `api.eu.opsgenie.com`).
 * Any other host with a Jira or Confluence REST path is a Data Center server; a Cloud site on a
 * custom domain looks the same from the text alone (https://github.com/aquasecurity/postee/pull/668),
 * which the target says.
 */
import {
  GATEWAY_HOST,
  GOV_GATEWAY_HOST,
  isAtlassianOwnedHost,
  isBitbucketCloudHost,
  isCloudSiteHost,
  isGovCloudHost,
  isOpsgenieHost,
} from '../atlassian/hosts';
import type { DerivedCredential } from './read/credential';

export type TargetId =
  | 'jira-cloud'
  | 'jira-gateway'
  | 'confluence-cloud'
  | 'jira-dc'
  | 'confluence-dc'
  | 'bitbucket-cloud'
  | 'gov-cloud'
  | 'jsm-ops'
  | 'admin-api'
  | 'not-atlassian'
  | 'unknown';

export const TARGET_LABELS: Record<TargetId, string> = {
  'jira-cloud': 'Jira Cloud site',
  'jira-gateway': 'Jira Cloud through the API gateway',
  'confluence-cloud': 'Confluence Cloud',
  'jira-dc': 'Jira Data Center',
  'confluence-dc': 'Confluence Data Center',
  'bitbucket-cloud': 'Bitbucket Cloud',
  'gov-cloud': 'Government Cloud',
  'jsm-ops': 'JSM operations / Opsgenie',
  'admin-api': 'Atlassian admin API',
  'not-atlassian': 'not an Atlassian service',
  unknown: 'not known',
};

export interface RequestTarget {
  id: TargetId;
  label: string;
  /** What in the request decided it, in words. */
  because: string;
  /** What the text alone cannot tell. */
  caveat?: string;
  /** Lower case, no port. */
  host?: string;
  /** `scheme://host[:port]` as it should be called. */
  origin?: string;
  /** The path and query after the host, as written. */
  path: string;
  /** Jira or Confluence, where the target serves one of them. */
  product?: 'jira' | 'confluence';
  /** Cloud: on the site itself or through the API gateway. */
  via?: 'site' | 'gateway';
  /** Data Center: what stands before `/rest` (`/jira`, `/confluence`), '' at the root. */
  contextPath?: string;
  /** Data Center and Confluence: the path from `/rest` or `/api/v2` on, with its query. */
  apiPath?: string;
  /** Confluence Cloud on a site: the path lacks `/wiki`. */
  missingWiki?: boolean;
}

const SPLIT = /^(?:([a-z][a-z0-9+.-]*):\/\/)?([^/?#\s]*)([^\s]*)$/i;
/** Jira REST paths of Data Center (and Cloud): `/rest/api/2`, `/rest/api/latest`, the agile and service desk APIs. */
const JIRA_REST = /\/rest\/(?:api\/(?:2|3|latest)|agile|servicedeskapi|auth|greenhopper)(?=[/?#]|$)/;
/** Confluence REST v1 resources (`/rest/api/content`, `/rest/api/space` …) and v2 (`/api/v2/…`). */
const CONFLUENCE_REST =
  /\/rest\/api\/(?:1\.0\/)?(?:content|space|search|user|group|longtask|settings|audit|contentbody|template|label|relation|accessmode)(?=[/?#]|$)|\/api\/v2\/(?:pages|spaces|blogposts|attachments|comments|labels|tasks|folders|whiteboards|databases|custom-content|footer-comments|inline-comments|users)(?=[/?#]|$)/;

function label(id: TargetId): string {
  return TARGET_LABELS[id];
}

function make(id: TargetId, because: string, extra: Partial<RequestTarget> & { path: string }): RequestTarget {
  return { id, label: label(id), because, ...extra };
}

function pathOf(path: string): string {
  return path.replace(/[?#].*$/, '');
}

/** Where the request at `url` goes, with the credential it sends (an Opsgenie GenieKey is told by its scheme). */
export function decideTarget(
  url: string | undefined,
  credential?: Pick<DerivedCredential, 'scheme' | 'header'>,
): RequestTarget {
  if (url === undefined || url.trim() === '')
    return make('unknown', 'the paste has no URL (or its value is not in the paste)', { path: '' });
  const match = SPLIT.exec(url.trim());
  if (!match) return make('unknown', 'the URL could not be read', { path: '' });
  const [, scheme, hostText = '', path = ''] = match;
  const hostPort = hostText.toLowerCase().replace(/\.$/, '');
  const host = hostPort.replace(/:\d+$/, '');
  if (host === '') return make('unknown', 'the URL names no host', { path });
  // `<REQUEST_URL>`, `{site}`, `$JIRA_URL`: documentation text left in; where it goes is not in the paste.
  if (/[<>{}$%]/.test(host)) return make('unknown', 'the host is a placeholder', { path });
  const origin = `${scheme?.toLowerCase() === 'http' && !isAtlassianOwnedHost(host) ? 'http' : 'https'}://${hostPort}`;
  const at = { host, origin, path };
  const bare = pathOf(path);
  const genieKey = credential?.scheme === 'other' && /^\s*GenieKey\s/i.test(credential.header?.value ?? '');

  if (host === GATEWAY_HOST) {
    if (/^\/jsm\/ops\//.test(bare))
      return make(
        'jsm-ops',
        `${host}${bare.startsWith('/jsm/ops/integration') ? '/jsm/ops/integration' : '/jsm/ops/api'} is the JSM operations API`,
        at,
      );
    if (/^\/admin\//.test(bare)) return make('admin-api', `${host}/admin is the organization admin API`, at);
    if (/^\/scim\/directory\//i.test(bare))
      return make('admin-api', `${host}/scim/directory is the user provisioning (SCIM) API`, at);
    if (/^\/ex\/confluence(?:\/|$)/.test(bare) || /^\/wiki(?:\/|$)/.test(bare))
      return make('confluence-cloud', `${host}/ex/confluence is Confluence Cloud through the API gateway`, {
        ...at,
        product: 'confluence',
        via: 'gateway',
      });
    return make('jira-gateway', `${host}${/^\/ex\/jira/.test(bare) ? '/ex/jira' : ''} is the Atlassian API gateway`, {
      ...at,
      product: 'jira',
      via: 'gateway',
    });
  }
  if (isGovCloudHost(host)) {
    const confluence = /^\/wiki(?:\/|$)|^\/ex\/confluence(?:\/|$)/.test(bare);
    return make('gov-cloud', `${host} is an Atlassian Government Cloud host`, {
      ...at,
      product: confluence ? 'confluence' : 'jira',
      via: host === GOV_GATEWAY_HOST ? 'gateway' : 'site',
    });
  }
  if (isOpsgenieHost(host) || genieKey)
    return make('jsm-ops', isOpsgenieHost(host) ? `${host} is the Opsgenie API` : 'the request sends a GenieKey', at);
  if (isBitbucketCloudHost(host)) return make('bitbucket-cloud', `${host} is Bitbucket Cloud`, at);
  if (isCloudSiteHost(host)) {
    if (/^\/wiki(?:\/|$)/.test(bare))
      return make('confluence-cloud', `${host} is a Cloud site and the path starts with /wiki`, {
        ...at,
        product: 'confluence',
        via: 'site',
        apiPath: path.slice('/wiki'.length),
      });
    const confluence = CONFLUENCE_REST.exec(bare);
    if (confluence && !JIRA_REST.test(bare))
      return make('confluence-cloud', `${host} is a Cloud site and ${confluence[0]} is a Confluence path`, {
        ...at,
        product: 'confluence',
        via: 'site',
        missingWiki: true,
        apiPath: path.slice(confluence.index),
      });
    return make('jira-cloud', `${host} is a Jira Cloud site`, { ...at, product: 'jira', via: 'site' });
  }
  if (isAtlassianOwnedHost(host))
    return make('jira-cloud', `${host} is an Atlassian host`, { ...at, product: 'jira', via: 'site' });

  const confluence = CONFLUENCE_REST.exec(bare);
  const jira = JIRA_REST.exec(bare);
  const hit = jira && (!confluence || jira.index <= confluence.index) ? jira : confluence;
  if (hit) {
    const before = bare.slice(0, hit.index);
    const id: TargetId = hit === jira ? 'jira-dc' : 'confluence-dc';
    const context = before;
    return make(
      id,
      `${host} is not an Atlassian Cloud host and ${hit[0]} is a ${id === 'jira-dc' ? 'Jira' : 'Confluence'} REST path`,
      {
        ...at,
        product: id === 'jira-dc' ? 'jira' : 'confluence',
        contextPath: context,
        apiPath: path.slice(context.length),
        caveat:
          'A Cloud site on a custom domain cannot be told from a Data Center server by the text alone: Diagnose asks the server.',
      },
    );
  }
  return make('not-atlassian', `${host} is not an Atlassian host and ${bare || '/'} is no Atlassian REST path`, at);
}
