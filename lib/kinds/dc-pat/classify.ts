/** Classification of a Data Center personal access token: a pure function of the lint and the server's answers. */
import { bodyLine, captchaLoginUrl, htmlTitle, isHtml, parseJson, readResponse } from '../../atlassian/responses';
import { tokenFingerprint } from '../../atlassian/token-shape';
import type { FindingParams } from '../../findings/catalogue';
import { makeFinding } from '../../findings/make-finding';
import type { FindingCode } from '../../model/codes';
import type { AccountSummary, Finding, Observation } from '../../model/report';
import { orderFindings } from '../../model/verdict';
import type { ReportParts } from '../../probe/run';
import { failureOrUnexpected, probeFinding } from '../shared';
import type { DcPatLint } from './lint';

export const DC_MYSELF_PATH = '/rest/api/2/myself';
/** The context path Jira Data Center is most often served under. */
const USUAL_CONTEXT = '/jira';

export interface DcSeen {
  /** Whether the browser lets Token Doctor contact the server; absent when nothing was to be sent. */
  granted?: boolean;
  myself?: Observation;
  /** The API one level up or down, asked without the token after a 404. */
  context?: Observation;
}

type DcServer = NonNullable<DcPatLint['server']>;

/** Where the REST API may be instead: under /jira when there is no context path, else at the root. */
export function contextCandidate(server: DcServer): string {
  return server.contextPath === '' ? `${server.origin}${USUAL_CONTEXT}` : server.origin;
}

function parseDcUser(observation: Observation): AccountSummary | undefined {
  const json = parseJson(observation);
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const r = json as Record<string, unknown>;
  const id = typeof r.key === 'string' ? r.key : typeof r.name === 'string' ? r.name : undefined;
  if (!id) return undefined;
  const account: AccountSummary = {
    accountId: id,
    displayName: typeof r.displayName === 'string' ? r.displayName : id,
  };
  if (typeof r.active === 'boolean') account.active = r.active;
  return account;
}

/** Does the REST API answer at `url` (with no credential)? 401 or 200 JSON means yes. */
function apiAnswers(observation: Observation): boolean {
  return observation.status === 401 || (observation.status === 200 && parseJson(observation) !== undefined);
}

export function classifyDcPat(lint: DcPatLint, seen: DcSeen): ReportParts {
  const server = lint.server;
  const findings: Finding[] = [...lint.findings];
  let account: AccountSummary | undefined;
  const add = (code: FindingCode, observation: Observation, params: FindingParams = {}) =>
    findings.push(probeFinding(code, observation, { serverUrl: server?.base, ...params }));

  if (server && seen.granted === false) {
    findings.push(
      makeFinding(
        'HOST_PERMISSION_MISSING',
        { origin: server.origin },
        { field: 'serverUrl', evidence: [`no host permission for ${server.origin}/*`] },
      ),
    );
  }
  const myself = seen.myself;
  if (server && myself) {
    const status = myself.status;
    const captcha = captchaLoginUrl(myself);
    const user = status === 200 ? parseDcUser(myself) : undefined;
    if (user) {
      account = user;
      add('AUTH_OK', myself, { accountName: user.displayName });
    } else if (captcha.captcha) {
      add('CAPTCHA_REQUIRED', myself, { loginUrl: captcha.loginUrl });
    } else if (status === 200 && isHtml(myself)) {
      // One tool reads a 200 HTML login page as an expired PAT; unverified, so said as a maybe.
      add('UNEXPECTED_RESPONSE', myself, {
        detail: `an HTML page${htmlTitle(myself) ? ` "${htmlTitle(myself)}"` : ''} — a login page here may mean the token expired (unverified)`,
      });
    } else if (status === 401) {
      add('PAT_REJECTED', myself, { detail: bodyLine(myself) });
    } else if (status === 403) {
      add('FORBIDDEN', myself, { detail: bodyLine(myself) });
    } else if (status === 404) {
      const candidate = contextCandidate(server);
      if (seen.context && apiAnswers(seen.context)) {
        if (server.contextPath === '')
          add('URL_MISSING_CONTEXT_PATH', myself, { detail: USUAL_CONTEXT, location: candidate });
        else add('URL_EXTRA_CONTEXT_PATH', myself, { detail: server.contextPath, location: candidate });
      } else {
        add('UNEXPECTED_RESPONSE', myself, {
          detail: `404: no Jira REST API at ${server.base} (${bodyLine(myself)})`,
        });
      }
    } else {
      const reading = readResponse(myself);
      if (reading.kind === 'redirect') add('REDIRECTED', myself, { location: reading.location });
      else findings.push(failureOrUnexpected(myself));
    }
  }
  return {
    tokenFingerprint: tokenFingerprint(lint.pat),
    findings: orderFindings(findings),
    siteUrl: server?.base,
    account,
  };
}
