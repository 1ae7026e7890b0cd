import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NewPasswordSchema } from '../../../../shared/api/staff';
import {
  generateTemporaryPassword,
  PASSWORD_ALPHABET,
  PASSWORD_GROUP_LENGTH,
  PASSWORD_GROUPS,
} from '../../../../renderer/src/features/admin/password';

const SHAPE = new RegExp(`^[${PASSWORD_ALPHABET}]{4}(-[${PASSWORD_ALPHABET}]{4}){3}$`);

/** A fill that hands out `bytes` in order, wrapping round, so a test knows exactly what was drawn. */
function fixedFill(bytes: readonly number[]) {
  let next = 0;
  return (array: Uint8Array) => {
    for (let i = 0; i < array.length; i += 1) {
      array[i] = bytes[next % bytes.length] ?? 0;
      next += 1;
    }
  };
}

describe('generateTemporaryPassword', () => {
  it('makes four groups of four readable symbols, long enough for the server', () => {
    for (let i = 0; i < 200; i += 1) {
      const password = generateTemporaryPassword();
      expect(password).toMatch(SHAPE);
      expect(password).toHaveLength(PASSWORD_GROUPS * (PASSWORD_GROUP_LENGTH + 1) - 1);
      expect(NewPasswordSchema.safeParse(password).success).toBe(true);
    }
  });

  it('leaves out symbols people mix up when reading them out', () => {
    expect(PASSWORD_ALPHABET).toHaveLength(31);
    for (const lookAlike of ['i', 'l', 'o', '0', '1', 'I', 'O']) expect(PASSWORD_ALPHABET).not.toContain(lookAlike);
    expect(new Set(PASSWORD_ALPHABET).size).toBe(PASSWORD_ALPHABET.length);
  });

  it('never makes the same password twice in ten thousand', () => {
    const made = new Set(Array.from({ length: 10_000 }, () => generateTemporaryPassword()));
    expect(made.size).toBe(10_000);
  });

  it('uses every symbol about equally often', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 20_000; i += 1) {
      for (const symbol of generateTemporaryPassword().replaceAll('-', '')) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    }
    // 320,000 symbols over 31: about 10,323 each, give or take 100 (one standard deviation). Taking bytes
    // modulo 31 would give a to h about 11,250 each; the bounds are six standard deviations either side.
    expect([...counts.keys()].sort().join('')).toBe([...PASSWORD_ALPHABET].sort().join(''));
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(9_723);
      expect(count).toBeLessThan(10_923);
    }
  });

  it('throws away the bytes that would favour the first symbols, and draws more', () => {
    // 248..255 are above the largest multiple of 31 below 256: each must be skipped, not mapped to a..h.
    const password = generateTemporaryPassword(fixedFill([255, 248, 0, 30]));
    expect(password).toBe('a9a9-a9a9-a9a9-a9a9');
  });

  it('maps any stream of random bytes to a password of the right shape', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 247 }), { minLength: 1, maxLength: 64 }), (bytes) => {
        expect(generateTemporaryPassword(fixedFill(bytes))).toMatch(SHAPE);
      }),
    );
  });
});
