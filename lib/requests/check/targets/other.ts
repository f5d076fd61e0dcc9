/**
 * A host that is no Atlassian service, and a paste without a URL. The first is said with the
 * engine's own site rule (NOT_ATLASSIAN_CLOUD_HOST) and only how the credential is encoded is
 * judged; without a URL (a header or a base64 recipe alone) the credential is read as the Cloud
 * API token it most often is.
 */
import { decidedBy } from '../rule';
import { encodingFindings } from '../credential';
import { cloudCredentialFindings, cloudUrlFindings } from './cloud';
import type { TargetRules } from './types';

export const notAtlassianRules: TargetRules = (facts, source) => [
  ...decidedBy(facts.target, 'Atlassian hosts only', cloudUrlFindings(facts, source)),
  ...decidedBy(
    facts.target,
    'how the credential is encoded',
    facts.credential ? encodingFindings(facts.credential, facts.credential.reading) : [],
  ),
];

export const unknownTargetRules: TargetRules = (facts, source) => [
  ...decidedBy(facts.target, 'no documentation placeholder in the URL', cloudUrlFindings(facts, source)),
  ...decidedBy(facts.target, 'read as a Cloud API token (Basic email:token)', cloudCredentialFindings(facts, source)),
];
