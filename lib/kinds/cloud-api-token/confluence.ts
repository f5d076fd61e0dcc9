/**
 * A Cloud API token used for Confluence: a Site URL ending in /wiki. Confluence is checked first
 * and decides the verdict; Jira on the same site is asked at the same time, as an extra that
 * never turns it (a Confluence-only site has no Jira, and its 404 is not "site not found").
 *
 * Probes, all GET:
 * - unscoped tokens: the site's `/wiki/rest/api/user/current` (Confluence v1, still served;
 *   https://github.com/markdown-confluence/markdown-confluence/issues/796) ∥ the site's Jira `/rest/api/3/myself` ∥ tenant_info;
 * - scoped tokens (refused on the site, https://support.atlassian.com/atlassian-cloud/kb/401-unauthorized-error-when-service-account-accesses-jira-or-confluence-api):
 *   through the gateway `…/ex/confluence/{cloudId}/wiki/rest/api/user/current` ∥
 *   `…/wiki/api/v2/spaces?limit=1` ∥ Jira's `/myself`. Never a removed v1 endpoint (`/space`,
 *   `/content`: 410 through the gateway, https://github.com/Spenhouet/confluence-markdown-exporter/issues/207).
 * - service accounts: the gateway only (their tokens are always scoped).
 *
 * Round trips: 1 when the site accepts; 2 for a scoped token with the cloudId to learn; 1 with it cached.
 */
import { CONFLUENCE_SPACES_V2, CONFLUENCE_USER_CURRENT, JIRA_MYSELF } from '../../atlassian/endpoints';
import {
  bodyLine,
  isConfluenceRefusal,
  isConfluenceV2BareNotFound,
  isConfluenceV2List,
  isNullForUri,
  parseConfluenceUser,
  readConfluenceGone,
  readResponse,
  type Reading,
} from '../../atlassian/responses';
import { gatewayMyselfUrl, gatewayUrl, siteEnvironment, siteMyselfUrl } from '../../atlassian/urls';
import type { FindingParams } from '../../findings/catalogue';
import { makeFinding } from '../../findings/make-finding';
import type { FindingCode } from '../../model/codes';
import type { AccountSummary, Finding, Observation, ProbeId } from '../../model/report';
import type { ProbeAuth } from '../../probe/auth';
import { discoverCloudId, refreshCloudId } from '../../probe/cloud-id';
import type { EngineDeps } from '../../probe/deps';
import { evidenceOf } from '../../probe/evidence';
import { probeRequest, type Run } from '../../probe/run';
import { failureFinding } from '../shared';
import type { CloudLint } from './lint';

/** What the Confluence probes saw; a probe that was not sent is absent. */
export interface ConfluenceObservations {
  /** The site's `/wiki/rest/api/user/current`. */
  siteUser?: Observation;
  /** The gateway's `/ex/confluence/{cloudId}/wiki/rest/api/user/current`. */
  gatewayUser?: Observation;
  /** The gateway's `/ex/confluence/{cloudId}/wiki/api/v2/spaces?limit=1`. */
  gatewaySpaces?: Observation;
}

interface ConfluencePlanResult {
  tenant?: Observation;
  cloudId?: string;
  confluence: ConfluenceObservations;
  siteMyself?: Observation;
  gatewayMyself?: Observation;
}

type Answer =
  | 'accepted'
  | 'gone'
  | 'scope-missing'
  | 'refusal'
  | 'bare-404'
  | 'rejected'
  | 'anonymous'
  | 'null-for-uri'
  | 'not-found'
  | 'other';

/** One Confluence answer, read with the Confluence rules first, then the generic ones. */
function answerOf(observation: Observation | undefined): { answer: Answer; reading?: Reading } | undefined {
  if (!observation) return undefined;
  const reading = readResponse(observation);
  if (reading.kind === 'anonymous') return { answer: 'anonymous', reading };
  if (observation.status === 200 && (parseConfluenceUser(observation) || isConfluenceV2List(observation)))
    return { answer: 'accepted', reading };
  if (readConfluenceGone(observation).gone) return { answer: 'gone', reading };
  if (reading.kind === 'scope-missing') return { answer: 'scope-missing', reading };
  if (isConfluenceRefusal(observation)) return { answer: 'refusal', reading };
  if (isNullForUri(observation)) return { answer: 'null-for-uri', reading };
  if (isConfluenceV2BareNotFound(observation)) return { answer: 'bare-404', reading };
  if (reading.kind === 'rejected') return { answer: 'rejected', reading };
  if (reading.kind === 'not-found') return { answer: 'not-found', reading };
  return { answer: 'other', reading };
}

