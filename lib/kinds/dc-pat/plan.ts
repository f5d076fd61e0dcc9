/**
 * The probes of a Jira Data Center personal access token: `GET {server}/rest/api/2/myself` with
 * Bearer, sent only to the one origin the user granted for this profile
 * (https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html).
 * A 404 is looked into without the token: does the REST API answer under `/jira` (a missing
 * context path), or at the root (an extra one)?
 */
import { captchaLoginUrl } from '../../atlassian/responses';
import { tokenFingerprint } from '../../atlassian/token-shape';
import type { DcPatProfile } from '../../model/profile';
import { bearerAuth } from '../../probe/auth';
import type { EngineDeps } from '../../probe/deps';
import { serverDestinationAllowed } from '../../probe/policy';
import { probeRequest, type Run } from '../../probe/run';
import type { DiagnosisSteps } from '../types';
import { classifyDcPat, contextCandidate, DC_MYSELF_PATH, type DcSeen } from './classify';
import { lintDcPat, type DcPatLint } from './lint';

async function planDcPat(lint: DcPatLint, run: Run, deps: EngineDeps): Promise<DcSeen> {
  const server = lint.server;
  if (!server || !lint.canSendCredential) return {};
  const granted = deps.isOriginGranted ? await deps.isOriginGranted(server.origin) : true;
  if (!granted) return { granted: false };
  const auth = bearerAuth(lint.pat, tokenFingerprint(lint.pat));
  const myself = await run.send({
    probe: probeRequest('dc-myself', `${server.base}${DC_MYSELF_PATH}`, 'bearer', auth.shown),
    authorization: auth.authorization,
  });
  if (myself.status !== 404 || captchaLoginUrl(myself).captcha) return { granted: true, myself };
  // Look for the API one level up or down, without the token.
  const context = await run.send({
    probe: probeRequest('dc-context', `${contextCandidate(server)}${DC_MYSELF_PATH}`, 'none'),
  });
  return { granted: true, myself, context };
}

export const DC_PAT_DIAGNOSIS: DiagnosisSteps<DcPatProfile, DcPatLint, DcSeen> = {
  lint: (profile) => lintDcPat(profile),
  policy: (lint) => (url) =>
    lint.server ? serverDestinationAllowed(url, lint.server.origin) : { allowed: false, reason: 'no server' },
  plan: (_profile, lint, run, deps) => planDcPat(lint, run, deps),
  classify: (lint, seen) => classifyDcPat(lint, seen),
};
