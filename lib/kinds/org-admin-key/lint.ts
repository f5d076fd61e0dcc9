/** Local checks of an organization API key: everything knowable before a request. */
import { findPlaceholder } from '../../atlassian/site-url';
import { classifyTokenShape } from '../../atlassian/token-shape';
import { makeFinding } from '../../findings/make-finding';
import type { Finding } from '../../model/report';
import { controlCharacterFinding, whitespaceFinding } from '../shared';

export interface OrgAdminLint {
  findings: Finding[];
  key: string;
  orgId: string;
  canSendCredential: boolean;
}

/**
 * An address where the Organization ID belongs. The admin address (`admin.atlassian.com/o/<ID>/…`,
 * `api.atlassian.com/admin/v1/orgs/<ID>`) gives the ID itself. A user provisioning (SCIM)
 * directory (`api.atlassian.com/scim/directory/<ID>`) takes its own key, not an organization API
 * key (https://developer.atlassian.com/cloud/admin/user-provisioning/rest/intro/). A site or product
 * address means the key is meant for a product API, which takes a user's API token: organization
 * keys work on the admin APIs only
 * (https://support.atlassian.com/organization-administration/docs/manage-an-organization-with-the-admin-apis).
 * Either way the key itself can still be checked on `/admin/v1/orgs`.
 */
function readOrgIdField(text: string): { orgId: string; finding?: Finding } | undefined {
  const admin =
    /^(?:https?:\/\/)?(?:admin\.atlassian\.com\/o|api\.atlassian\.com\/admin\/v\d+\/orgs)\/([A-Za-z0-9-]{6,64})(?:[/?#]|$)/i.exec(
      text,
    );
  if (admin) return { orgId: admin[1]! };
  const scim = /scim\/directory\/([^/?#\s]+)/i.exec(text);
  if (scim) {
    const detail = `scim/directory/${scim[1]!.slice(0, 64)}`;
    return {
      orgId: '',
      finding: makeFinding(
        'ORG_KEY_ON_SCIM',
        { detail },
        { field: 'orgId', evidence: [`Organization ID: a user provisioning directory (${detail})`] },
      ),
    };
  }
  const product =
    /^(?:https?:\/\/)?([a-z0-9-]+\.(?:atlassian\.net|jira\.com|atlassian-us-gov-mod\.net))(?:[/?#]|$)|^(?:https?:\/\/)?api\.atlassian\.com\/ex\/(?:jira|confluence)(?:[/?#]|$)/i.exec(
      text,
    );
  if (product) {
    const detail = product[1] ? product[1].toLowerCase() : 'an api.atlassian.com/ex/… gateway address';
    return {
      orgId: '',
      finding: makeFinding(
        'ORG_KEY_AS_USER_TOKEN',
        { detail },
        { field: 'orgId', evidence: [`Organization ID: a site or product address (${detail})`] },
      ),
    };
  }
  return undefined;
}

export function lintOrgAdminKey(input: { apiKey: string; orgId: string }): OrgAdminLint {
  const findings: Finding[] = [];
  const key = input.apiKey.replace(/\s+/g, '');
  let orgId = input.orgId.trim();
  let canSend = true;
  const shape = classifyTokenShape(input.apiKey);
  if (key === '') {
    findings.push(makeFinding('TOKEN_MISSING', { detail: 'API key' }, { field: 'apiKey' }));
    canSend = false;
  } else if (
    key.startsWith('ATATT') ||
    shape.kind === 'base64-email-token' ||
    (shape.kind === 'basic-header' && shape.decodedEmail)
  ) {
    // https://developer.atlassian.com/cloud/admin/organization/rest/api-group-orgs/: personal API tokens are refused by the admin APIs.
    const detail = key.startsWith('ATATT')
      ? 'An ATATT… value (an Atlassian account API token)'
      : 'A Basic email:token value';
    findings.push(
      makeFinding('PERSONAL_TOKEN_ON_ADMIN_API', { detail }, { field: 'apiKey', evidence: [`API key: ${detail}`] }),
    );
    canSend = false;
  } else if (shape.kind === 'bearer-header' || shape.kind === 'basic-header') {
    findings.push(
      makeFinding(
        'TOKEN_LOOKS_ENCODED',
        { detail: 'a whole Authorization header value' },
        { field: 'apiKey', evidence: ['API key: starts with an auth scheme'] },
      ),
    );
    canSend = false;
  } else if (shape.kind === 'jwt') {
    findings.push(
      makeFinding('TOKEN_IS_JWT', { detail: shape.tokenType }, { field: 'apiKey', evidence: ['API key: a JWT'] }),
    );
    canSend = false;
  }
  const control = controlCharacterFinding(input.apiKey, 'apiKey', 'API key');
  if (control) {
    findings.push(control);
    canSend = false;
  }
  const ws = key === '' ? undefined : whitespaceFinding(input.apiKey, 'apiKey', 'API key');
  if (ws) findings.push(ws);
  const misplaced = orgId === '' ? undefined : readOrgIdField(orgId);
  if (misplaced?.finding) findings.push(misplaced.finding);
  if (misplaced) orgId = misplaced.orgId;
  if (orgId !== '' && !misplaced) {
    const placeholder = findPlaceholder(orgId);
    if (placeholder || !/^[A-Za-z0-9-]{6,64}$/.test(orgId)) {
      findings.push(
        makeFinding(
          'URL_PLACEHOLDER',
          { detail: placeholder ?? orgId.slice(0, 40) },
          { field: 'orgId', evidence: ['Organization ID: not an id'] },
        ),
      );
      canSend = false;
    }
  }
  return { findings, key, orgId, canSendCredential: canSend };
}
