/**
 * Pastes built to make a reader slow: deeply nested PowerShell groups and hashtables, and long
 * runs of `{` or `<` that never close (the placeholder patterns). Checking one must cost about
 * ten times more at ten times the size — measured against the same construct at a tenth of the
 * size in the same run, never as a wall-clock limit.
 */
import { describe, expect, it } from 'vitest';
import { analyseRequest } from '../../../lib/requests/analyse';

const URL = 'https://acme.atlassian.net/rest/api/3/myself';
const PATHOLOGICAL: Record<string, (n: number) => string> = {
  'nested PowerShell @{': (n) => `Invoke-RestMethod -Uri ${URL} -Headers ${'@{a='.repeat(n / 4)}`,
  'nested PowerShell @{ … }, closed': (n) =>
    `Invoke-RestMethod -Uri ${URL} -Headers ${'@{a='.repeat(n / 8)}1${'}'.repeat(n / 8)}`,
  'nested PowerShell ( … )': (n) => `$x = ${'('.repeat(n / 2)}1${')'.repeat(n / 2)}\nInvoke-RestMethod -Uri $x`,
  'nested PowerShell $( … )': (n) => `$x = "${'$('.repeat(n / 4)}1${')'.repeat(n / 4)}"\nInvoke-RestMethod -Uri $x`,
  '< in the URL path': (n) => `curl 'https://acme.atlassian.net/${'<'.repeat(n)}'`,
  '< in the host': (n) => `curl 'https://${'<'.repeat(n)}/rest/api/3/myself'`,
  '{ in the host': (n) => `curl 'https://${'{'.repeat(n)}.atlassian.net/rest/api/3/myself'`,
  '< in the -u token': (n) => `curl -u 'ada@acme.example:${'<a'.repeat(n / 2)}' ${URL}`,
  '{ in a Bearer value': (n) => `curl -H 'Authorization: Bearer ${'{'.repeat(n)}' ${URL}`,
  '< in a PowerShell recipe': (n) =>
    `$Text = 'a@b.com:${'<'.repeat(n)}'\n$E = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($Text))`,
};

/** The fastest of a few checks of each text, in ms, run in turn so that a busy machine slows both alike; never below 2 ms, so that timer noise on tiny inputs cannot fake a ratio. */
function costs(small: string, large: string, runs = 5): [number, number] {
  const best = [Infinity, Infinity];
  for (let i = 0; i < runs; i++)
    [small, large].forEach((text, k) => {
      const started = performance.now();
      analyseRequest(text);
      best[k] = Math.min(best[k]!, performance.now() - started);
    });
  return [Math.max(best[0]!, 2), Math.max(best[1]!, 2)];
}

describe('checking a paste takes time about linear in its size', () => {
  for (const [name, make] of Object.entries(PATHOLOGICAL)) {
    it(name, () => {
      analyseRequest(make(2_000)); // warm up the JIT
      // Linear would be 10; quadratic 100. A busy machine can stall one of the two measurements:
      // measure again (with more runs) before believing a high ratio. A quadratic reader stays near
      // 100 however often it is measured, so this cannot hide one.
      let ratio = Infinity;
      for (const runs of [5, 9, 15]) {
        const [small, large] = costs(make(2_000), make(20_000), runs);
        ratio = Math.min(ratio, large / small);
        if (ratio < 30) break;
      }
      expect(ratio).toBeLessThan(30);
    });
  }
});
