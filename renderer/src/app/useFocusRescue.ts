/**
 * Focus never falls to the page's body while the app is used by keyboard. It falls there when the focused
 * element leaves the page: a resolved row leaves the queue, a merged concern loses its suggestions (the very
 * button that opened the merge), a dialog closes after its trigger went away. That can happen frames after
 * the action that caused it (the change is saved, then the lists re-render), so a one-time check after a
 * dialog closes is not enough: this watches the page for as long as the app runs.
 *
 * It remembers the last element focused outside a dialog (the anchor) and the elements around it. When the
 * page changes, and, once the dialogs' own focus restore has run, focus is on the body and the anchor is gone,
 * focus goes to the first control left in the nearest part of the view that still holds the anchor's place
 * (the queue's rows, where the current row is the one Tab reaches; the concern's panel), else to the open
 * concern's way back, the queue's current row or its search. Focus a person put on the body themselves (a
 * click on empty space) is left alone: the anchor is still there.
 */
import { useEffect } from 'react';

/** Where focus goes when nothing near the lost element can take it, in order. */
const LAST_RESORTS = ['.concern-page-back', '[data-testid="queue-row"][tabindex="0"]', '[data-testid="review-queue"] input[type="search"]'];

/** Elements a person can Tab to. */
const TABBABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
]
  .map((selector) => `${selector}:not([inert] *)`)
  .join(',');

/** Dialogs own their focus: react-aria keeps it inside while open and gives it back when they close. */
const IN_DIALOG = '[role="dialog"], [role="alertdialog"], [data-react-aria-top-layer]';

/** True when the element is on the page and drawn (a hidden element cannot hold focus). */
function isShown(element: Element): boolean {
  return element.isConnected && element.getClientRects().length > 0;
}

/** True when focus is nowhere: on the body, or on nothing. */
function isFocusLost(): boolean {
  return document.activeElement === null || document.activeElement === document.body;
}

/** The first control a person could Tab to inside the container, if any. */
function firstTabbable(container: Element): HTMLElement | undefined {
  for (const element of container.querySelectorAll<HTMLElement>(TABBABLE)) {
    if (element.tabIndex >= 0 && isShown(element) && element.closest(IN_DIALOG) === null) return element;
  }
  return undefined;
}

/** Where focus should go now that the anchor is gone: near where it was, else a last resort. */
export function rescueTarget(lostPlace: readonly Element[]): HTMLElement | undefined {
  // The nearest part of the view still there. Not the main area itself: when the whole view was replaced (a
  // view switch), its first control is a guess, and focus on the body keeps every global shortcut working.
  for (const ancestor of lostPlace) {
    if (ancestor.tagName === 'MAIN' || ancestor === document.body) break;
    if (!isShown(ancestor)) continue;
    const target = firstTabbable(ancestor);
    if (target !== undefined) return target;
  }
  for (const selector of LAST_RESORTS) {
    const element = document.querySelector<HTMLElement>(selector);
    if (element !== null && isShown(element)) return element;
  }
  return undefined;
}

/** Watches focus and the page for the app's lifetime (App mounts it once). */
export function useFocusRescue(): void {
  useEffect(() => {
    let anchor: Element | undefined;
    let place: Element[] = [];
    let pending: number | undefined;

    const onFocusIn = (event: FocusEvent) => {
      const target = event.target;
      if (!(target instanceof Element) || target.closest(IN_DIALOG) !== null) return;
      anchor = target;
      place = [];
      for (let parent = target.parentElement; parent !== null; parent = parent.parentElement) place.push(parent);
    };

    const check = () => {
      pending = undefined;
      if (anchor === undefined || !isFocusLost() || isShown(anchor)) return;
      if (document.querySelector(IN_DIALOG) !== null) return;
      rescueTarget(place)?.focus();
    };

    // Two frames after a change: a closing dialog's focus restore runs in the first, and lists re-render.
    const schedule = () => {
      if (pending !== undefined) return;
      pending = requestAnimationFrame(() => {
        pending = requestAnimationFrame(check);
      });
    };

    document.addEventListener('focusin', onFocusIn, true);
    // A focused element that is removed or hidden fires no event of its own in every browser: the page's
    // changes are the signal. The check is cheap and runs at most once per two frames.
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'class', 'style', 'inert'] });
    return () => {
      document.removeEventListener('focusin', onFocusIn, true);
      observer.disconnect();
      if (pending !== undefined) cancelAnimationFrame(pending);
    };
  }, []);
}
