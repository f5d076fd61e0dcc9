/** Classification of a Data Center personal access token (Jira or Confluence): a pure function of the lint and the server's answers. */

/** https://github.com/AtlassianPS/JiraPS/issues/485: Jira's page after failed logins. */
const LOGIN_BLOCK = /requires you to log on to the website before continuing/i;
/** https://github.com/rundeck-plugins/jira-workflow-step/issues/11. */
const LOGIN_REQUIRED = /login is required/i;

function isAnonymousConfluenceUser(observation: Observation): boolean {
  const json = parseJson(observation);
  return (
    !!json && typeof json === 'object' && !Array.isArray(json) && (json as Record<string, unknown>).type === 'anonymous'
  );
}
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
import { myselfPath, type DcProduct } from './products';

/** A place the REST API may be instead of the address given, asked without the token. */
interface DcLook {
  /** The base URL it stands for (`https://jira.example/jira`). */
  base: string;
  /** The API path asked there. */
  path: string;
  /** The context path it adds or removes, for the finding (`/jira`). */
  label: string;
  observation?: Observation;
}

export interface DcSeen {
  /** Whether the browser lets Token Doctor contact the server; absent when nothing was to be sent. */
  granted?: boolean;
  /** The credentialed check: Jira's /myself, or Confluence's user/current when `product` is confluence. */
  myself?: Observation;
  /** Which product `myself` asked. */
  product?: DcProduct;
  /** Jira's /myself, when it answered 404 and Confluence was asked after it. */
  jiraMyself?: Observation;
  /** The REST API one level up or down, asked without the token in the same round trip. */
  looks?: DcLook[];
  /** Confluence's user/current at the address, without the token (when the address did not say which product). */
  confluenceLook?: Observation;
}

type DcServer = NonNullable<DcPatLint['server']>;

/**
 * Where the REST API may be instead: under /jira or /confluence when there is no context path,
 * else at the root (for the product the address names, or both when it names none).
 */
export function contextCandidates(server: DcServer, hinted: DcProduct | undefined): Omit<DcLook, 'observation'>[] {
  if (server.contextPath === '')
    return [
      { base: `${server.origin}/jira`, path: myselfPath('jira'), label: '/jira' },
      { base: `${server.origin}/confluence`, path: myselfPath('confluence'), label: '/confluence' },
    ];
  const products: DcProduct[] = hinted ? [hinted] : ['jira', 'confluence'];
  return products.map((product) => ({ base: server.origin, path: myselfPath(product), label: server.contextPath }));
}

function parseDcUser(observation: Observation): AccountSummary | undefined {
  const json = parseJson(observation);
  if (!json || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const r = json as Record<string, unknown>;
  // Jira's User bean has `key`/`name`; Confluence's `userKey`/`username` (and `type: known`).
  const id =
    typeof r.key === 'string'
      ? r.key
      : typeof r.name === 'string'
        ? r.name
        : typeof r.userKey === 'string'
          ? r.userKey
          : typeof r.username === 'string'
            ? r.username
            : undefined;
  if (!id) return undefined;
  const account: AccountSummary = {
    accountId: id,
    displayName: typeof r.displayName === 'string' ? r.displayName : id,
  };
  if (typeof r.active === 'boolean') account.active = r.active;
  return account;
}

/** Does the REST API answer at `url` (with no credential)? 401 or 200 JSON means yes. */
export function apiAnswers(observation: Observation): boolean {
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
  const product = seen.product ?? 'jira';
  const productName = product === 'confluence' ? 'Confluence' : 'Jira';
  if (server && myself) {
    const status = myself.status;
    const captcha = captchaLoginUrl(myself);
    const user = status === 200 ? parseDcUser(myself) : undefined;
    if (user) {
      account = user;
      add('AUTH_OK', myself, { accountName: user.displayName, product: productName });
    } else if (status === 200 && isAnonymousConfluenceUser(myself)) {
      // Confluence's user/current names the anonymous user when the token was not honoured.
      add('PAT_REJECTED', myself, {
        detail: 'Confluence answered as the anonymous user: the token was not accepted',
      });
    } else if (captcha.captcha) {
      add('CAPTCHA_REQUIRED', myself, { loginUrl: captcha.loginUrl });
    } else if (status === 403 && LOGIN_BLOCK.test(myself.body)) {
      // https://github.com/AtlassianPS/JiraPS/issues/485: after failed logins Jira wants a web login first.
      add('CAPTCHA_REQUIRED', myself, { loginUrl: `${server.base}/login.jsp` });
    } else if (status === 403 && LOGIN_REQUIRED.test(myself.body)) {
      // https://github.com/rundeck-plugins/jira-workflow-step/issues/11: REST logins disabled, "login is required".
      add('FORBIDDEN', myself, {
        detail: `"login is required": this server refuses REST calls that are not made from a web login (${bodyLine(myself)})`,
      });
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
      const found = (seen.looks ?? []).find((l) => l.observation && apiAnswers(l.observation));
      if (found) {
        if (server.contextPath === '')
          add('URL_MISSING_CONTEXT_PATH', myself, { detail: found.label, location: found.base });
        else add('URL_EXTRA_CONTEXT_PATH', myself, { detail: server.contextPath, location: found.base });
      } else {
        add('UNEXPECTED_RESPONSE', myself, {
          detail: `404: no Jira or Confluence REST API at ${server.base} (${bodyLine(myself)})`,
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
