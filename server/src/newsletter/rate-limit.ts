/**
 * A per-address request limit for the public unsubscribe pages: a fixed window per client address, in this
 * process's memory. The tokens cannot be guessed (256 bits), so this only keeps one client from keeping the
 * server busy; a restart forgetting the counts costs nothing. Behind a reverse proxy every client shares the
 * proxy's address (as for sign-in limits, README), so the limit is generous.
 */

/** How many requests one address may make per window. */
export interface RateLimitOptions {
  readonly limit: number;
  readonly windowMs: number;
  /** The clock; Date.now by default (tests pass their own). */
  readonly now?: () => number;
}

/** A limiter: take() answers how long to wait (seconds) when over the limit, or 0 when the request may go on. */
export interface RateLimiter {
  take(address: string): number;
}

/** Most addresses remembered at once; past it the oldest windows are dropped (a flood of addresses cannot fill memory). */
const MAX_ADDRESSES = 10_000;

/** Makes a limiter. */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const now = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(address) {
      const at = now();
      let window = windows.get(address);
      if (window === undefined || at - window.start >= options.windowMs) {
        windows.delete(address);
        if (windows.size >= MAX_ADDRESSES) {
          const oldest = windows.keys().next().value;
          if (oldest !== undefined) windows.delete(oldest);
        }
        window = { start: at, count: 0 };
        windows.set(address, window);
      }
      window.count += 1;
      if (window.count <= options.limit) return 0;
      return Math.max(1, Math.ceil((window.start + options.windowMs - at) / 1000));
    },
  };
}
