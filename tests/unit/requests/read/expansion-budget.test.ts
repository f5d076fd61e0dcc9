/**
 * Variables that double at every line (`V1="$V0$V0"`) must not let a short paste build megabytes:
 * expansion stops at a budget, and the reading says where it stopped.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseRequest } from '../../../../lib/requests/analyse';
import { MAX_EXPANDED_CHARS } from '../../../../lib/requests/read/expansion-budget';
import type { ParsedRequest } from '../../../../lib/requests/read/request';

function doublingSh(depth: number, fanOut = 2, base = 'Ab'): string {
  const lines = [`V0=${base}`];
  for (let i = 1; i <= depth; i++) lines.push(`V${i}="${`$V${i - 1}`.repeat(fanOut)}"`);
  lines.push(`curl -u "ada@acme.example:$V${depth}" https://acme.atlassian.net/rest/api/3/myself`);
  return lines.join('\n');
}

function doublingPs(depth: number, fanOut = 2, base = 'Ab', sum = false): string {
  const lines = [`$V0 = '${base}'`];
  for (let i = 1; i <= depth; i++) {
    const parts = Array.from({ length: fanOut }, () => `$V${i - 1}`);
    lines.push(`$V${i} = ${sum ? parts.join(' + ') : `"${parts.join('')}"`}`);
  }
  lines.push(
    `Invoke-RestMethod -Uri https://acme.atlassian.net/rest/api/3/myself -Headers @{ Authorization = "Basic $V${depth}" }`,
  );
  return lines.join('\n');
}

/** Every value the reading produced. */
function producedLength(request: ParsedRequest): number {
  return [
    request.url?.value ?? '',
    request.user?.value ?? '',
    request.body?.value ?? '',
    ...request.headers.map((h) => h.value),
    ...request.notes.map((n) => n.text),
  ].reduce((sum, text) => sum + text.length, 0);
}

describe('variable expansion stays within its budget', () => {
  it('stops the 383-character sh paste that built an 8 MiB credential, and says so', () => {
    const text = doublingSh(22);
    expect(text).toHaveLength(383);
    const { facts } = analyseRequest(text);
    expect(facts.request.user!.value.length).toBeLessThan(MAX_EXPANDED_CHARS);
    expect(facts.request.notes.map((n) => n.text).join('\n')).toMatch(/stopped expanding variables at \$V\d+/);
  });

  it('stops PowerShell strings and sums that double the same way', () => {
    for (const text of [doublingPs(22), doublingPs(22, 2, 'Ab', true)]) {
      const { facts } = analyseRequest(text);
      const header = facts.request.headers.find((h) => h.name === 'Authorization')!;
      expect(header.value.length).toBeLessThan(MAX_EXPANDED_CHARS);
      expect(facts.request.notes.map((n) => n.text).join('\n')).toMatch(/stopped expanding variables at \$V\d+/);
    }
  });

  it('expands a real paste in full, without a note', () => {
    const { facts } = analyseRequest(doublingSh(3));
    expect(facts.request.user!.value).toBe(`ada@acme.example:${'Ab'.repeat(8)}`);
    expect(facts.request.notes).toEqual([]);
  });

  it('what a paste expands to is bounded by its own length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 1, max: 4 }),
        fc.stringMatching(/^[A-Za-z0-9]{1,30}$/),
        fc.constantFrom('sh', 'ps', 'ps-sum'),
        (depth, fanOut, base, flavour) => {
          const text =
            flavour === 'sh' ? doublingSh(depth, fanOut, base) : doublingPs(depth, fanOut, base, flavour === 'ps-sum');
          const { facts } = analyseRequest(text);
          expect(producedLength(facts.request)).toBeLessThanOrEqual(2 * text.length + MAX_EXPANDED_CHARS + 2_000);
        },
      ),
      { numRuns: 60 },
    );
  });
});