/** Did the site refuse the credential the way it refuses a scoped token (or a bad one)? */
function siteRefused(observation: Observation | undefined): boolean {
  const a = answerOf(observation)?.answer;
  return a === 'rejected' || a === 'refusal' || a === 'anonymous';
}

/** Was Confluence's answer an accepted credential, and through the gateway (a scoped token)? */
export function confluenceAccess(seen: ConfluenceObservations): { accepted: boolean; scoped: boolean } {
  if (answerOf(seen.siteUser)?.answer === 'accepted') return { accepted: true, scoped: false };
  const gateway = [answerOf(seen.gatewayUser)?.answer, answerOf(seen.gatewaySpaces)?.answer];
  const accepted = gateway.includes('accepted');
  return { accepted, scoped: accepted };
}

export async function planConfluence(
  lint: CloudLint,
  run: Run,
  deps: EngineDeps,
  auth: ProbeAuth,
): Promise<ConfluencePlanResult> {
  const site = lint.site!;
  const { origin } = site;
  // The gateway of the site's environment: a Government Cloud site's is api.atlassian-us-gov-mod.com.
  const env = siteEnvironment(site.host);
  const basic = (id: ProbeId, url: string) =>
    run.send({ probe: probeRequest(id, url, 'basic', auth.shown), authorization: auth.authorization });
  const onSite = () =>
    Promise.all([
      basic('confluence-site-user', `${origin}${CONFLUENCE_USER_CURRENT.path}`),
      basic('site-myself', siteMyselfUrl(origin)),
    ]);
  const throughGateway = (cloudId: string) =>
    Promise.all([
      basic('confluence-gateway-user', gatewayUrl('confluence', cloudId, CONFLUENCE_USER_CURRENT.path, env)),
      basic('confluence-gateway-spaces', gatewayUrl('confluence', cloudId, CONFLUENCE_SPACES_V2.path, env)),
      basic('gateway-myself', gatewayMyselfUrl(cloudId, env)),
    ]);
  const result: ConfluencePlanResult = { confluence: {} };
  const keepGateway = ([user, spaces, myself]: Observation[]) => {
    if (user) result.confluence.gatewayUser = user;
    if (spaces) result.confluence.gatewaySpaces = spaces;
    if (myself) result.gatewayMyself = myself;
  };

  const found = await discoverCloudId(run, deps.cache, site, async (cached) => {
    const [siteAnswers, gatewayAnswers] = await Promise.all([
      lint.serviceAccount ? undefined : onSite(),
      cached ? throughGateway(cached) : undefined,
    ]);
    return { siteAnswers, gatewayAnswers };
  });
  if (found.tenant) result.tenant = found.tenant;
  result.cloudId = found.cloudId;
  const { siteAnswers, gatewayAnswers } = found.result;
  if (siteAnswers) {
    result.confluence.siteUser = siteAnswers[0];
    result.siteMyself = siteAnswers[1];
  }
  if (gatewayAnswers) keepGateway(gatewayAnswers);

  const jiraAccepted = result.siteMyself ? readResponse(result.siteMyself).kind === 'accepted' : false;
  const siteDecides = siteAnswers !== undefined && (!siteRefused(result.confluence.siteUser) || jiraAccepted);

  if (found.cached && gatewayAnswers) {
    // The one stale-cache rule, for Confluence: the site 404s, or the gateway 404s (an unknown
    // cloudId: Spring-style 404) for a credential the site refused.
    const gatewayUnknownSite =
      readResponse(gatewayAnswers[0]).kind === 'not-found' && !isConfluenceV2BareNotFound(gatewayAnswers[0]);
    const siteMissing = result.confluence.siteUser && readResponse(result.confluence.siteUser).kind === 'not-found';
    if (siteMissing || (gatewayUnknownSite && !siteDecides)) {
      const fresh = await refreshCloudId(run, deps.cache, site, found.cached);
      result.tenant = fresh.tenant;
      if (fresh.cloudId) result.cloudId = fresh.cloudId;
      if (fresh.cloudId && fresh.cloudId !== found.cached && !siteDecides)
        keepGateway(await throughGateway(fresh.cloudId));
    }
  } else if (!siteDecides && result.cloudId) {
    keepGateway(await throughGateway(result.cloudId));
  }
  return result;
}

interface ConfluenceClassification {
  findings: Finding[];
  account?: AccountSummary;
}

const SCOPES_CLASSIC = [...CONFLUENCE_USER_CURRENT.classic].join(', ');
const SCOPES_GRANULAR = `${CONFLUENCE_USER_CURRENT.granular.join(', ')} (for v1 user/current) or ${CONFLUENCE_SPACES_V2.granular.join(', ')} (for v2 spaces)`;

/**
 * The Confluence part of the classification: its findings come first and decide the verdict;
 * Jira's answers add an accepted row or an info note, never a warning or an error.
 */
