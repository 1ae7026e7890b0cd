import { describe, expect, it } from 'vitest';
import { isStopWord, Lexicon, stem, tokenize } from '@shared/patterns/text';
import { tfIdf } from '@shared/patterns/vectors';

describe('stem', () => {
  it('folds plurals, -ing, -ed and -ly onto one stem', () => {
    expect(stem('lights')).toBe(stem('light'));
    expect(stem('flooding')).toBe(stem('flooded'));
    expect(stem('flooding')).toBe(stem('flood'));
    expect(stem('cities')).toBe(stem('city'));
    expect(stem('buses')).toBe('bus');
    expect(stem('stopped')).toBe(stem('stop'));
    expect(stem('lanes')).toBe(stem('lane'));
    expect(stem('quickly')).toBe(stem('quick'));
  });
  it('keeps words whose ending is not an inflection', () => {
    expect(stem('parking')).not.toBe(stem('park'));
    expect(stem('morning')).toBe('morning');
    expect(stem('speed')).toBe(stem('speeding'));
    expect(stem('bus')).toBe('bus');
  });
});

describe('tokenize', () => {
  it('lower-cases Unicode words and drops emails, links and placeholders', () => {
    expect(tokenize('Straße GESPERRT! mail me: a.b@example.org, see https://x.org/y [name] [phone]')).toEqual(['straße', 'gesperrt', 'mail', 'me', 'see']);
  });
  it('treats filler, numbers and redaction marks as stop words', () => {
    for (const w of ['please', 'thank', 'hi', 'the', 'xxxx', 'xx', '2023', 'a']) expect(isStopWord(w)).toBe(true);
    expect(isStopWord('pothole')).toBe(false);
  });
});

describe('Lexicon', () => {
  it('makes unigrams and bigrams of adjacent kept words only, and remembers surface words', () => {
    const lexicon = new Lexicon();
    const keys = lexicon.termKeys('Street lights out on Oak Lane, street lights flickering');
    const terms = keys.map((k) => lexicon.termOfKey(k));
    expect(terms).toContain('street light');
    expect(terms).toContain('oak lan');
    expect(terms).not.toContain('out oak');
    expect(lexicon.surfaceOfTerm('street light')).toBe('street lights');
  });
  it('leaves out the words it is told to skip (a concern\'s own personal words)', () => {
    const lexicon = new Lexicon();
    const terms = lexicon.termKeys('Maria Lopez reports broken swings', new Set(['maria', 'lopez'])).map((k) => lexicon.termOfKey(k));
    expect(terms.some((t) => t.includes('maria') || t.includes('lopez'))).toBe(false);
    expect(terms).toContain('broken swing');
  });
});

describe('tfIdf', () => {
  it('drops rare and ubiquitous terms, dampens repeats and scales rows to unit length', () => {
    // term 0 in every doc (too common), term 1 in one doc (too rare), terms 2 and 3 in some.
    const docs = [[0, 2, 2, 2, 3], [0, 2], [0, 3], [0, 1], [0]].map((d) => Int32Array.from(d));
    const { matrix, termOf, idf } = tfIdf(docs, 4, { minDf: 2, maxDfShare: 0.5, maxTerms: 10 });
    expect(Array.from(termOf)).toEqual([2, 3]);
    expect(idf[0]).toBeCloseTo(Math.log(6 / 3) + 1, 6);
    const row0 = Array.from(matrix.values.slice(matrix.indptr[0], matrix.indptr[1]));
    expect(Math.hypot(...row0)).toBeCloseTo(1, 6);
    // 1 + ln 3 against 1 + ln 1, same idf.
    expect((row0[0] ?? 0) / (row0[1] ?? 1)).toBeCloseTo(1 + Math.log(3), 5);
    expect(matrix.indptr[4]).toBe(matrix.indptr[3]);
  });
});
