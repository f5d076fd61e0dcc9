/** Keyboard focus helpers: where focus goes when the control that had it goes away. */
import { useEffect, useRef, type RefObject } from 'react';

/** Focus has fallen to the page body (its element was removed), or sits inside `within`. */
export function focusIsLost(within?: Element | null): boolean {
  const active = document.activeElement;
  return !active || active === document.body || (!!within && within.contains(active));
}

/** The enabled button of `container` whose text is exactly `text`. */
export function buttonNamed(container: Element | null, text: string): HTMLButtonElement | undefined {
  if (!container) return undefined;
  return [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === text && !b.disabled);
}

/**
 * Focus for a section that runs something (the diagnosis, the scope check):
 * - when a run this page started ends with a result, the result is scrolled into view and its
 *   heading takes focus — once it is drawn: the reply can come before the background's list of
 *   runs in flight drops the run, and until then the section still shows progress;
 * - when any run ends (cancelled, refused, or from another page) and took the focused Cancel
 *   button with it, focus goes back to the section's button, never to the page body.
 */
export function useRunFocus(run: {
  /** This page's own request is out. */
  running: boolean;
  /** It ended with a result. */
  finished: boolean;
  /** Any run of this profile is going (this page's or another's). */
  busy: boolean;
  /** What the result is drawn from: the effect looks again when it changes. */
  result: unknown;
  resultRef: RefObject<HTMLElement | null>;
  headingSelector: string;
  buttonRef: RefObject<HTMLButtonElement | null>;
}): void {
  const { running, finished, busy, result, resultRef, headingSelector, buttonRef } = run;
  const wasRunning = useRef(false);
  const showResult = useRef(false);
  useEffect(() => {
    const ended = wasRunning.current && !running;
    wasRunning.current = running;
    if (ended) showResult.current = finished;
  }, [running, finished]);

  useFocusBackAfterRun(busy, buttonRef);

  useEffect(() => {
    if (!showResult.current || busy) return;
    const heading = resultRef.current?.querySelector<HTMLElement>(headingSelector);
    if (!heading) return;
    showResult.current = false;
    resultRef.current?.scrollIntoView({ block: 'start', behavior: 'instant' });
    heading.focus({ preventScroll: true });
  }, [busy, running, finished, result, resultRef, headingSelector]);
}

/**
 * When a run ends and its progress (with the focused Cancel button) goes, focus goes back to the
 * section's button, never to the page body. The progress may leave the page a render after the run
 * is marked over, so each render looks again while focus is still inside it; focus the user put
 * elsewhere is left alone.
 */
export function useFocusBackAfterRun(busy: boolean, buttonRef: RefObject<HTMLButtonElement | null>): void {
  const wasBusy = useRef(false);
  const pending = useRef(false);
  useEffect(() => {
    if (wasBusy.current && !busy) pending.current = true;
    if (busy) pending.current = false;
    wasBusy.current = busy;
    if (!pending.current) return;
    if (focusIsLost()) {
      pending.current = false;
      buttonRef.current?.focus();
    } else if (!document.activeElement?.closest('[data-run-progress]')) pending.current = false;
  });
}
