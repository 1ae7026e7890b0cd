/**
 * Rate limits of the public form and status lookup: token buckets in this process's memory, per client address
 * and per office. A bucket holds up to `burst` requests and refills at `perMinute`; a request takes one, and an
 * empty bucket answers how many seconds until the next (the 429's Retry-After). Per address, so one person or
 * script cannot flood an office; per office, so many addresses together cannot either.
 *
 * The client address is Fastify's request.ip: the socket's peer unless the server trusts a proxy (TRUST_PROXY,
 * env.ts; off by default). Behind a reverse proxy every visitor would otherwise share the proxy's address and one
 * bucket, so the per-address limit would become a second per-office limit: an office that runs one sets
 * TRUST_PROXY (README). Several server processes on one PostgreSQL each keep their own buckets, so the limits are per process.
 *
 * The limits are settings (SUGGESTION_FORM_RATE: "<per address per hour>,<per office per minute>", default
 * "20,120"), read when the routes are registered; a busy city raises them, a benchmark from one machine too.
 */
import { z } from 'zod';

/** A bucket's size and refill. */
export interface BucketRate {
  readonly burst: number;
  readonly perMinute: number;
}

/** The limits in force. */
export interface FormRateLimits {
  readonly submitPerAddress: BucketRate;
  readonly submitPerOffice: BucketRate;
  readonly lookupPerAddress: BucketRate;
}

/** Most keys remembered at once; past it the least recently used go (a flood of addresses cannot fill memory). */
const MAX_KEYS = 20_000;

/** A set of buckets: take(key) answers 0 when the request may go on, or the seconds to wait. */
export interface Buckets {
  take(key: string): number;
}

/**
 * Makes buckets of one rate; `now` is the clock in ms (tests pass their own). The default reads Date.now at
 * each request, not once here, so a test that stops the clock (vi.useFakeTimers) stops it for the buckets too.
 */
export function createBuckets(rate: BucketRate, now: () => number = () => Date.now()): Buckets {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const perMs = rate.perMinute / 60_000;
  return {
    take(key) {
      const at = now();
      const old = buckets.get(key);
      const tokens = old === undefined ? rate.burst : Math.min(rate.burst, old.tokens + (at - old.at) * perMs);
      buckets.delete(key); // re-inserted below: the Map's order is then least recently used first
      if (buckets.size >= MAX_KEYS) {
        const oldest = buckets.keys().next().value;
        if (oldest !== undefined) buckets.delete(oldest);
      }
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at });
        return 0;
      }
      buckets.set(key, { tokens, at });
      return perMs <= 0 ? 3600 : Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
    },
  };
}

const RATE_SETTING = z
  .string()
  .regex(/^\s*\d{1,7}\s*,\s*\d{1,7}\s*$/, 'SUGGESTION_FORM_RATE must be two whole numbers: per address per hour, per office per minute, like 20,120')
  .transform((v) => v.split(',').map((n) => Number(n.trim())) as [number, number])
  .refine(([address, office]) => address >= 1 && office >= 1, 'SUGGESTION_FORM_RATE: both numbers must be at least 1');

/** The limits from the environment (SUGGESTION_FORM_RATE); throws with a clear message for a malformed value. */
export function formRateLimitsFrom(env: Readonly<Record<string, string | undefined>>): FormRateLimits {
  const setting = env.SUGGESTION_FORM_RATE;
  const parsed = setting === undefined || setting === '' ? undefined : RATE_SETTING.safeParse(setting);
  if (parsed?.success === false) throw new Error(`Invalid server environment: ${parsed.error.issues[0]?.message ?? 'SUGGESTION_FORM_RATE is malformed'}`);
  const [perHour, perOfficeMinute] = parsed?.data ?? [20, 120];
  return {
    // A person sends a few; a burst of 5 covers a family at one address, the hourly rate a busy library.
    submitPerAddress: { burst: Math.min(perHour, 5), perMinute: perHour / 60 },
    submitPerOffice: { burst: perOfficeMinute, perMinute: perOfficeMinute },
    lookupPerAddress: { burst: 30, perMinute: 30 },
  };
}
