/** Reference numbers: Crockford base32 from the CSPRNG, shown in two groups, read back however people type them. */
import { describe, expect, it } from 'vitest';
import { CROCKFORD_ALPHABET, formatReference, newReference, normalizeReference, REFERENCE_LENGTH } from '../../../server/src/intake/reference';

describe('reference numbers', () => {
  it('draws 10 characters of the Crockford alphabet, never the same twice in 20,000 draws', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i += 1) {
      const reference = newReference();
      expect(reference).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
      seen.add(reference);
    }
    expect(seen.size).toBe(20_000);
  });

  it('uses every character of the alphabet in every position (no position is fixed or biased to a few)', () => {
    const perPosition = Array.from({ length: REFERENCE_LENGTH }, () => new Set<string>());
    for (let i = 0; i < 3000; i += 1) [...newReference()].forEach((c, at) => perPosition[at]?.add(c));
    for (const used of perPosition) expect(used.size).toBe(CROCKFORD_ALPHABET.length);
  });

  it('shows a reference in two groups of five', () => {
    expect(formatReference('K7M2Q9XD4F')).toBe('K7M2Q-9XD4F');
  });

  it('reads a reference typed in any case, with spaces or dashes, and I, L and O for 1, 1 and 0', () => {
    for (const typed of ['K7M2Q-9XD4F', 'k7m2q9xd4f', ' k7m2q 9xd4f ', 'K7M-2Q9-XD4F', 'K7M2Q\u20139XD4F']) {
      expect(normalizeReference(typed)).toBe('K7M2Q9XD4F');
    }
    expect(normalizeReference('1O0L1-IIOOL')).toBe('1001111001');
  });

  it('refuses what cannot be a reference: wrong length, letters outside the alphabet, markup, very long input', () => {
    for (const typed of ['', 'K7M2Q-9XD4', 'K7M2Q-9XD4FF', 'K7M2Q-9XD4U', '<script>a', 'K7M2Q_9XD4F', `${'-'.repeat(40)}K7M2Q9XD4F`]) {
      expect(normalizeReference(typed)).toBeUndefined();
    }
  });
});
