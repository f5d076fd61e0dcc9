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

export function lintOrgAdminKey(input: { apiKey: string; orgId: string }): OrgAdminLint {
  const findings: Finding[] = [];
  const key = input.apiKey.replace(/\s+/g, '');
  const orgId = input.orgId.trim();
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
  if (orgId !== '') {
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
