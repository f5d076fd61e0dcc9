/** The current route from `location.hash`, following hashchange (deep links, back and forward). */
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { hashOf, parseHash, type Route } from './hash-route';

const localListeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  window.addEventListener('popstate', listener);
  localListeners.add(listener);
  return () => {
    window.removeEventListener('hashchange', listener);
    window.removeEventListener('popstate', listener);
    localListeners.delete(listener);
  };
}

const getHash = () => window.location.hash;

export function useHashRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, getHash);
  const navigate = useCallback((route: Route) => {
    const next = hashOf(route);
    if (next === window.location.hash) return;
    // pushState does not fire hashchange, so the subscribers are told here.
    window.history.pushState(null, '', next);
    for (const listener of localListeners) listener();
  }, []);
  const route = useMemo(() => parseHash(hash), [hash]);
  return [route, navigate];
}