export function classifyConfluence(
  lint: CloudLint,
  seen: ConfluencePlanResult,
  params: FindingParams,
): ConfluenceClassification {
  const findings: Finding[] = [];
  const base: FindingParams = { ...params, product: 'Confluence' };
  const add = (code: FindingCode, observation: Observation | undefined, extra: FindingParams = {}) =>
    findings.push(
      makeFinding(
        code,
        { ...base, status: observation?.status?.toString(), probeUrl: observation?.probe.url, ...extra },
        observation ? { probeId: observation.probe.id, evidence: evidenceOf(observation) } : {},
      ),
    );
  const failure = (observation: Observation, reading: Reading | undefined) => {
    const made = reading ? failureFinding(reading, observation, base) : undefined;
    findings.push(
      made ??
        makeFinding(
          'UNEXPECTED_RESPONSE',
          {
            ...base,
            status: observation.status?.toString(),
            probeUrl: observation.probe.url,
            detail: bodyLine(observation),
          },
          { probeId: observation.probe.id, evidence: evidenceOf(observation) },
        ),
    );
  };

  const { siteUser, gatewayUser, gatewaySpaces } = seen.confluence;
  const site = answerOf(siteUser);
  const gwUser = answerOf(gatewayUser);
  const gwSpaces = answerOf(gatewaySpaces);
  const jiraSite = seen.siteMyself ? readResponse(seen.siteMyself) : undefined;
  const serviceAccountNote = () => {
    if (lint.serviceAccount)
      add('SERVICE_ACCOUNT', gatewayUser ?? gatewaySpaces, {
        detail: `${lint.email} is a service account (its email ends in @serviceaccount.atlassian.com)`,
      });
  };
  let account: AccountSummary | undefined;
  /** Confluence proved or recognised the credential: then Jira's answer is worth adding. */
  let proven = false;

  if (site?.answer === 'accepted' && siteUser) {
    // https://support.atlassian.com/atlassian-cloud/kb/401-unauthorized-error-when-service-account-accesses-jira-or-confluence-api: only unscoped tokens work on the site URL.
    account = parseConfluenceUser(siteUser);
    add('CONFLUENCE_OK', siteUser, { accountName: account?.displayName });
    add('TOKEN_UNSCOPED', siteUser);
    proven = true;
  } else if (site?.answer === 'refusal' && jiraSite?.kind === 'accepted' && siteUser) {
    // Confluence says the same words for bad credentials; Jira accepting them rules that out.
    add('NO_PRODUCT_ACCESS', siteUser, {
      product: 'Confluence',
      expected: 'confluence-integration',
      detail: bodyLine(siteUser),
    });
    account = jiraSite.account;
    proven = true;
  } else if (gwUser?.answer === 'accepted' || gwSpaces?.answer === 'accepted') {
    const ok = gwUser?.answer === 'accepted' ? gatewayUser! : gatewaySpaces!;
    account = gatewayUser && gwUser?.answer === 'accepted' ? parseConfluenceUser(gatewayUser) : undefined;
    add('CONFLUENCE_OK', ok, {
      accountName: account?.displayName,
      detail: ok === gatewaySpaces ? 'with a list of spaces (Confluence REST v2)' : undefined,
    });
    add('TOKEN_SCOPED', ok, lint.serviceAccount ? { variant: 'service-account' } : {});
    if (gwUser?.answer === 'gone' && gatewayUser) add('CONFLUENCE_V1_ENDPOINT_REMOVED', gatewayUser);
    if (siteUser && siteRefused(siteUser)) add('SCOPED_TOKEN_ON_SITE_URL', siteUser);
    serviceAccountNote();
    proven = true;
  } else if (gwUser?.answer === 'gone' && gatewayUser && readConfluenceGone(gatewayUser).authorized) {
    // https://github.com/Spenhouet/confluence-markdown-exporter/issues/207: "authorized": true: a genuine credential, a removed endpoint.
    add('CONFLUENCE_V1_ENDPOINT_REMOVED', gatewayUser);
    if (gwSpaces?.answer === 'scope-missing' && gatewaySpaces)
      add('SCOPE_MISSING', gatewaySpaces, {
        detail: gwSpaces.reading?.kind === 'scope-missing' ? gwSpaces.reading.detail : undefined,
        scopesGranular: CONFLUENCE_SPACES_V2.granular.join(', '),
      });
    serviceAccountNote();
    proven = true;
  } else if (gwUser?.answer === 'scope-missing' || gwSpaces?.answer === 'scope-missing') {
    // https://github.com/hunyadi/md2conf/issues/169: the scope gate answered: a genuine scoped token without a Confluence scope these checks need.
    const gate = gwUser?.answer === 'scope-missing' ? gatewayUser! : gatewaySpaces!;
    add('SCOPE_MISSING', gate, {
      detail: bodyLine(gate),
      scopesClassic: SCOPES_CLASSIC,
      scopesGranular: SCOPES_GRANULAR,
    });
    if (siteUser && siteRefused(siteUser)) add('SCOPED_TOKEN_ON_SITE_URL', siteUser, { variant: 'scope-missing' });
    serviceAccountNote();
    proven = true;
  } else if (gwUser?.answer === 'refusal' && gatewayUser) {
    // The gateway checks the credential before Confluence sees it (a bad one gets the gateway's 401), so this 403 is about access.
    add('NO_PRODUCT_ACCESS', gatewayUser, {
      product: 'Confluence',
      expected: 'confluence-integration',
      variant: 'gateway',
      detail: bodyLine(gatewayUser),
    });
    serviceAccountNote();
    proven = true;
  } else if (site?.answer === 'anonymous' && siteUser) {
    add('ANONYMOUS_FALLBACK', siteUser, {
      detail: site.reading?.kind === 'anonymous' ? site.reading.detail : undefined,
    });
  } else if (site?.answer === 'null-for-uri' && siteUser) {
    add('CONFLUENCE_URL_MISSING_WIKI', siteUser, { detail: new URL(siteUser.probe.url).pathname });
  } else if (
    gwUser?.answer === 'rejected' ||
    (!gatewayUser && (site?.answer === 'rejected' || site?.answer === 'refusal' || site?.answer === 'bare-404'))
  ) {
    // Wrong email or token, expired, revoked: Confluence answers 401, its v1 403 or its v2 bare 404 alike
    // (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md); the gateway refused it too when it was asked.
    const shown = (gwUser?.answer === 'rejected' ? gatewayUser : undefined) ?? siteUser ?? gatewaySpaces!;
    const reading = answerOf(shown)?.reading;
    add('CREDENTIALS_REJECTED', shown, {
      email: lint.email,
      variant: reading?.kind === 'rejected' ? reading.variant : undefined,
      detail: `Confluence: ${bodyLine(shown)}${gatewayUser && gwUser?.answer === 'rejected' && shown !== gatewayUser ? '; the API gateway refused it too' : ''}`,
    });
  } else if (site?.answer === 'not-found' && siteUser) {
    add('UNEXPECTED_RESPONSE', siteUser, { detail: `404 "${bodyLine(siteUser)}": this site may have no Confluence` });
  } else {
    // No credential answer: say why (a timeout, 429, 5xx…), from the probe that failed that way.
    const asked = [gatewayUser, gatewaySpaces, siteUser].filter((o): o is Observation => o !== undefined);
    const failed = asked.find((o) => answerOf(o)?.answer === 'other') ?? asked[0];
    if (failed) failure(failed, answerOf(failed)?.reading);
  }

  if (proven) findings.push(...jiraExtra(seen));
  return account ? { findings, account } : { findings };
}

