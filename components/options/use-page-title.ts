import { useEffect } from 'react';

const APP_TITLE = 'Token Doctor';

/**
 * Names the view in the tab's title ("Settings — Token Doctor"), so the tab strip, the history
 * and a screen reader's page list say where the user is. Parts go from the most specific.
 */
export function usePageTitle(...parts: string[]): void {
  const title = [...parts.filter((part) => part.trim() !== ''), APP_TITLE].join(' — ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
