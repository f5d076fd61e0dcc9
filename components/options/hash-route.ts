/**
 * The options page's place, kept in the URL fragment so that the popup can deep-link to a
 * profile (`options.html#profile=<id>`) and a reload keeps the view.
 */
export type Route =
  /** `fleet`: the Check all table, in the Profiles view (`#fleet`; the watch's notification opens it). */
  { view: 'profiles'; profileId?: string; isNew?: boolean; fleet?: boolean } | { view: 'check' } | { view: 'settings' };

export function parseHash(hash: string): Route {
  const text = hash.replace(/^#/, '');
  if (text === 'check') return { view: 'check' };
  if (text === 'settings') return { view: 'settings' };
  if (text === 'new') return { view: 'profiles', isNew: true };
  if (text === 'fleet') return { view: 'profiles', fleet: true };
  const params = new URLSearchParams(text);
  const profileId = params.get('profile');
  return profileId ? { view: 'profiles', profileId } : { view: 'profiles' };
}

export function hashOf(route: Route): string {
  switch (route.view) {
    case 'check':
      return '#check';
    case 'settings':
      return '#settings';
    case 'profiles':
      if (route.isNew) return '#new';
      if (route.fleet) return '#fleet';
      return route.profileId ? `#profile=${encodeURIComponent(route.profileId)}` : '#profiles';
  }
}
