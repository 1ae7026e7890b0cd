import { describe, expect, it } from 'vitest';
import { emptyConcernFields, type ConcernFields } from '@shared/domain/concern';
import { foldText, queryTermsOf, searchTermsOf, wordsOf } from '@shared/domain/search-terms';

const concern = (): ConcernFields => ({
  ...emptyConcernFields('phone'),
  summary: 'Streetlight out on Elm St',
  details: 'Dark since Monday, near the café',
  category: 'Public transport',
  contact: {
    name: 'Ana López',
    phone: '(555) 014-2368',
    email: 'Ana.Lopez@Example.org',
    preferredReply: 'email',
    consentToContact: true,
    anonymous: false,
  },
  location: { address: '12 Elm Street', area: 'Northside' },
  tags: ['streetlights', 'elm-st'],
});

describe('foldText', () => {
  it('lower-cases and strips accents', () => {
    expect(foldText('López')).toBe('lopez');
    expect(foldText('ÉCOLE Müller Ærø Ñandú')).toBe('ecole muller ærø nandu');
  });

  it('folds a decomposed accent the same as a precomposed one', () => {
    expect(foldText('Lo\u0301pez')).toBe(foldText('López'));
  });

  it('folds compatibility forms such as full-width letters', () => {
    expect(foldText('ＥＬＭ')).toBe('elm');
  });
});

describe('wordsOf', () => {
  it('splits on anything that is not a letter or digit', () => {
    expect(wordsOf("Mrs López's bin, no. 12-B!")).toEqual(['mrs', 'lopez', 's', 'bin', 'no', '12', 'b']);
  });

  it('gives no words for blank text', () => {
    expect(wordsOf(' -- ')).toEqual([]);
  });
});

describe('searchTermsOf', () => {
  it('includes the words of the summary, details and category', () => {
    const terms = searchTermsOf(concern());
    for (const word of ['streetlight', 'out', 'elm', 'st', 'dark', 'monday', 'cafe', 'public', 'transport']) {
      expect(terms).toContain(word);
    }
  });

  it('includes each tag whole and its parts', () => {
    const terms = searchTermsOf(concern());
    expect(terms).toEqual(expect.arrayContaining(['streetlights', 'elm-st', 'elm', 'st']));
  });

  it('includes the contact name folded, so López is found by lopez', () => {
    expect(searchTermsOf(concern())).toEqual(expect.arrayContaining(['ana', 'lopez']));
  });

  it('includes the whole email address and its parts, lower-cased', () => {
    expect(searchTermsOf(concern())).toEqual(expect.arrayContaining(['ana.lopez@example.org', 'example', 'org']));
  });

  it('includes the phone number as its digits alone', () => {
    const terms = searchTermsOf(concern());
    expect(terms).toContain('5550142368');
    expect(terms).not.toContain('(555) 014-2368');
  });

  it('includes the words of the address and area', () => {
    expect(searchTermsOf(concern())).toEqual(expect.arrayContaining(['12', 'street', 'northside']));
  });

  it('lists each term once', () => {
    const terms = searchTermsOf(concern());
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('adds no empty terms for fields not given', () => {
    const terms = searchTermsOf({ ...emptyConcernFields(), summary: 'Bins' });
    expect(terms).toEqual(['bins']);
  });
});

describe('queryTermsOf', () => {
  it('folds the query the same way as the indexed terms', () => {
    expect(queryTermsOf('LÓPEZ Elm')).toEqual(['lopez', 'elm']);
  });

  it('drops the # from a tag', () => {
    expect(queryTermsOf('#streetlights')).toEqual(['streetlights']);
    expect(queryTermsOf('#elm-st')).toEqual(['elm', 'st']);
  });

  it('joins a phone number with separators into the digits the concern is indexed by', () => {
    const digits = searchTermsOf(concern()).filter((t) => /^[0-9]+$/.test(t));
    for (const query of ['(555) 014-2368', '555.014.2368', '555 014 2368', '555/014/2368']) {
      expect(queryTermsOf(query)).toEqual(['5550142368']);
    }
    expect(digits).toContain('5550142368');
  });

  it('joins an international number, dropping the +', () => {
    expect(queryTermsOf('+44 20 7946 0958')).toEqual(['442079460958']);
  });

  it('joins a partly typed phone number, so it matches as a prefix while typing', () => {
    expect(queryTermsOf('555 01')).toEqual(['55501']);
  });

  it('keeps short numbers as words', () => {
    expect(queryTermsOf('12 Elm')).toEqual(['12', 'elm']);
  });

  it('lists each word once', () => {
    expect(queryTermsOf('lopez López LOPEZ elm')).toEqual(['lopez', 'elm']);
  });

  it('gives no terms for an empty query', () => {
    expect(queryTermsOf('   ')).toEqual([]);
  });
});
