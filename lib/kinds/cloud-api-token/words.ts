/**
 * The extra checks of a Cloud API token (Confluence, Id Mapping, JSM operations) and its own lint.
 */
import { kindWords, probe } from '../../findings/entry';
import { SOURCES } from '../../findings/sources';

export const CLOUD_API_TOKEN_WORDS = kindWords({
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
  CONFLUENCE_OK: {
    group: 'accepted',
    outcome: 'succeeded',
    severity: 'ok',
    sources: [SOURCES.confluenceUserCurrent],
    title: (p) => `Confluence accepts it${p.accountName ? ` (${p.accountName})` : ''}`,
    explanation: (p) => `${probe(p)} answered 200 with the current user.`,
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
