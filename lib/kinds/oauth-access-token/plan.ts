/**
 * The probes of an OAuth 2.0 (3LO) access token. The JWT is read locally first (expiry, scopes,
 * client id, type); an expired or wrong-type token is reported without a call that cannot succeed.
 * Then accessible-resources tells which sites the grant reaches, and /myself through the gateway
 * checks the token on the chosen site (or on each granted Jira site, five at most). The token goes
 * to api.atlassian.com only; it is never refreshed (Atlassian rotates refresh tokens, so a refresh
 * from here would break the integration's own).
 * (https://developer.atlassian.com/cloud/jira/platform/oauth-2-3lo-apps/)
 */
import { readAccessibleResources } from '../../atlassian/responses';
import { tokenFingerprint } from '../../atlassian/token-shape';
import { gatewayMyselfUrl, OAUTH_ACCESSIBLE_RESOURCES_URL } from '../../atlassian/urls';
import type { OAuthAccessTokenProfile } from '../../model/profile';
import type { Observation, ProbeId } from '../../model/report';
import { bearerAuth } from '../../probe/auth';
import { gatewayOnly } from '../../probe/policy';
import { probeRequest, type Run } from '../../probe/run';
import type { DiagnosisSteps } from '../types';
import { classifyOAuth, type OAuthSeen } from './classify';
import { lintOAuthToken, type OAuthLint } from './lint';
import { targetSites } from './sites';

async function planOAuthToken(_profile: OAuthAccessTokenProfile, lint: OAuthLint, run: Run): Promise<OAuthSeen> {
  if (!lint.canSendCredential) return {};
  const auth = bearerAuth(lint.token, tokenFingerprint(lint.token));
  const send = (id: ProbeId, url: string) =>
    run.send({ probe: probeRequest(id, url, 'bearer', auth.shown), authorization: auth.authorization });
  const resources = await send('accessible-resources', OAUTH_ACCESSIBLE_RESOURCES_URL);
  const granted = readAccessibleResources(resources);
  if (!granted) return { resources };
  const targets = targetSites(lint, granted);
  const myself: Observation[] = await Promise.all(
    targets.map((site, i) =>
      send(i === 0 ? 'gateway-myself' : `gateway-myself@${new URL(site.url).hostname}`, gatewayMyselfUrl(site.id)),
    ),
  );
  return { resources, myself };
}

export const OAUTH_ACCESS_TOKEN_DIAGNOSIS: DiagnosisSteps<OAuthAccessTokenProfile, OAuthLint, OAuthSeen> = {
  lint: (profile, nowMs) => lintOAuthToken(profile, nowMs),
  policy: () => gatewayOnly,
  plan: (profile, lint, run) => planOAuthToken(profile, lint, run),
  classify: classifyOAuth,
};
