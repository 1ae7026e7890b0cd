import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UUIDV7_PATTERN, UUIDV7_RANDOM_BYTES, uuidv7, uuidv7Time } from '@shared/lib/uuidv7';

const MAX_MS = 0xffff_ffff_ffff;
const msArb = fc.integer({ min: 0, max: MAX_MS });
const randomArb = fc.uint8Array({ minLength: UUIDV7_RANDOM_BYTES, maxLength: UUIDV7_RANDOM_BYTES });
const zeros = new Uint8Array(UUIDV7_RANDOM_BYTES);

describe('uuidv7', () => {
  it('matches the RFC 9562 example for the same time and random bits', () => {
    const random = Uint8Array.from([0x7c, 0xc3, 0x98, 0xc4, 0xdc, 0x0c, 0x0c, 0x07, 0x39, 0x8f]);
    expect(uuidv7(0x017f_22e2_79b0, random)).toBe('017f22e2-79b0-7cc3-98c4-dc0c0c07398f');
  });

  it('writes the version 7 and the RFC variant over whatever random bits it is given', () => {
    expect(uuidv7(0, new Uint8Array(UUIDV7_RANDOM_BYTES).fill(0xff))).toBe('00000000-0000-7fff-bfff-ffffffffffff');
    expect(uuidv7(0, zeros)).toBe('00000000-0000-7000-8000-000000000000');
  });

  it('encodes the largest 48-bit timestamp', () => {
    expect(uuidv7(MAX_MS, zeros)).toBe('ffffffff-ffff-7000-8000-000000000000');
  });

  it('uses only the first 10 random bytes and leaves the caller\'s array untouched', () => {
    const random = Uint8Array.from({ length: 16 }, (_, i) => i + 1);
    const copy = random.slice();
    expect(uuidv7(1, random)).toBe(uuidv7(1, random.subarray(0, UUIDV7_RANDOM_BYTES)));
    expect(random).toEqual(copy);
  });

  it.each([
    ['a negative time', -1],
    ['a fractional time', 1.5],
    ['NaN', Number.NaN],
    ['infinity', Number.POSITIVE_INFINITY],
    ['a time past 48 bits', MAX_MS + 1],
  ])('throws a RangeError for %s', (_label, ms) => {
    expect(() => uuidv7(ms, zeros)).toThrow(new RangeError(`uuidv7: timestamp out of range: ${ms}`));
  });

  it('throws a RangeError when given fewer than 10 random bytes', () => {
    expect(() => uuidv7(0, new Uint8Array(9))).toThrow(new RangeError('uuidv7: needs 10 random bytes, got 9'));
  });

  it('always makes a lower-case version 7, RFC variant id', () => {
    fc.assert(
      fc.property(msArb, randomArb, (ms, random) => {
        const id = uuidv7(ms, random);
        expect(id).toMatch(UUIDV7_PATTERN);
        expect(id[14]).toBe('7');
        expect('89ab').toContain(id[19]);
      }),
    );
  });

  it('sorts ids made in different milliseconds by time, whatever their random bits', () => {
    fc.assert(
      fc.property(msArb, msArb, randomArb, randomArb, (a, b, randomA, randomB) => {
        fc.pre(a !== b);
        const [earlier, later] = a < b ? [a, b] : [b, a];
        expect(uuidv7(earlier, randomA) < uuidv7(later, randomB)).toBe(true);
      }),
    );
  });
});

describe('uuidv7Time', () => {
  it('reads back the millisecond timestamp an id was made with', () => {
    fc.assert(
      fc.property(msArb, randomArb, (ms, random) => {
        expect(uuidv7Time(uuidv7(ms, random))).toBe(ms);
      }),
    );
  });

  it('reads the time of the RFC 9562 example', () => {
    expect(uuidv7Time('017f22e2-79b0-7cc3-98c4-dc0c0c07398f')).toBe(1_645_557_742_000);
  });
});
