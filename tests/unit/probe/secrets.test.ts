/** The run's secrets: the forms a secret can be repeated in, and the scrubbing of what a run records. */
import { memoryCache } from '../../../lib/probe/deps';
import { probeRequest, startRun } from '../../../lib/probe/run';
import { credentialsOfAuthorization, SECRET_REMOVED, secretForms, secretSet } from '../../../lib/probe/secrets';
import { basicAuthorization, bearerAuthorization } from '../../../lib/probe/auth';
import { findSecrets, forbiddenStrings } from '../secret-scan';

const TOKEN = `ATATT3xFfGF0${'k7'.repeat(30)}=AB12CD34`;
const EMAIL = 'ada@acme.example';

describe('secretForms', () => {
  it('covers every form the secret scanner looks for', () => {
    const forms = secretForms({ tokens: [TOKEN], users: [EMAIL] });
    const scrubbed = secretSet({ tokens: [TOKEN], users: [EMAIL] }).scrub(
      // (the scanner's last form, the secret's middle, is a part of the secret, not a whole form of it)
      forbiddenStrings({ token: TOKEN, email: EMAIL })
        .filter((s) => s !== TOKEN.slice(6, -6))
        .join(' | '),
    );
    expect(findSecrets(scrubbed, { token: TOKEN, email: EMAIL })).toEqual([]);
    expect(forms.length).toBeGreaterThan(4);
  });

  it('does not replace a bare secret too short to tell from words, but still its longer forms', () => {
    const set = secretSet({ tokens: ['abc'], users: [EMAIL] });
    expect(set.scrub('abc and Bearer abc')).toBe(`abc and ${SECRET_REMOVED}`);
    expect(set.scrub(`${EMAIL}:abc`)).toBe(SECRET_REMOVED);
  });
});

describe('credentialsOfAuthorization', () => {
  it('reads the token and the user out of a Basic value, and the token out of a Bearer one', () => {
    expect(credentialsOfAuthorization(basicAuthorization(EMAIL, TOKEN))).toMatchObject({
      tokens: [TOKEN, expect.any(String), expect.any(String)],
      users: [EMAIL],
    });
    expect(credentialsOfAuthorization(bearerAuthorization(TOKEN)).tokens).toContain(TOKEN);
  });
});

describe('secretSet.scrub', () => {
  it('replaces the secret in every string of a JSON value, keys included, without touching the original', () => {
    const value = { a: [`x ${TOKEN} y`, 3, null], [TOKEN]: { nested: encodeURIComponent(`${EMAIL}:${TOKEN}`) } };
    const copy = JSON.stringify(value);
    const scrubbed = secretSet({ tokens: [TOKEN], users: [EMAIL] }).scrub(value);
    expect(JSON.stringify(scrubbed)).not.toContain(TOKEN.slice(6, -6));
    expect(scrubbed.a).toEqual([`x ${SECRET_REMOVED} y`, 3, null]);
    expect(JSON.stringify(value)).toBe(copy);
  });
});

describe('startRun records observations without the secrets it sent', () => {
  it('scrubs the body, the headers and the redirect target, even where evidence will cut them short', async () => {
    const authorization = bearerAuthorization(TOKEN);
    const run = startRun(
      {
        transport: async (_url, init) => {
          const got = new Headers(init.headers).get('authorization')!;
          return new Response(JSON.stringify({ errorMessages: [`${'x'.repeat(190)} ${got}`] }), {
            status: 401,
            headers: { 'content-type': 'application/json', 'www-authenticate': got },
          });
        },
        now: Date.now,
        cache: memoryCache(),
      },
      () => ({ allowed: true }),
    );
    const seen = await run.send({
      probe: probeRequest('dc-myself', 'https://jira.example/rest/api/2/myself', 'bearer', 'shown'),
      authorization,
    });
    expect(JSON.stringify(seen)).not.toContain(TOKEN.slice(0, 12));
    expect(seen.body).toContain(SECRET_REMOVED);
  });
});
