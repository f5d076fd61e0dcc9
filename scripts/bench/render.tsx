/**
 * The options page's Profiles view rendered with the real components in jsdom, for 500 profiles
 * against 10, in the same run (a ratio, not an absolute time: the machines are shared). Nothing
 * touches the extension's storage: the store is filled directly.
 */
import { JSDOM } from 'jsdom';

export async function benchRender(small = 10, large = 500): Promise<{ small: number; large: number; ratio: number }> {
  const dom = new JSDOM('<!doctype html><div id="root"></div>', { url: 'https://bench.invalid/options.html' });
  const g = globalThis as unknown as Record<string, unknown>;
  for (const key of ['window', 'document', 'navigator', 'HTMLElement', 'Node', 'MutationObserver', 'location'])
    Object.defineProperty(g, key, { value: dom.window[key as keyof typeof dom.window], configurable: true });
  g.IS_REACT_ACT_ENVIRONMENT = true;
  const { createElement } = await import('react');
  const { act } = await import('react');
  const { createRoot } = await import('react-dom/client');
  const { createAppStore } = await import('../../lib/store/app-store');
  const { StoreProvider } = await import('../../components/store-context');
  const { ProfileList } = await import('../../components/options/ProfileList');

  async function timeFor(count: number): Promise<number> {
    const store = createAppStore();
    const at = new Date().toISOString();
    // Not following storage (there is none here): the state is set directly.
    store.setState({
      start: () => () => undefined,
      status: 'ready',
      profiles: Array.from({ length: count }, (_, i) => ({
        kind: 'cloud-api-token' as const,
        id: `p-${i}`,
        name: `Profile ${i}`,
        siteUrl: `https://site-${i % 20}.atlassian.net`,
        email: 'a@b.example',
        apiToken: '',
        createdAt: at,
        updatedAt: at,
      })),
    });
    const runs: number[] = [];
    for (let r = 0; r < 5; r++) {
      const container = dom.window.document.createElement('div');
      dom.window.document.body.appendChild(container);
      const root = createRoot(container);
      const started = performance.now();
      await act(async () => {
        root.render(
          createElement(StoreProvider, {
            store,
            children: createElement(ProfileList, {
              currentId: undefined,
              navigate: () => undefined,
              onAdd: () => undefined,
              onCheckAll: () => undefined,
              checkingAll: false,
            }),
          }),
        );
      });
      runs.push(performance.now() - started);
      await act(async () => root.unmount());
      container.remove();
    }
    return runs.sort((a, b) => a - b)[2]!;
  }
  await timeFor(small); // warm up
  const smallMs = await timeFor(small);
  const largeMs = await timeFor(large);
  return { small: smallMs, large: largeMs, ratio: Math.round((largeMs / smallMs) * 10) / 10 };
}
