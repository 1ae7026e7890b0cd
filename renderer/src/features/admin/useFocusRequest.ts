/**
 * Puts focus on an element of a container after the next render, for the moments react-aria cannot: a row's
 * button after a form or a confirmation closes (the element it would restore focus to is gone by then).
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

/** The container's ref, and a function asking for focus on the first element matching a selector within it. */
export function useFocusRequest<E extends HTMLElement>(): [RefObject<E | null>, (selector: string) => void] {
  const ref = useRef<E>(null);
  // A new object each time, so asking twice for the same selector still moves focus.
  const [request, setRequest] = useState<{ selector: string }>();
  useEffect(() => {
    if (request === undefined) return;
    // A closing modal restores focus in an animation frame of its own; ours comes after it and wins.
    const frame = requestAnimationFrame(() => ref.current?.querySelector<HTMLElement>(request.selector)?.focus());
    return () => cancelAnimationFrame(frame);
  }, [request]);
  return [ref, (selector) => setRequest({ selector })];
}
