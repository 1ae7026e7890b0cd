/**
 * A small named value kept in localStorage across reloads, for "which draft was on screen" (the drafts
 * themselves live in IndexedDB). When storage is blocked the marker is simply absent: the drafts are still
 * there as chips under the quick line, so nothing typed depends on it.
 */

/** One remembered value. */
export interface Marker {
  get(): string | undefined;
  set(value: string): void;
  clear(): void;
}

/** The marker stored under `key`. */
export function createMarker(key: string): Marker {
  return {
    get() {
      try {
        return localStorage.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    set(value) {
      try {
        localStorage.setItem(key, value);
      } catch {
        // Blocked storage: see the module comment.
      }
    },
    clear() {
      try {
        localStorage.removeItem(key);
      } catch {
        // Blocked storage: see the module comment.
      }
    },
  };
}
