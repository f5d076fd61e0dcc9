/** Keyboard focus helpers: where focus goes when the control that had it goes away. */

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
