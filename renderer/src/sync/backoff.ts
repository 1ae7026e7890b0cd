/**
 * Waiting after failures: exponential, capped, with jitter, so forty desks that lost the server at the same
 * moment do not all knock again at the same moment when it comes back.
 */

/** Backoff settings in milliseconds. */
export interface BackoffPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
}

/** One second, doubling, up to two minutes. */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 1000, maxMs: 120_000 };

/** The wait after the n-th failure in a row (n from 1): between half and all of base * 2^(n-1), capped. */
export function backoffDelay(failures: number, random: () => number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
