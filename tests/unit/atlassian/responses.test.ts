/** Reading answers: the body line evidence quotes is bounded. */
import { bodyLine } from '../../../lib/atlassian/responses';
import { obs } from '../kinds/observation';

describe('bodyLine', () => {
  it.each([
    ['errorMessages[0]', { errorMessages: ['e'.repeat(5_000)] }],
    ['message', { message: 'm'.repeat(5_000) }],
  ])('quotes at most 200 characters of %s', (_name, body) => {
    const line = bodyLine(obs('dc-myself', 401, body));
    expect(line.length).toBeLessThanOrEqual(200);
    expect(line.endsWith('…')).toBe(true);
  });

  it('quotes at most 200 characters of plain text', () => {
    expect(bodyLine(obs('dc-myself', 401, 't'.repeat(5_000))).length).toBeLessThanOrEqual(200);
  });

  it('keeps a short message whole', () => {
    expect(bodyLine(obs('dc-myself', 401, { errorMessages: ['Invalid credentials'] }))).toBe('Invalid credentials');
  });
});
