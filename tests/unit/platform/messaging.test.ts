/**
 * The door: the background answers only the extension's own pages, and only payloads that match
 * the protocol's schema. Anything else — another extension, a web page, a content script, a
 * forged URL, extra keys, wrong types, huge strings — gets no answer and reaches no handler.
 * The extension API is replaced by a minimal double, so this runs as a plain unit test.
 */
import { vi } from 'vitest';

const OWN_ID = 'abcdefghijklmnopabcdefghijklmnop';
const listeners: ((raw: unknown, sender: unknown, sendResponse: (r: unknown) => void) => unknown)[] = [];

vi.mock('../../../lib/platform/browser', () => ({
  browser: {
    runtime: {
      id: OWN_ID,
      getURL: (path: string) => `chrome-extension://${OWN_ID}${path}`,
      onMessage: { addListener: (listener: (typeof listeners)[number]) => listeners.push(listener) },
      sendMessage: async () => undefined,
    },
  },
}));

const { isOwnPage, registerHandlers } = await import('../../../lib/platform/messaging');

const OWN_PAGE = {
  id: OWN_ID,
  url: `chrome-extension://${OWN_ID}/options.html#profile=x`,
  origin: `chrome-extension://${OWN_ID}`,
};

const FORGED_SENDERS = [
  [
    'another extension',
    { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/page.html' },
  ],
  ['another extension claiming our URL', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: OWN_PAGE.url }],
  ['a web page (externally_connectable)', { url: 'https://evil.example/', origin: 'https://evil.example' }],
  [
    'a content script in a tab',
    { id: OWN_ID, url: 'https://evil.example/page', tab: { id: 7 }, frameId: 0, origin: 'https://evil.example' },
  ],
  ['a content script on an Atlassian site', { id: OWN_ID, url: 'https://acme.atlassian.net/jira', tab: { id: 8 } }],
  ['our id but no URL', { id: OWN_ID }],
  [
    'our id with a look-alike extension URL',
    { id: OWN_ID, url: `chrome-extension://${OWN_ID}.evil.example/options.html` },
  ],
  ['our id with our URL inside another URL', { id: OWN_ID, url: `https://evil.example/chrome-extension://${OWN_ID}/` }],
  ['our URL from a foreign origin', { ...OWN_PAGE, origin: 'https://evil.example' }],
  ['a non-string id', { id: { toString: () => OWN_ID }, url: OWN_PAGE.url }],
  ['nothing at all', {}],
] as const;

describe('isOwnPage', () => {
  it('accepts the options page and the popup, in a tab or not', () => {
    expect(isOwnPage(OWN_PAGE as never)).toBe(true);
    expect(isOwnPage({ id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` })).toBe(true);
    expect(isOwnPage({ ...OWN_PAGE, tab: { id: 3 } } as never)).toBe(true);
  });

  it.each(FORGED_SENDERS)('refuses %s', (_name, sender) => {
    expect(isOwnPage(sender as never)).toBe(false);
  });
});

describe('registerHandlers', () => {
  const calls: unknown[] = [];
  registerHandlers({
    async diagnose(message: unknown) {
      calls.push(message);
      return { ok: false, error: 'test' };
    },
    async 'refresh-badge'(message: unknown) {
      calls.push(message);
      return { ok: true };
    },
    async 'diagnose-draft'(message: unknown) {
      calls.push(message);
      return { ok: false, error: 'test' };
    },
  } as never);
  const listener = listeners.at(-1)!;

  function deliver(raw: unknown, sender: unknown) {
    const sendResponse = vi.fn();
    const returned = listener(raw, sender, sendResponse);
    return { returned, sendResponse };
  }

  beforeEach(() => {
    calls.length = 0;
  });

  it('answers a well-formed message from our own page', async () => {
    const { returned, sendResponse } = deliver({ type: 'refresh-badge' }, OWN_PAGE);
    expect(returned).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: true }));
    expect(calls).toEqual([{ type: 'refresh-badge' }]);
  });

  it.each(FORGED_SENDERS)('gives no answer to %s, even for a valid message', async (_name, sender) => {
    const { returned, sendResponse } = deliver({ type: 'diagnose', profileId: 'p1' }, sender);
    expect(returned).toBeUndefined();
    await new Promise((r) => setTimeout(r, 5));
    expect(sendResponse).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
  });

  const MALFORMED: [string, unknown][] = [
    ['an unknown type', { type: 'export-secrets' }],
    ['an extra key', { type: 'diagnose', profileId: 'p1', url: 'https://evil.example' }],
    ['a wrong type for profileId', { type: 'diagnose', profileId: 42 }],
    ['an empty profileId', { type: 'diagnose', profileId: '' }],
    ['a huge profileId', { type: 'diagnose', profileId: 'x'.repeat(1_000_000) }],
    ['a missing profileId', { type: 'diagnose' }],
    ['an array', [{ type: 'diagnose', profileId: 'p1' }]],
    ['a string', 'diagnose'],
    ['null', null],
    ['undefined', undefined],
    ['a prototype-polluting key', JSON.parse('{"type":"refresh-badge","__proto__":{"admin":true}}')],
    [
      'a draft with an extra secret field',
      { type: 'diagnose-draft', profile: { kind: 'cloud-api-token', siteUrl: '', email: '', apiToken: '', pat: 'x' } },
    ],
    [
      'a draft with a 1 MB token',
      {
        type: 'diagnose-draft',
        profile: { kind: 'cloud-api-token', siteUrl: '', email: '', apiToken: 'x'.repeat(1_000_000) },
      },
    ],
  ];

  it.each(MALFORMED)('gives no answer to %s from our own page', async (_name, raw) => {
    const { returned, sendResponse } = deliver(raw, OWN_PAGE);
    expect(returned).toBeUndefined();
    await new Promise((r) => setTimeout(r, 5));
    expect(sendResponse).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
  });
});
