/** The rules of each target, by target: one line per target (lib/requests/target.ts decides which). */
import type { TargetId } from '../../target';
import { adminApiRules } from './admin-api';
import { bitbucketCloudRules } from './bitbucket-cloud';
import { jiraCloudRules, jiraGatewayRules } from './cloud';
import { confluenceCloudRules } from './confluence-cloud';
import { dataCenterRules } from './data-center';
import { govCloudRules } from './gov-cloud';
import { jsmOpsRules } from './jsm-ops';
import { notAtlassianRules, unknownTargetRules } from './other';
import type { TargetRules } from './types';

export const TARGET_RULES: Record<TargetId, TargetRules> = {
  'jira-cloud': jiraCloudRules,
  'jira-gateway': jiraGatewayRules,
  'confluence-cloud': confluenceCloudRules,
  'jira-dc': dataCenterRules,
  'confluence-dc': dataCenterRules,
  'bitbucket-cloud': bitbucketCloudRules,
  'gov-cloud': govCloudRules,
  'jsm-ops': jsmOpsRules,
  'admin-api': adminApiRules,
  'not-atlassian': notAtlassianRules,
  unknown: unknownTargetRules,
};
