/**
 * The probes of a Data Center personal access token, Jira or Confluence: `GET {server}/rest/api/2/myself`
 * (Jira) or `{server}/rest/api/user/current` (Confluence) with Bearer, sent only to the one origin
 * the user granted for this profile (https://confluence.atlassian.com/enterprise/using-personal-access-tokens-1026032365.html).
 *
 * Round trips: the credentialed call and, without the token, the look for the REST API one level
 * up or down (a missing `/jira` or `/confluence` context path, or an extra one) and for a Confluence
 * REST API at the address, all in one round trip. Only a Confluence server whose address does not
 * say so needs a second one: the token goes to Confluence's path once the first round showed it.
 */
import { captchaLoginUrl } from '../../atlassian/responses';
import { tokenFingerprint } from '../../atlassian/token-shape';
import type { DcPatProfile } from '../../model/profile';
import type { Observation } from '../../model/report';
import { bearerAuth } from '../../probe/auth';
import type { EngineDeps } from '../../probe/deps';
import { serverDestinationAllowed } from '../../probe/policy';
import { probeRequest, type Run } from '../../probe/run';
import type { DiagnosisSteps } from '../types';
import { apiAnswers, classifyDcPat, contextCandidates, type DcSeen } from './classify';
import { lintDcPat, type DcPatLint } from './lint';
import { CONFLUENCE_USER_PATH, DC_MYSELF_PATH, productFromAddress } from './products';

async function planDcPat(lint: DcPatLint, run: Run, deps: EngineDeps): Promise<DcSeen> {
  const server = lint.server;
  if (!server || !lint.canSendCredential) return {};
  const granted = deps.isOriginGranted ? await deps.isOriginGranted(server.origin) : true;
  if (!granted) return { granted: false };
  const auth = bearerAuth(lint.pat, tokenFingerprint(lint.pat));
  const withToken = (path: string) =>
    run.send({
      probe: probeRequest('dc-myself', `${server.base}${path}`, 'bearer', auth.shown),
      authorization: auth.authorization,
    });
  const anonymous = (id: 'dc-context' | 'dc-confluence', url: string) =>
    run.send({ probe: probeRequest(id, url, 'none') });

  const hinted = productFromAddress(server);
  const path = hinted === 'confluence' ? CONFLUENCE_USER_PATH : DC_MYSELF_PATH;
  const candidates = contextCandidates(server, hinted);
  const [myself, ...looks] = await Promise.all([
    withToken(path),
    ...candidates.map((c) => anonymous('dc-context', `${c.base}${c.path}`)),
    // An address that does not say Confluence: is there a Confluence REST API here?
    ...(hinted === undefined ? [anonymous('dc-confluence', `${server.base}${CONFLUENCE_USER_PATH}`)] : []),
  ]);
  const context = looks.slice(0, candidates.length);
  const confluenceLook: Observation | undefined = hinted === undefined ? looks[candidates.length] : undefined;
  const seen: DcSeen = {
    granted: true,
    myself,
    product: hinted ?? 'jira',
    looks: candidates.map((c, i) => ({ ...c, observation: context[i] })),
  };
  if (confluenceLook) seen.confluenceLook = confluenceLook;
  if (
    hinted === undefined &&
    myself.status === 404 &&
    !captchaLoginUrl(myself).captcha &&
    confluenceLook &&
    apiAnswers(confluenceLook)
  ) {
    // Jira's path is not here but Confluence's REST API is: ask it with the token.
    seen.product = 'confluence';
    seen.jiraMyself = myself;
    seen.myself = await withToken(CONFLUENCE_USER_PATH);
  }
  return seen;
}

export const DC_PAT_DIAGNOSIS: DiagnosisSteps<DcPatProfile, DcPatLint, DcSeen> = {
  lint: (profile) => lintDcPat(profile),
  policy: (lint) => (url) =>
    lint.server ? serverDestinationAllowed(url, lint.server.origin) : { allowed: false, reason: 'no server' },
  plan: (_profile, lint, run, deps) => planDcPat(lint, run, deps),
  classify: (lint, seen) => classifyDcPat(lint, seen),
};