/** Jira beside Confluence: accepted → AUTH_OK; anything else → an info note, never "site not found". */
function jiraExtra(seen: ConfluencePlanResult): Finding[] {
  const candidates = [seen.siteMyself, seen.gatewayMyself].filter((o): o is Observation => o !== undefined);
  const accepted = candidates.find((o) => readResponse(o).kind === 'accepted');
  const at = (o: Observation, code: FindingCode, params: FindingParams) =>
    makeFinding(
      code,
      { status: o.status?.toString(), probeUrl: o.probe.url, ...params },
      { probeId: o.probe.id, evidence: evidenceOf(o) },
    );
  if (accepted) {
    const reading = readResponse(accepted);
    return [at(accepted, 'AUTH_OK', reading.kind === 'accepted' ? { accountName: reading.account.displayName } : {})];
  }
  // The gateway's answer says more than the site's for a scoped token; the site's when there is no gateway answer.
  const shown = seen.gatewayMyself ?? seen.siteMyself;
  if (!shown) return [];
  const reading = readResponse(shown);
  const detail =
    reading.kind === 'not-found'
      ? 'no Jira on this site (404)'
      : reading.kind === 'forbidden'
        ? 'the account has no Jira access here (403)'
        : reading.kind === 'scope-missing'
          ? `the token's scopes do not cover Jira's /myself (${JIRA_MYSELF.classic.join(', ')} or ${JIRA_MYSELF.granular.join(', ')})`
          : reading.kind === 'rejected' || reading.kind === 'anonymous'
            ? 'Jira refused the credential'
            : `no usable answer (${reading.kind})`;
  return [at(shown, 'JIRA_NOT_USABLE', { detail })];
}
