/**
 * Atlassian Government Cloud: sites under atlassian-us-gov-mod.net and the gateway
 * api.atlassian-us-gov-mod.com (https://developer.atlassian.com/platform/framework/agc/guides/manage-3lo-apps).
 * Credentials are those of Cloud (Basic email:API token, OAuth Bearer); the corrected request keeps
 * to the Government hosts.
 */
import { makeFinding } from '../../../findings/make-finding';
import { decidedBy } from '../rule';
import { cloudCredentialFindings } from './cloud';
import type { TargetRules } from './types';

export const govCloudRules: TargetRules = (facts, source) => [
  ...decidedBy(facts.target, 'Government hosts only', [
    {
      ...makeFinding('GOV_CLOUD_SITE', { variant: 'request', host: facts.target.host }),
      spans: facts.request.url ? [facts.request.url.span] : [],
    },
  ]),
  ...decidedBy(facts.target, 'Basic with base64 of email:API token', cloudCredentialFindings(facts, source)),
];
