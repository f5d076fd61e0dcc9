/** Reading answers: the body line evidence quotes is bounded. */
import { bodyLine, htmlTitle, isEdgeNotFoundPage, readResponse } from '../../../lib/atlassian/responses';
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

/** The readers on hostile bodies: time grows linearly with the body (a ratio in the same run, not a wall-clock limit). */
describe('readers stay linear on hostile bodies', () => {
  const read = (body: string, status: number, type: string) => {
    const o = obs('site-myself', status, body, { 'content-type': type });
    readResponse(o);
    bodyLine(o);
    htmlTitle(o);
    isEdgeNotFoundPage(o);
  };
  /** The fastest of a few rounds, each repeated until it lasts long enough to measure. */
  const time = (body: string, status: number, type: string) => {
    let best = Infinity;
    for (let round = 0; round < 3; round++) {
      let runs = 0;
      const started = performance.now();
      do {
        read(body, status, type);
        runs++;
      } while (performance.now() - started < 15);
      best = Math.min(best, (performance.now() - started) / runs);
    }
    return best;
  };

  it.each([
    ['repeated "<title"', '<title', 200, 'text/html'],
    ['repeated "<title x>"', '<title x>', 404, 'text/html'],
    ['repeated "<message>"', '<message>', 500, 'application/xml'],
    ['repeated "<TITLE" in a 401', '<TITLE', 401, 'text/html'],
    ['white space then "<"', ' ', 200, 'text/html'],
  ])('%s: 64 KB costs less than 30 times 6.4 KB', (_name, unit, status, type) => {
    const body = (bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
    time(body(6_400), status, type); // warm up
    const ratio = time(body(64_000), status, type) / time(body(6_400), status, type);
    expect(ratio).toBeLessThan(30);
  });

  it('still reads the title the old way', () => {
    const title = (body: string) => htmlTitle(obs('site-myself', 200, body, { 'content-type': 'text/html' }));
    expect(title('<html><TITLE lang="en">  Log in \n to Jira </title>')).toBe('Log in to Jira');
    expect(title('<title></title><title>Second</title>')).toBe('Second');
    expect(title('<title <title>Nested</title>')).toBe('Nested');
    expect(title(`<title>${'x'.repeat(201)}</title>`)).toBeUndefined();
    expect(title(`<title>${'x'.repeat(200)}</TITLE>`)).toBe('x'.repeat(200));
    expect(title('<title>no end')).toBeUndefined();
    expect(title('<title x')).toBeUndefined();
  });
});
