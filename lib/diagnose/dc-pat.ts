/**
 * Diagnosis of a Jira Data Center personal access token (facts §5.4): `GET {server}/rest/api/2/myself`
 * with Bearer, sent only to the one origin the user granted for this profile. A 404 is looked into
 * without the token: does the REST API answer under `/jira` (a missing context path), or at the
 * root (an extra one)? (facts §1.11)
 */
import { bodyLine, captchaLoginUrl, isHtml, htmlTitle, parseJson, readMyself } from '../atlassian/responses';
import { tokenFingerprint } from '../atlassian/token-shape';
import type { FindingParams } from '../findings/catalogue';
import type { FindingCode } from '../model/codes';
import { makeFinding } from '../findings/make-finding';
import type { DcPatProfile } from '../model/profile';
import { evidenceOf, failureFinding } from './classify';
import { orderFindings } from '../model/verdict';
import { lintDcPat } from './lint-kinds';
import { serverDestinationAllowed } from '../probe/policy';
import { finishReport, probeRequest, shownBearer, startRun } from '../probe/run';
import type { EngineDeps } from '../probe/deps';
import type { AccountSummary, Finding, Observation, Report } from '../model/report';

const MYSELF = '/rest/api/2/myself';
/** The context path Jira Data Center is most often served under (facts §1.11). */
const USUAL_CONTEXT = '/jira';

export function parseDcUser(observation: Observation): AccountSummary | undefined {
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

export async function diagnoseDcPat(profile: DcPatProfile, deps: EngineDeps): Promise<Report> {
  const lint = lintDcPat(profile);
  const server = lint.server;
  const run = startRun(deps, (url) =>
    server ? serverDestinationAllowed(url, server.origin) : { allowed: false, reason: 'no server' },
  );
  const fingerprint = tokenFingerprint(lint.pat);
  const findings: Finding[] = [...lint.findings];
  let account: AccountSummary | undefined;

  const add = (code: FindingCode, observation: Observation, params: FindingParams = {}) =>
    findings.push(
      makeFinding(
        code,
        { status: observation.status?.toString(), probeUrl: observation.probe.url, serverUrl: server?.base, ...params },
        { probeId: observation.probe.id, evidence: evidenceOf(observation) },
      ),
    );

  if (server && lint.canSendCredential) {
    const granted = deps.isOriginGranted ? await deps.isOriginGranted(server.origin) : true;
    if (!granted) {
      findings.push(
        makeFinding(
          'HOST_PERMISSION_MISSING',
          { origin: server.origin },
          { field: 'serverUrl', evidence: [`no host permission for ${server.origin}/*`] },
        ),
      );
    } else {
      const myself = await run.send({
        probe: probeRequest('dc-myself', `${server.base}${MYSELF}`, 'bearer', shownBearer(fingerprint)),
        authorization: `Bearer ${lint.pat}`,
      });
      const status = myself.status;
      const captcha = captchaLoginUrl(myself);
      const user = status === 200 ? parseDcUser(myself) : undefined;
      if (user) {
        account = user;
        add('AUTH_OK', myself, { accountName: user.displayName });
      } else if (captcha.captcha) {
        add('CAPTCHA_REQUIRED', myself, { loginUrl: captcha.loginUrl });
      } else if (status === 200 && isHtml(myself)) {
        // facts §5.4: one tool reads a 200 HTML login page as an expired PAT (unverified).
        add('UNEXPECTED_RESPONSE', myself, {
          detail: `an HTML page${htmlTitle(myself) ? ` "${htmlTitle(myself)}"` : ''} — a login page here may mean the token expired (unverified)`,
        });
      } else if (status === 401) {
        add('PAT_REJECTED', myself, { detail: bodyLine(myself) });
      } else if (status === 403) {
        add('FORBIDDEN', myself, { detail: bodyLine(myself) });
      } else if (status === 404) {
        // Look for the API one level up or down, without the token.
        const candidate = server.contextPath === '' ? `${server.origin}${USUAL_CONTEXT}` : server.origin;
        const probe = await run.send({ probe: probeRequest('dc-context', `${candidate}${MYSELF}`, 'none') });
        if (apiAnswers(probe)) {
          if (server.contextPath === '')
            add('URL_MISSING_CONTEXT_PATH', myself, { detail: USUAL_CONTEXT, location: candidate });
          else add('URL_EXTRA_CONTEXT_PATH', myself, { detail: server.contextPath, location: candidate });
        } else {
          add('UNEXPECTED_RESPONSE', myself, {
            detail: `404: no Jira REST API at ${server.base} (${bodyLine(myself)})`,
          });
        }
      } else {
        const reading = readMyself(myself);
        if (reading.kind === 'redirect') add('REDIRECTED', myself, { location: reading.location });
        else
          findings.push(
            failureFinding(reading, myself, {}) ??
              makeFinding(
                'UNEXPECTED_RESPONSE',
                { probeUrl: myself.probe.url, status: String(status), detail: bodyLine(myself) },
                { probeId: myself.probe.id, evidence: evidenceOf(myself) },
              ),
          );
      }
    }
  }
  return finishReport(profile, run, deps, {
    tokenFingerprint: fingerprint,
    findings: orderFindings(findings),
    siteUrl: server?.base,
    account,
  });
}
