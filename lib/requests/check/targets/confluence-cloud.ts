/**
 * Confluence Cloud, on a site under `/wiki` or through the gateway's `/ex/confluence/{cloudId}`.
 * `/wiki` is right here (and wrong on a Jira path); without it a Cloud site routes the call to
 * Jira, which answers 404 "null for uri" (https://github.com/atlassian-api/atlassian-python-api/issues/189).
 * The v1 content and space endpoints answer 410 GoneException through the gateway and to OAuth
 * tokens while the credential is fine (https://github.com/Spenhouet/confluence-markdown-exporter/issues/207,
 * https://github.com/markdown-confluence/markdown-confluence/issues/796).
 */
import { makeFinding } from '../../../findings/make-finding';
import type { Finding } from '../../../model/report';
import type { RequestFacts } from '../../facts';
import { spanIn } from '../../read/words';
import { decidedBy } from '../rule';
import { cloudCredentialFindings, cloudUrlFindings, scopedOnSiteFindings } from './cloud';
import type { TargetRules } from './types';

/** v1 resources removed on the gateway and for OAuth; user/current, attachments and labels are still served. */
const REMOVED_V1 = /\/wiki\/rest\/api\/(?:space|search|content(?!\/[^/?#]+\/(?:child\/attachment|label)))(?=[/?#]|$)/;
const V2_MIXED = /\/(?:wiki\/)?rest\/api\/v2(?=[/?#]|$)/;

/** The v2 path the caller means, for the few v1 calls with an obvious counterpart. */
export function v2Counterpart(path: string): string | undefined {
  const content = /\/wiki\/rest\/api\/content\/(\d+)(?=[?#]|$)/.exec(path);
  if (content) return path.slice(0, content.index) + `/wiki/api/v2/pages/${content[1]}`;
  const space = /\/wiki\/rest\/api\/space(?=[?#]|$)/.exec(path);
  if (space) return path.slice(0, space.index) + '/wiki/api/v2/spaces' + path.slice(space.index + space[0].length);
  return undefined;
}

function pathFindings(facts: RequestFacts, source: string): Finding[] {
  const { target, request, credential } = facts;
  const url = request.url;
  if (!url) return [];
  const at = (part: string) => spanIn(source, url.span, part);
  const findings: Finding[] = [];
  const bare = target.path.replace(/[?#].*$/, '');
  if (target.missingWiki)
    findings.push({
      ...makeFinding(
        'CONFLUENCE_URL_MISSING_WIKI',
        { origin: target.origin, path: target.apiPath?.replace(/[?#].*$/, '') },
        { evidence: [`URL: ${url.value}`] },
      ),
      spans: [at(target.apiPath?.replace(/[?#].*$/, '') ?? target.path)],
    });
  if (/\/wiki\/wiki(?=[/?#]|$)/.test(bare))
    findings.push({ ...makeFinding('CONFLUENCE_WIKI_DOUBLED'), spans: [at('/wiki/wiki')] });
  const mixed = V2_MIXED.exec(bare);
  if (mixed)
    findings.push({
      ...makeFinding('CONFLUENCE_V2_PATH_WRONG', {
        path: mixed[0],
        expected:
          bare.slice(0, mixed.index) + (target.via === 'site' || bare.includes('/wiki') ? '/wiki/api/v2' : '/api/v2'),
      }),
      spans: [at(mixed[0])],
    });
  const oauth = credential?.scheme === 'bearer' && credential.reading.bearer !== 'api-token';
  const removed = REMOVED_V1.exec(bare);
  if (removed && (target.via === 'gateway' || oauth))
    findings.push({
      ...makeFinding('CONFLUENCE_V1_ENDPOINT_REMOVED', {
        path: removed[0],
        variant: target.via === 'gateway' ? undefined : 'oauth',
        expected: v2Counterpart(bare),
      }),
      spans: [at(removed[0])],
    });
  return findings;
}

export const confluenceCloudRules: TargetRules = (facts, source) => {
  // `/wiki/wiki`: the engine's "extra path /wiki" is this target's doubled /wiki, said once.
  const doubled = /\/wiki\/wiki(?=[/?#]|$)/.test(facts.target.path);
  const url = cloudUrlFindings(facts, source).filter((f) => !(doubled && f.code === 'URL_HAS_EXTRA_PATH'));
  return [
    ...decidedBy(facts.target, 'Confluence lives under /wiki; v2 is /wiki/api/v2', pathFindings(facts, source)),
    ...decidedBy(facts.target, 'the site URL is the site alone, then /wiki and the REST path', url),
    ...decidedBy(facts.target, 'Basic with base64 of email:API token', cloudCredentialFindings(facts, source)),
    ...decidedBy(facts.target, 'a scoped token calls the API gateway', scopedOnSiteFindings(facts)),
  ];
};
