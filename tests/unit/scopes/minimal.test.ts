import { minimalScopes } from '../../../lib/scopes/minimal';

describe('minimalScopes (from the catalogue, https://github.com/salto-io/jira-swaggers)', () => {
  it('reading issues needs read:jira-work, or every granular scope of search/jql and issue', () => {
    const m = minimalScopes(['read-issues']);
    expect(m.classic).toEqual(['read:jira-work']);
    expect(m.granular).toContain('read:issue-details:jira');
    expect(m.granular).toContain('read:issue:jira');
    expect(m.granularUnknownFor).toEqual([]);
  });

  it('adds write:jira-work for creating issues and says its granular scopes are not known here', () => {
    const m = minimalScopes(['read-issues', 'create-issues', 'read-users']);
    expect(m.classic).toEqual(['read:jira-user', 'read:jira-work', 'write:jira-work']);
    expect(m.granularUnknownFor).toEqual(['create and edit issues']);
  });

  it('Confluence pages have granular scopes only (v2)', () => {
    const m = minimalScopes(['read-confluence-pages']);
    expect(m.classic).toEqual([]);
    expect(m.granular).toEqual(['read:page:confluence', 'read:space:confluence']);
    expect(m.granularOnlyFor).toHaveLength(2);
  });

  it('nothing ticked, nothing asked', () => {
    expect(minimalScopes([])).toEqual({ classic: [], granular: [], granularUnknownFor: [], granularOnlyFor: [] });
  });
});
