/**
 * Full screen for the presentation while it is open: asks the browser (the Fullscreen API) and carries on
 * covering the window when it refuses (no user gesture, a policy, an old browser). Leaving full screen by the
 * browser's own means (its Escape, F11) leaves the presentation too, as the Escape key in the slides does.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/** Full screen for `element` while mounted; `onLeft` when the person leaves full screen themselves. */
export function useFullscreen(element: RefObject<HTMLElement | null>, onLeft: () => void): void {
  const leave = useRef(onLeft);
  useLayoutEffect(() => {
    leave.current = onLeft;
  });
  useEffect(() => {
    const target = element.current;
    if (target === null || typeof target.requestFullscreen !== 'function') return undefined;
    let wasFull = false;
    const onChange = () => {
      if (document.fullscreenElement === target) wasFull = true;
      else if (wasFull) leave.current();
    };
    document.addEventListener('fullscreenchange', onChange);
    target.requestFullscreen().catch(() => {
      // Refused: the slides cover the window instead, which is all full screen adds.
    });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      wasFull = false;
      if (document.fullscreenElement === target) void document.exitFullscreen().catch(() => undefined);
    };
  }, [element]);
}
