/**
 * The width of a chart's plot box, measured with a ResizeObserver and applied in a transition: the chart is then
 * drawn in an interruptible render, so a key pressed meanwhile is answered first. recharts' ResponsiveContainer
 * measures in the commit and redraws every chart at once in a render nothing can interrupt; on a month of 10,000
 * concerns that held the meeting view's first key press back by most of a second (test/bench/meeting-view.bench.ts).
 * 0 until measured (and where there is no ResizeObserver, as in server rendering): no plot is drawn then.
 */
import { startTransition, useEffect, useRef, useState, type RefObject } from 'react';

/** A ref for the plot box and its width in whole pixels. */
export function usePlotWidth(): { ref: RefObject<HTMLDivElement | null>; width: number } {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const box = ref.current;
    if (box === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const measured = Math.floor(entries.at(-1)?.contentRect.width ?? 0);
      startTransition(() => setWidth(measured));
    });
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
