/**
 * One ticking clock for every component that shows time passing (response clocks): a single interval while
 * anyone listens, read with useNow() through useSyncExternalStore, so a long list re-renders its clocks
 * together once a tick rather than each on a timer of its own.
 */
import { useSyncExternalStore } from 'react';

/** How often the shared clock ticks. */
export const NOW_TICK_MS = 30_000;

let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function tick(): void {
  now = Date.now();
  for (const each of [...listeners]) each();
}

let isTickQueued = false;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // A clock mounting now shows now, and the ones already shown move with it, so a list never mixes times;
  // a whole list mounting at once causes one tick.
  if (!isTickQueued) {
    isTickQueued = true;
    queueMicrotask(() => {
      isTickQueued = false;
      tick();
    });
  }
  timer ??= setInterval(tick, NOW_TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time in ms, updated every NOW_TICK_MS while the component is mounted. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}
