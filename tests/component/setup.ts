import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// findBy/waitFor wait on the page's own signals; on a loaded shared machine 1 s is not enough.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lays nothing out and has no scrollIntoView: a no-op stands in (tests that check it spy on it).
if (typeof Element.prototype.scrollIntoView !== 'function') Element.prototype.scrollIntoView = () => undefined;

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  cleanup();
});
