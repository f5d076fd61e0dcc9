import { compareNames, compareProfiles, sortProfiles } from '../../../lib/profiles/order';

const at = (n: number) => new Date(Date.UTC(2026, 0, n)).toISOString();
const p = (name: string, id: string, day = 1) => ({ name, id, createdAt: at(day) });

describe('profile order', () => {
  it('sorts numbers in names as numbers, case-insensitively', () => {
    const names = ['Profile 10', 'profile 2', 'Profile 1', 'alpha', 'Beta', 'Profile 100', 'Éclair', 'zeta'];
    expect(sortProfiles(names.map((name, i) => p(name, `id${i}`))).map((x) => x.name)).toEqual([
      'alpha',
      'Beta',
      'Éclair',
      'Profile 1',
      'profile 2',
      'Profile 10',
      'Profile 100',
      'zeta',
    ]);
  });

  it('breaks ties by creation time, then id, whatever the input order', () => {
    const a = p('Same', 'b', 1);
    const b = p('same', 'a', 2);
    const c = p('SAME', 'c', 2);
    expect(sortProfiles([c, b, a]).map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(sortProfiles([a, b, c]).map((x) => x.id)).toEqual(['b', 'a', 'c']);
    expect(compareProfiles(a, a)).toBe(0);
  });

  it('ignores leading and trailing spaces and leaves the input untouched', () => {
    expect(compareNames(' Profile 9', 'Profile 10')).toBeLessThan(0);
    const input = [p('b', '1'), p('a', '2')];
    sortProfiles(input);
    expect(input.map((x) => x.name)).toEqual(['b', 'a']);
  });
});
