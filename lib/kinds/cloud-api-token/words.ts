/**
 * The extra checks of a Cloud API token (Confluence, Id Mapping, JSM operations) and its own lint.
 */
import { kindWords, probe, site } from '../../findings/entry';
import { basicCurl } from '../../findings/fix-commands';
import { SOURCES } from '../../findings/sources';

const gatewayConfluence = (cloudId: string | undefined) =>
  `https://api.atlassian.com/ex/confluence/${cloudId ?? '{cloudId}'}/wiki`;
const gatewayJira = (cloudId: string | undefined) => `https://api.atlassian.com/ex/jira/${cloudId ?? '{cloudId}'}`;

/** A Cloud API token used for Confluence (a Site URL ending in /wiki), and service accounts. */
const CONFLUENCE_WORDS = kindWords({
  CONFLUENCE_OK: {
    group: 'accepted',
    outcome: 'succeeded',
    severity: 'ok',
    sources: [SOURCES.confluenceBasicAuth, SOURCES.confluenceMeasured],
    title: (p) => `Confluence accepts it${p.accountName ? ` (${p.accountName})` : ''}`,
    explanation: (p) =>
      `${probe(p)} answered 200 ${p.detail ?? 'with the current user'}: Confluence ran the call as that account, not as anonymous.`,
  },
  NO_CONFLUENCE_ACCESS: {
    // The contract code stays NO_PRODUCT_ACCESS; in a Confluence integration Confluence is the point.
    group: 'refused',
    severity: 'error',
    outcome: 'recognised',
    sources: [SOURCES.confluenceNotPermitted, SOURCES.confluenceMeasured],
    headline: 'The account cannot use Confluence on this site',
    title: () => 'The account has no access to Confluence on this site',
    explanation: (p) =>
      `${probe(p)} answered ${p.status ?? '403'}${p.detail ? ` "${p.detail}"` : ''}. Confluence says this for bad credentials too, but ${p.variant === 'gateway' ? 'the API gateway let the same credentials through, so they are genuine' : 'Jira on the same site accepted the same credentials, so they are genuine'}: the account is not allowed to use Confluence here.`,
    fix: () => ({
      steps: [
        'Ask a site admin to give the account Confluence access (admin.atlassian.com → Products → Confluence → user access).',
        'Or use the token of an account that has it, and run the diagnosis again.',
      ],
    }),
  },
  CONFLUENCE_URL_MISSING_WIKI: {
    group: 'url',
    severity: 'warning',
    sources: [SOURCES.confluenceMissingWiki, SOURCES.confluenceBasicAuth],
    title: (p) => `A Confluence path without /wiki: ${p.detail ?? ''}`.trim(),
    explanation: (p) =>
      `On a Cloud site Confluence's REST API lives under /wiki; ${p.detail ?? 'this path'} without it is sent to Jira, which answers 404 "null for uri". Token Doctor checked Confluence at ${site(p)}/wiki.`,
    fix: (p) => ({
      steps: [
        `Set the integration's Confluence base URL to ${site(p)}/wiki and let the client add the API path.`,
        'A scoped token goes through the gateway instead: https://api.atlassian.com/ex/confluence/{cloudId}/wiki.',
      ],
      url: `${site(p)}/wiki`,
    }),
  },
  CONFLUENCE_V1_ENDPOINT_REMOVED: {
    // The 410 body says "authorized": true: the credential is fine, the endpoint is gone.
    group: 'url',
    severity: 'warning',
    outcome: 'recognised',
    sources: [SOURCES.confluenceV1Gone, SOURCES.confluenceV1GoneMatrix, SOURCES.confluenceV1Deprecation],
    title: () => 'Confluence v1 endpoint removed: the credential is fine',
    explanation: (p) =>
      `${probe(p)} answered 410 "GoneException: This deprecated endpoint has been removed" with "authorized": true: Atlassian accepted the credential and refused the endpoint, not the token. Through the API gateway and OAuth, Confluence's deprecated v1 endpoints are being removed; v2 replaces them.`,
    fix: (p) => ({
      steps: [
        'Do not replace the token: it was accepted.',
        `Move the integration to Confluence REST v2: ${gatewayConfluence(p.cloudId)}/api/v2/… (spaces, pages, …); /wiki/rest/api/user/current still answers for "who am I".`,
        'To check a credential, call GET …/wiki/api/v2/spaces?limit=1, not a v1 endpoint.',
      ],
      url: `${gatewayConfluence(p.cloudId)}/api/v2/spaces?limit=1`,
      curl: basicCurl(`${gatewayConfluence(p.cloudId)}/api/v2/spaces?limit=1`, p.email ?? ''),
    }),
  },
  JIRA_NOT_ON_SITE: {
    group: 'url',
    severity: 'error',
    sources: [SOURCES.confluenceBasicAuth],
    headline: 'This site has no Jira: for Confluence, the base URL ends in /wiki',
    title: (p) => `${p.host ?? 'This site'} has no Jira`,
    explanation: (p) =>
      `${probe(p)} answered 404 ${p.detail ? `(${p.detail}) ` : ''}while /_edge/tenant_info knows the site, so the site exists and Jira is not on it. Nothing about the credential was learnt from Jira.`,
    fix: (p) => ({
      steps: [
        `If the integration is for Confluence, set the Site URL to ${site(p)}/wiki and run the diagnosis again: Confluence is checked then.`,
        'If it is for Jira, check the site name: Jira may be on another site of your organization.',
      ],
      url: `${site(p)}/wiki`,
    }),
  },
  JIRA_NOT_USABLE: {
    // An extra in a Confluence integration: never turns the verdict.
    group: 'other',
    severity: 'info',
    sources: [SOURCES.serviceAccount401],
    title: (p) => `Jira on this site: ${p.detail ?? 'not usable with this credential'}`,
    explanation: (p) =>
      `Checked as an extra beside Confluence: ${probe(p)} answered ${p.status ?? 'no status'}. This says nothing against the Confluence check, which is what this integration is for.`,
  },
  SERVICE_ACCOUNT: {
    group: 'url',
    severity: 'info',
    sources: [SOURCES.serviceAccountTokens, SOURCES.serviceAccount401, SOURCES.serviceAccountBearer],
    title: () => 'A service account: its tokens work through the API gateway only',
    explanation: (p) =>
      `${p.detail ?? 'The email ends in @serviceaccount.atlassian.com'}: service accounts can only make scoped API tokens, which are refused on ${site(p)} and work only through ${p.product === 'Confluence' ? gatewayConfluence(p.cloudId) : gatewayJira(p.cloudId)}, so Token Doctor did not send the token to the site. Basic with the account's email is what was checked; several sources report that the gateway also takes the token alone as "Authorization: Bearer" (reported, not measured).`,
    fix: (p) => ({
      steps: [
        `Use ${p.product === 'Confluence' ? gatewayConfluence(p.cloudId) : gatewayJira(p.cloudId)} as the integration's base URL: it is the only right one for a service account.`,
        'Keep Basic with the service account email and the token (or Bearer with the token alone, which sources report to work).',
      ],
      url: p.product === 'Confluence' ? gatewayConfluence(p.cloudId) : gatewayJira(p.cloudId),
    }),
  },
});

