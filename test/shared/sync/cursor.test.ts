import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareCursor, CursorError, CursorStringSchema, decodeCursor, encodeCursor } from '@shared/sync/cursor';

const MAX_U64 = (1n << 64n) - 1n;
const u64 = fc.bigInt({ min: 0n, max: MAX_U64 });
// Values around 2^53, where a JavaScript number stops telling neighbours apart, and around the top of xid8.
const edgy = fc.oneof(u64, fc.bigInt({ min: 2n ** 53n - 3n, max: 2n ** 53n + 3n }), fc.bigInt({ min: MAX_U64 - 3n, max: MAX_U64 }));
const epoch = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);

describe('cursor codec', () => {
  it('decodes what it encodes', () => {
    fc.assert(
      fc.property(epoch, edgy, edgy, (e, xid, seq) => {
        const text = encodeCursor({ epoch: e, xid, seq });
        expect(decodeCursor(text)).toEqual({ epoch: e, xid: xid.toString(), seq: seq.toString() });
        expect(encodeCursor(decodeCursor(text))).toBe(text);
      }),
    );
  });

  it('orders cursors exactly as (xid, seq) order numerically, past 2^53', () => {
    fc.assert(
      fc.property(edgy, edgy, edgy, edgy, (x1, s1, x2, s2) => {
        const a = decodeCursor(encodeCursor({ epoch: 'e1', xid: x1, seq: s1 }));
        const b = decodeCursor(encodeCursor({ epoch: 'e1', xid: x2, seq: s2 }));
        const expected = x1 !== x2 ? (x1 < x2 ? -1 : 1) : s1 === s2 ? 0 : s1 < s2 ? -1 : 1;
        expect(compareCursor(a, b)).toBe(expected);
        expect(compareCursor(b, a)).toBe(-expected || 0);
      }),
    );
  });

  it('tells apart two xids a JavaScript number would take for the same', () => {
    const a = decodeCursor(encodeCursor({ epoch: 'e', xid: '9007199254740993', seq: 0 }));
    const b = decodeCursor(encodeCursor({ epoch: 'e', xid: '9007199254740992', seq: 0 }));
    expect(compareCursor(a, b)).toBe(1);
  });

  it.each([
    ['', /must look like "c1.<epoch>.<xid>.<seq>"/],
    ['c2.e.1.1', /must look like/],
    ['c1.e.1', /must look like/],
    ['c1.e.1.1.1', /must look like/],
    ['c1..1.1', /epoch must be 1 to 64 letters/],
    ['c1.e p.1.1', /epoch must be 1 to 64 letters/],
    ['c1.e.01.1', /xid must be a whole number from 0 to 2\^64 - 1, got "01"/],
    ['c1.e.-1.1', /xid must be a whole number/],
    ['c1.e.18446744073709551616.1', /xid must be a whole number/],
    ['c1.e.1.1e3', /seq must be a whole number/],
    [`c1.${'e'.repeat(300)}.1.1`, /too long/],
  ])('refuses the malformed cursor %j and says what is wrong', (text, message) => {
    expect(() => decodeCursor(text)).toThrow(CursorError);
    expect(() => decodeCursor(text)).toThrow(message);
    const parsed = CursorStringSchema.safeParse(text);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/^Malformed sync cursor: /);
  });

  it('refuses to encode an xid that is not a safe whole number', () => {
    expect(() => encodeCursor({ epoch: 'e', xid: 2 ** 60, seq: 0 })).toThrow(CursorError);
    expect(() => encodeCursor({ epoch: 'e', xid: 1, seq: -1n })).toThrow(CursorError);
  });

  it('will not order cursors of two lives of the database', () => {
    const a = decodeCursor('c1.old.5.1');
    const b = decodeCursor('c1.new.5.1');
    expect(() => compareCursor(a, b)).toThrow(/different epochs/);
  });
});
