/**
 * Keys that are not a user's API token, in a pasted request: an Opsgenie / JSM operations
 * integration key (GenieKey) and an organization admin API key, each used where the other kind of
 * credential is due. These rules run for every target; each one says which target it judged.
 *
 * - A GenieKey is sent as `Authorization: GenieKey <key>` to integration events
 *   (`api.atlassian.com/jsm/ops/integration/…`) and to the Opsgenie API; the REST APIs take an
 *   account's email and API token (https://developer.atlassian.com/cloud/jira/service-desk-ops/rest/v2/intro,
 *   https://github.com/K-Phoen/backstage-plugin-opsgenie/pull/68). An API token sent as a GenieKey
 *   is answered "Could not authenticate" (https://github.com/streaak/keyhacks/pull/124).
 * - An organization API key works on the admin APIs only: not on a site, not through the product
 *   gateway (https://support.atlassian.com/organization-administration/docs/manage-an-organization-with-the-admin-apis,
 *   https://github.com/atlassian/atlassian-mcp-server/issues/97), and not on the user provisioning
 *   (SCIM) API, which wants the directory's own key
 *   (https://developer.atlassian.com/cloud/admin/user-provisioning/rest/intro/,
 *   https://support.okta.com/help/s/article/How-to-get-the-API-Key-and-Directory-ID-needed-to-authorize-the-Atlassian-Admin-Workflows-Connector). No public
 *   source gives an org key's text a shape, so a pasted request shows one only by the name of the
 *   variable or placeholder it is written as (`$ORG_API_KEY`, `<admin-api-key>`): the words say so.
 */
import { GATEWAY_HOST } from '../../../atlassian/hosts';
import { makeFinding } from '../../../findings/make-finding';
import type { Finding } from '../../../model/report';
import type { RequestFacts } from '../../facts';
import { isAtlassianApiToken } from '../../read/token-kinds';
import { decidedBy } from '../rule';
import { sendsGenieKey } from './jsm-ops';

/** A variable or placeholder named for an organization (admin) API key. */
const ORG_KEY_NAME = /(?:^|[^a-z])(?:org|organi[sz]ation|admin)[\s_-]*(?:api[\s_-]*)?key(?:[^a-z0-9]|$)/i;

/** The user provisioning (SCIM) API of a directory: `api.atlassian.com/scim/directory/{directoryId}/…`. */
function scimDirectoryPath(host: string, path: string): string | undefined {
  if (host !== GATEWAY_HOST) return undefined;
  return /^\/scim\/directory\/[^/?#]+/i.exec(path)?.[0];
}

/** The name of the variable or placeholder the secret is written as, when it names an organization API key. */
function orgKeyName(facts: RequestFacts): string | undefined {
  const credential = facts.credential;
  if (!credential) return undefined;
  const names = [
    credential.secret,
    credential.reading.secretPlaceholder,
    credential.reading.placeholder,
    ...(credential.scheme === 'bearer' ? credential.unresolved : []),
  ];
  for (const name of names) {
    const text = (name ?? '').trim();
    // The name alone (ORG_API_KEY, admin-api-key): the text as written is the secret's slot and is masked in reports.
    if (text !== '' && text.length <= 80 && ORG_KEY_NAME.test(text))
      return text.replace(/^\$env:|^\$\{?|^<|[}>]$/gi, '');
  }
  return undefined;
}

/** The key after "GenieKey " in the Authorization header. */
function genieValue(facts: RequestFacts): string {
  return (facts.credential?.header?.value ?? '').replace(/^\s*GenieKey\s+/i, '').trim();
}

/** Where a user's API token (or an OAuth token) is due: a Cloud site, the product gateway, the JSM operations REST API. */
function wantsUserToken(facts: RequestFacts): boolean {
  const { target } = facts;
  if (['jira-cloud', 'jira-gateway', 'confluence-cloud', 'gov-cloud'].includes(target.id)) return true;
  // A GenieKey sent to a Cloud site is filed under JSM operations by its scheme; the site still wants a token.
  return target.id === 'jsm-ops' && target.host !== GATEWAY_HOST && /\.atlassian\.net$/i.test(target.host ?? '');
}

function genieFindings(facts: RequestFacts): Finding[] {
  const { credential, target } = facts;
  if (!credential) return [];
  const span = credential.header?.valueSpan ?? credential.span;
  const path = target.path.replace(/[?#].*$/, '');
  if (sendsGenieKey(facts)) {
    // An Atlassian API token sent as a GenieKey, where a GenieKey is due (integration events, Opsgenie).
    if (target.id === 'jsm-ops' && !wantsUserToken(facts) && isAtlassianApiToken(genieValue(facts)))
      return [{ ...makeFinding('GENIE_KEY_AS_API_TOKEN', { variant: 'token', path }), spans: [span] }];
    // A GenieKey where an account's token is due (the JSM operations REST path has its own rule).
    if (wantsUserToken(facts))
      return [{ ...makeFinding('GENIE_KEY_AS_API_TOKEN', { variant: 'request', path }), spans: [span] }];
  }
  return [];
}

function orgKeyFindings(facts: RequestFacts): Finding[] {
  const { credential, target } = facts;
  const name = orgKeyName(facts);
  if (!credential || !name) return [];
  const spans = [credential.header?.valueSpan ?? credential.span];
  const evidence = [`Secret: written as ${name} (a name, not a value)`];
  const scim = scimDirectoryPath(target.host ?? '', target.path);
  if (scim)
    return [
      { ...makeFinding('ORG_KEY_ON_SCIM', { variant: 'request', detail: name, path: scim }, { evidence }), spans },
    ];
  if (wantsUserToken(facts) || (target.id === 'jsm-ops' && credential.scheme === 'basic'))
    return [
      {
        ...makeFinding(
          'ORG_KEY_AS_USER_TOKEN',
          { variant: 'request', detail: name, path: target.path.replace(/[?#].*$/, '') || '/' },
          { evidence },
        ),
        spans,
      },
    ];
  return [];
}

/** The rules of operations keys and organization keys, for whatever target the request has. */
export function opsAndOrgKeyFindings(facts: RequestFacts): Finding[] {
  return [
    ...decidedBy(facts.target, 'a GenieKey is for integration events only', genieFindings(facts)),
    ...decidedBy(facts.target, 'an organization API key is for the admin APIs only', orgKeyFindings(facts)),
  ];
}
