/** How one probe's answer becomes a state (https://github.com/hunyadi/md2conf/issues/169), and the catalogue against https://github.com/salto-io/jira-swaggers. */
import { CAPABILITIES, scopesAllow } from '../../../lib/atlassian/scope-catalogue';
import type { Observation } from '../../../lib/model/report';
import { parseMessage } from '../../../lib/messages/protocol';
import { readProbe } from '../../../lib/scopes/interpret';
import { SCOPE_RULES } from '../../../emulator';

const jira = CAPABILITIES.find((c) => c.id === 'read-issues')!;
const pages = CAPABILITIES.find((c) => c.id === 'read-confluence-pages')!;

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

describe('readProbe (https://github.com/hunyadi/md2conf/issues/169: the scope gate runs before routing)', () => {
  it.each([
    [
      '401 scope does not match',
      obs(401, '{"code":401,"message":"Unauthorized; scope does not match"}'),
      { state: 'missing' },
    ],
    ['401 other (credentials)', obs(401, '{"code":401,"message":"Unauthorized"}'), { state: 'unknown' }],
    ['200', obs(200, '{}'), { state: 'granted', userAccess: 'allowed' }],
    [
      '403 behind the gate: the user lacks the permission',
      obs(403, '{"errorMessages":["no"]}'),
      { state: 'granted', userAccess: 'denied' },
    ],
    [
      '404 for a bogus id',
      obs(404, '{"errorMessages":["Issue does not exist"]}'),
      { state: 'granted', userAccess: 'unknown' },
    ],
    ['400 for a bogus query', obs(400, '{}'), { state: 'granted', userAccess: 'unknown' }],
    ['429', obs(429), { state: 'unknown' }],
    ['500', obs(500, '<html>'), { state: 'unknown' }],
    ['503', obs(503), { state: 'unknown' }],
    ['timeout', obs(null, '', { kind: 'timeout', message: 'no answer' }), { state: 'unknown' }],
    ['network error', obs(null, '', { kind: 'network', message: 'reset' }), { state: 'unknown' }],
  ])('%s', (_name, observation, expected) => {
    expect(readProbe(jira, observation)).toEqual(expected);
  });

  it('Confluence v2: the bare 404 NOT_FOUND is past the gate, the user layer unknown (https://github.com/mozilla/markfluence/blob/HEAD/docs/confluence/api.md)', () => {
    expect(
      readProbe(pages, obs(404, '{"errors":[{"status":404,"code":"NOT_FOUND","title":"Not Found","detail":null}]}')),
    ).toEqual({ state: 'granted', userAccess: 'unknown' });
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
