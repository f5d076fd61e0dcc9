/**
 * What the Chrome Web Store and addons.mozilla.org ask of a package, checked on the sources the
 * build uses: the manifest (as wxt.config.ts makes it for each browser), the locale messages, the
 * 128 px icon, and the submission notes that must justify every permission the manifest asks for.
 */
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import config from '../../wxt.config';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
};

function manifestFor(browser: 'chrome' | 'firefox', mode = 'production'): Manifest {
  const make = config.manifest;
  if (typeof make !== 'function') throw new Error('wxt.config.ts: manifest is expected to be a function');
  return make({ browser, mode, command: 'build', manifestVersion: browser === 'firefox' ? 2 : 3 }) as Manifest;
}

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;

/** The RGBA rows of a PNG written by scripts/make-icons.ts (8-bit RGBA, filter 0 on every row). */
function pngRows(path: string): { size: number; alpha: (x: number, y: number) => number } {
  const file = readFileSync(path);
  const size = file.readUInt32BE(16);
  const idat: Buffer[] = [];
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    const type = file.toString('ascii', at + 4, at + 8);
    if (type === 'IDAT') idat.push(file.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = size * 4 + 1;
  return { size, alpha: (x, y) => raw[y * stride + 1 + x * 4 + 3]! };
}

describe('store readiness', () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`the ${browser} manifest takes its name and summary from the locale messages`, () => {
      const manifest = manifestFor(browser);
      expect(manifest.default_locale).toBe('en');
      for (const field of ['name', 'short_name', 'description']) {
        const value = String(manifest[field]);
        const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
        expect(key, `${field} is a __MSG_ reference`).toBeDefined();
        expect(messages[key!]?.message, `${key} is in messages.json`).toBeTruthy();
      }
      expect(messages.extName!.message.length).toBeLessThanOrEqual(75);
      expect(messages.extShortName!.message.length).toBeLessThanOrEqual(12);
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
      expect(String(manifest.homepage_url)).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}/);
    });
  }

  it('Chromium builds name the oldest Chromium the tests run', () => {
    expect(String(manifestFor('chrome').minimum_chrome_version)).toMatch(/^\d{3}$/);
    expect(manifestFor('firefox').minimum_chrome_version).toBeUndefined();
  });

  it('the 128 px icon is 96×96 artwork inside 16 px of transparent padding', () => {
    const icon = pngRows('public/icon/128.png');
    expect(icon.size).toBe(128);
    let paddingOpaque = 0;
    let artOpaque = 0;
    for (let y = 0; y < 128; y++)
      for (let x = 0; x < 128; x++) {
        const inArt = x >= 16 && x < 112 && y >= 16 && y < 112;
        if (!inArt && icon.alpha(x, y) > 0) paddingOpaque++;
        if (inArt && icon.alpha(x, y) === 255) artOpaque++;
      }
    expect(paddingOpaque).toBe(0);
    // The artwork fills its box: its middle row and column reach the box's edges.
    expect(icon.alpha(16, 64)).toBeGreaterThan(0);
    expect(icon.alpha(111, 64)).toBeGreaterThan(0);
    expect(icon.alpha(64, 16)).toBeGreaterThan(0);
    expect(artOpaque).toBeGreaterThan(96 * 96 * 0.8);
  });

  it('STORE.md justifies every permission and host pattern either build asks for', () => {
    const notes = readFileSync('STORE.md', 'utf8');
    for (const browser of ['chrome', 'firefox'] as const) {
      const m = manifestFor(browser);
      const asked = [
        ...(m.permissions ?? []),
        ...(m.host_permissions ?? []),
        ...(m.optional_permissions ?? []),
        ...(m.optional_host_permissions ?? []),
      ];
      expect(asked.length).toBeGreaterThan(3);
      for (const permission of asked) expect(notes, `${browser}: ${permission}`).toContain(`\`${permission}\``);
    }
  });

  it('the privacy policy is in the repository and the README links it', () => {
    expect(readFileSync('PRIVACY.md', 'utf8')).toMatch(/collects nothing/);
    expect(readFileSync('README.md', 'utf8')).toContain('(PRIVACY.md)');
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/MIT License/);
  });
});
