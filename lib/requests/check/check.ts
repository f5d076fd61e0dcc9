/**
 * Checks a pasted request without sending anything, from its facts: construction mistakes, and
 * every URL and credential code of the engine that applies (its own parseSiteUrl and lint).
 * Each finding carries the spans of the pasted text it is about.
 */
import { orderFindings } from '../../model/verdict';
import type { Finding } from '../../model/report';
import { makeFinding } from '../../findings/make-finding';
import type { RequestFacts } from '../facts';
import { constructionFindings } from './construction';
import { credentialFindings } from './credential';
import { headerFindings } from './headers';
import { urlFindings } from './url';

export function checkRequest(facts: RequestFacts, source: string): Finding[] {
  const { read, request, target, credential } = facts;
  if (!read.understood) return [makeFinding('REQUEST_UNREADABLE', { detail: read.summary })];
  const findings: Finding[] = [...headerFindings(request), ...constructionFindings(facts)];
  if (target && request.url) findings.push(...urlFindings(request.url, target, source));

  if (credential) findings.push(...credentialFindings(credential, credential.reading, target, source));
  else if (target && (target.kind === 'site' || target.kind === 'gateway'))
    findings.push({ ...makeFinding('NO_CREDENTIALS_SENT'), spans: request.url ? [request.url.span] : [] });

  const basicish = credential === undefined || credential.scheme === 'basic' || credential.scheme === 'none';
  if (target?.kind === 'site' && target.apiPath !== '' && target.product && basicish) {
    const params = {
      host: target.host,
      origin: target.origin,
      cloudId: facts.cloudId,
      email: credential?.reading.email,
    };
    const spans = request.url ? [request.url.span] : [];
    // A token's text never says whether it is scoped; a service account's always is.
    if (facts.scoped)
      findings.push({
        ...makeFinding('SCOPED_TOKEN_ON_SITE_URL', params, { evidence: [`URL: ${request.url?.value ?? ''}`] }),
        spans,
      });
    else findings.push({ ...makeFinding('SITE_URL_REFUSES_SCOPED_TOKENS', params), spans });
  }

  if (!findings.some((f) => f.severity === 'error' || f.severity === 'warning')) {
    findings.push(
      makeFinding('REQUEST_WELL_FORMED', { detail: read.summary.replace(/^Read as /, 'This ').replace(/\.$/, '') }),
    );
  }
  return orderFindings(findings);
}
