/** How one probe's answer reads at the scope gate (https://github.com/hunyadi/md2conf/issues/169), and the catalogue against https://github.com/salto-io/jira-swaggers. */
import { CAPABILITIES, endpointName, scopesAllow } from '../../../lib/atlassian/scope-catalogue';
import type { Observation } from '../../../lib/model/report';
import { parseMessage } from '../../../lib/messages/protocol';
import { gateAnswerOf } from '../../../lib/scopes/gate';
import { SCOPE_RULES } from '../../../emulator';

const jira = CAPABILITIES.find((c) => c.id === 'read-issues')!;

function obs(status: number | null, body = '', error?: Observation['error']): Observation {
  return {
    probe: { id: 'scope:x', url: 'https://api.atlassian.com/ex/jira/c/rest/api/3/x', auth: 'basic', display: 'GET …' },
    status,
    headers: { 'content-type': 'application/json' },
    body,
    bodyTruncated: false,
    durationMs: 1,
    attempts: 1,
    ...(error ? { error } : {}),
  };
}

describe('gateAnswerOf: what one answer says about the scope gate (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md)', () => {
  it.each([
    ['401 scope does not match', obs(401, '{"code":401,"message":"Unauthorized; scope does not match"}'), 'refused'],
    ['401 other (the credential itself)', obs(401, '{"code":401,"message":"Unauthorized"}'), 'silent'],
    ['200', obs(200, '{}'), 'passed'],
    ['403 from the product: the user lacks the permission', obs(403, '{"errorMessages":["no"]}'), 'passed'],
    [
      '403 Confluence: caller cannot access Confluence',
      obs(403, '{"statusCode":403,"message":"caller cannot access Confluence"}'),
      'passed',
    ],
    [
      '403 IP allowlist (before any scope is read)',
      obs(403, '{"errorMessages":["The IP address has been rejected because it is not on the allowed list."]}'),
      'silent',
    ],
    ['400 for a bogus query', obs(400, '{"errorMessages":["bad jql"],"errors":{}}'), 'passed'],
    ['404 of a missing resource', obs(404, '{"errorMessages":["Issue does not exist"]}'), 'silent'],
    [
      '404 Confluence v2 bare NOT_FOUND',
      obs(404, '{"errors":[{"status":404,"code":"NOT_FOUND","title":"Not Found","detail":null}]}'),
      'silent',
    ],
    ['410 removed endpoint', obs(410, '{"statusCode":410,"message":"GoneException"}'), 'silent'],
    ['429', obs(429), 'silent'],
    ['500', obs(500, '<html>'), 'silent'],
    ['503', obs(503), 'silent'],
    ['timeout', obs(null, '', { kind: 'timeout', message: 'no answer' }), 'silent'],
    ['network error', obs(null, '', { kind: 'network', message: 'reset' }), 'silent'],
  ])('%s', (_name, observation, expected) => {
    expect(gateAnswerOf(observation)).toBe(expected);
  });

  it('a 200 served as anonymous proves nothing', () => {
    const o = obs(200, '{}');
    expect(gateAnswerOf({ ...o, headers: { ...o.headers, 'x-seraph-loginreason': 'AUTHENTICATED_FAILED' } })).toBe(
      'silent',
    );
  });
});

describe('endpointName', () => {
  it('names endpoints short, with the Confluence API version', () => {
    expect(CAPABILITIES.map(endpointName)).toContain('search/jql');
    expect(endpointName({ path: '/wiki/api/v2/spaces' })).toBe('spaces (v2)');
    expect(endpointName({ path: '/wiki/rest/api/user/current' })).toBe('user/current (v1)');
  });

  it('never probes a Confluence v1 endpoint removed on the gateway (only user/current is still served)', () => {
    const v1 = CAPABILITIES.filter((c) => c.path.startsWith('/wiki/rest/api/')).map((c) => c.path);
    expect(v1).toEqual(['/wiki/rest/api/user/current']);
  });
});

describe('the capability catalogue (https://github.com/salto-io/jira-swaggers)', () => {
  it('names the same scopes as the emulator’s independent copy of https://github.com/salto-io/jira-swaggers, for every endpoint', () => {
    for (const c of CAPABILITIES) {
      const path = c.path.replace('{issueIdOrKey}', 'X-1');
      const rule = SCOPE_RULES.find((r) => r.product === c.product && r.pattern.test(path));
      expect(rule, c.id).toBeDefined();
      expect([c.id, [...c.classic], [...c.granular]]).toEqual([c.id, [...rule!.classic], [...rule!.granular]]);
    }
  });

  it('probes with GET paths that read nothing real, at most 14 of them', () => {
    expect(CAPABILITIES.length).toBeLessThanOrEqual(14);
    expect(new Set(CAPABILITIES.map((c) => c.id)).size).toBe(CAPABILITIES.length);
    expect(CAPABILITIES.find((c) => c.id === 'read-issues')?.probePath).toBe('/rest/api/3/issue/SCOPECHECK-0');
  });

  it('classic: any one scope; granular: all of them (https://github.com/hunyadi/md2conf/issues/169)', () => {
    expect(scopesAllow(jira, ['read:jira-work'])).toBe(true);
    expect(scopesAllow(jira, jira.granular.slice(1))).toBe(false);
    expect(scopesAllow(jira, [...jira.granular])).toBe(true);
  });
});

describe('the check-scopes message', () => {
  it('is accepted with a profile id and refused otherwise (fail closed at the door)', () => {
    expect(parseMessage({ type: 'check-scopes', profileId: 'p1' })).toEqual({
      ok: true,
      message: { type: 'check-scopes', profileId: 'p1' },
    });
    expect(parseMessage({ type: 'check-scopes', profileId: '' }).ok).toBe(false);
    expect(parseMessage({ type: 'check-scopes', profileId: 'p1', token: 'x' }).ok).toBe(false);
  });
});
