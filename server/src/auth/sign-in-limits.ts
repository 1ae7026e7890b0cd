/**
 * Rate limits on guessing: failed sign-ins per email and per client address, failed setup codes per address.
 * Failures are rows in the database (sign_in_failures), not counters in this process, so several server
 * processes on one PostgreSQL share one limit and a restart does not reset it. Only failures count: an office
 * whose desks share one public address can sign in all morning. Check and record are separate statements, so
 * attempts racing each other may pass the limit by a few; the limit is there to make guessing slow, and it does.
 */
import type { Db, Queryable } from '../db/db';
import { AuthError } from './errors';

/** At most `maxFailures` within `windowSeconds`. */
export interface Limit {
  readonly maxFailures: number;
  readonly windowSeconds: number;
}

/** The limits in force. */
export const SIGN_IN_LIMITS = {
  /** Per email address: slows guessing one person's password to a crawl. */
  email: { maxFailures: 10, windowSeconds: 15 * 60 },
  /** Per client address: higher, since a whole office may sit behind one address. */
  address: { maxFailures: 30, windowSeconds: 15 * 60 },
  /** Per client address, for setup codes. */
  setup: { maxFailures: 10, windowSeconds: 15 * 60 },
} as const satisfies Record<string, Limit>;

/** Rows older than this are deleted as new failures come in; longer than any window. */
const KEEP_SECONDS = 24 * 60 * 60;

/** A counted thing: 'email:ana@town.example', 'ip:203.0.113.7', 'setup:203.0.113.7'. */
export interface LimitKey {
  readonly key: string;
  readonly limit: Limit;
}

/** Keys of a sign-in attempt. */
export function signInKeys(email: string, address: string): LimitKey[] {
  return [
    { key: `email:${email}`, limit: SIGN_IN_LIMITS.email },
    { key: `ip:${address}`, limit: SIGN_IN_LIMITS.address },
  ];
}

/** Key of a setup attempt. */
export function setupKeys(address: string): LimitKey[] {
  return [{ key: `setup:${address}`, limit: SIGN_IN_LIMITS.setup }];
}

/**
 * Throws 429 when any key has had its limit of failures within its window. The wait is until the oldest
 * failure that keeps it at the limit leaves the window.
 */
export async function assertWithinLimits(db: Db, keys: readonly LimitKey[]): Promise<void> {
  let waitSeconds = 0;
  for (const { key, limit } of keys) {
    const { rows } = await db.query<{ wait: number }>(
      `select ceil(extract(epoch from failed_at + $2::int * interval '1 second' - now()))::int as wait
         from sign_in_failures
        where key = $1 and failed_at > now() - $2::int * interval '1 second'
        order by failed_at desc offset $3::int limit 1`,
      [key, limit.windowSeconds, limit.maxFailures - 1],
    );
    const wait = rows[0]?.wait;
    if (wait !== undefined) waitSeconds = Math.max(waitSeconds, wait, 1);
  }
  if (waitSeconds > 0) {
    const minutes = Math.ceil(waitSeconds / 60);
    throw new AuthError(
      429,
      'too-many-attempts',
      `Too many attempts that did not work. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`,
      {},
      waitSeconds,
    );
  }
}

/** Counts a failure against each key, and forgets failures too old to matter. */
export async function recordFailure(db: Db, keys: readonly LimitKey[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const { key } of keys) await tx.query('insert into sign_in_failures (key) values ($1)', [key]);
    await tx.query(`delete from sign_in_failures where failed_at < now() - $1::int * interval '1 second'`, [KEEP_SECONDS]);
  });
}

/** Forgets the failures of one key (a successful sign-in clears its email's count). */
export async function clearFailures(q: Queryable, key: string): Promise<void> {
  await q.query('delete from sign_in_failures where key = $1', [key]);
}
