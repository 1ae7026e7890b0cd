/**
 * The suggestion form's token buckets on a clock of the test's own: a bucket gives its burst, then refills at
 * its rate, never past the burst; an empty one says how many whole seconds until the next request may go; keys
 * are apart; a flood of keys forgets the least recently used. SUGGESTION_FORM_RATE is read with a sentence for
 * a malformed value.
 */
import { describe, expect, it } from 'vitest';
import { createBuckets, formRateLimitsFrom } from '../../../server/src/public-form/rate-limits';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('token buckets', () => {
  it('give their burst, then refill at their rate, never holding more than the burst', () => {
    const time = clock();
    const buckets = createBuckets({ burst: 3, perMinute: 6 }, time.now);
    expect([buckets.take('a'), buckets.take('a'), buckets.take('a')]).toEqual([0, 0, 0]);
    // One request every 10 s: empty now, the next one in 10 s.
    expect(buckets.take('a')).toBe(10);
    time.advance(9_999);
    expect(buckets.take('a')).toBe(1);
    time.advance(1);
    expect(buckets.take('a')).toBe(0);
    // An hour of quiet refills the burst, not 360 requests.
    time.advance(3_600_000);
    expect([0, 1, 2, 3].map(() => buckets.take('a'))).toEqual([0, 0, 0, 10]);
  });

  it('keep each key apart', () => {
    const time = clock();
    const buckets = createBuckets({ burst: 1, perMinute: 1 }, time.now);
    expect(buckets.take('203.0.113.1')).toBe(0);
    expect(buckets.take('203.0.113.1')).toBe(60);
    expect(buckets.take('203.0.113.2')).toBe(0);
  });

  it('forget the least recently used key in a flood of keys, never the one in use', () => {
    const time = clock();
    const buckets = createBuckets({ burst: 1, perMinute: 1 }, time.now);
    expect(buckets.take('busy')).toBe(0);
    for (let i = 0; i < 20_000; i += 1) {
      buckets.take(`flood-${i}`);
      // The busy client keeps asking, so it stays among the remembered and stays limited.
      if (i % 1_000 === 0) expect(buckets.take('busy')).toBeGreaterThan(0);
    }
    expect(buckets.take('busy')).toBeGreaterThan(0);
    // flood-0 was pushed out: it starts again with a full bucket.
    expect(buckets.take('flood-0')).toBe(0);
  });
});

describe('SUGGESTION_FORM_RATE', () => {
  it('defaults to 20 an hour per address (5 at once) and 120 a minute per office', () => {
    expect(formRateLimitsFrom({})).toEqual({
      submitPerAddress: { burst: 5, perMinute: 20 / 60 },
      submitPerOffice: { burst: 120, perMinute: 120 },
      lookupPerAddress: { burst: 30, perMinute: 30 },
    });
    expect(formRateLimitsFrom({ SUGGESTION_FORM_RATE: '' })).toEqual(formRateLimitsFrom({}));
  });

  it('reads two whole numbers, spaces allowed, and keeps a small hourly rate as its own burst', () => {
    expect(formRateLimitsFrom({ SUGGESTION_FORM_RATE: ' 3 , 600 ' })).toMatchObject({ submitPerAddress: { burst: 3, perMinute: 3 / 60 }, submitPerOffice: { burst: 600, perMinute: 600 } });
  });

  it.each(['20', '20,120,5', 'twenty,120', '0,120', '20,0', '-1,120', '20.5,120', '99999999,1'])('refuses %j with a sentence naming the setting', (value) => {
    expect(() => formRateLimitsFrom({ SUGGESTION_FORM_RATE: value })).toThrow(/^Invalid server environment: SUGGESTION_FORM_RATE/);
  });
});