export const CLOUD_API_TOKEN_WORDS = kindWords({
  ...CONFLUENCE_WORDS,
  NOT_SITE_ADMIN: {
    group: 'refused',
    severity: 'error',
    sources: [SOURCES.idMappingTrigger, SOURCES.idMappingStatus],
    title: () => 'The account is not a site or organization admin',
    explanation: (p) =>
      `${probe(p)} answered 403: the credentials were accepted, but the Id Mapping API needs site or org admin permissions on the destination site (Atlassian "Authorization for Id Mapping"). Other 403 causes listed there: an API token with insufficient scope, IP restrictions.`,
    fix: () => ({
      steps: [
        'Use the API token of an account that is a site admin or organization admin of the destination site.',
        'Or have an org admin grant this account admin rights at admin.atlassian.com.',
      ],
    }),
  },
  NO_PRODUCT_ACCESS: {
    group: 'refused',
    severity: 'warning',
    sources: [SOURCES.confluenceNotPermitted],
    title: (p) => `The account has no access to ${p.product ?? 'this product'}`,
    explanation: (p) =>
      `${probe(p)} answered ${p.status ?? '403'}${p.detail ? ` "${p.detail}"` : ''}. The same credentials work for Jira, so they are fine: the account is not allowed to use ${p.product ?? 'the product'} (Confluence answers like this for bad credentials too, which the Jira result rules out here).`,
    fix: (p) => ({
      steps: [
        `Ask a site admin to give the account access to ${p.product ?? 'the product'} (admin.atlassian.com → Products → user access).`,
      ],
    }),
  },
  ID_MAPPING_OK: {
    group: 'accepted',
    outcome: 'succeeded',
    severity: 'ok',
    sources: [SOURCES.idMappingStatus],
    title: () => 'Id Mapping accepts it: "Job not found" is the good answer',
    explanation: (p) =>
      `${probe(p)} answered 404 "Job not found": Atlassian documents exactly this as the answer for valid credentials with admin rights, because test-job-id is not a real job. The account may call the Id Mapping API.`,
  },
  JSM_OPS_OK: {
    group: 'accepted',
    outcome: 'succeeded',
    severity: 'ok',
    sources: [SOURCES.jsmOps],
    title: () => 'JSM operations accepts it',
    explanation: (p) => `${probe(p)} answered 200.`,
  },
  EMAIL_HAS_WHITESPACE: {
    group: 'rejected',
    severity: 'warning',
    sources: [SOURCES.basicAuthCloud],
    title: () => 'The email has spaces or a line break around it',
    explanation: () =>
      'Token Doctor removed them for the check, but a client that sends them builds a different Basic credential, which Atlassian rejects. The copy in your integration most likely has them too.',
    fix: () => ({
      steps: [
        'Remove the white space where the integration reads the email (trim the setting or environment variable).',
      ],
    }),
  },
});
