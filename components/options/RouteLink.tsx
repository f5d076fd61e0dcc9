import type { MouseEvent, ReactNode } from 'react';
import { hashOf, type Route } from './hash-route';

interface Props {
  to: Route;
  navigate: (route: Route) => void;
  current?: boolean;
  className?: string;
  /** An accessible name other than the text (several links with the same text). */
  label?: string;
  children: ReactNode;
}

/** A real link to a place in the options page (works in a new tab too), handled in-page on click. */
export function RouteLink({ to, navigate, current, className, label, children }: Props) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  }
  return (
    <a
      href={hashOf(to)}
      className={className}
      aria-label={label}
      aria-current={current ? 'page' : undefined}
      onClick={onClick}
    >
      {children}
    </a>
  );
}
