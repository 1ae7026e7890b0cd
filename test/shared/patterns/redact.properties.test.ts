import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsPersonalData, redact } from '@shared/patterns/redact';

const GIVEN = ['Maria', 'John', 'Aisha', 'Wei', 'Olga', 'Kwame', 'Sofia', 'Priya', 'Diego', 'Fatima', 'Siobhán', 'Zoë', 'Jean-Luc'];
const FAMILY = ['Lopez', 'Smith', 'Khan', 'Chen', 'Novak', 'Mensah', 'Rossi', "O'Brien", 'Nakamura', 'Dubois', 'Kowalski', 'McDonald'];
const STREETS = ['Oak Lane', 'Elm Street', 'Mill Lane', 'Station Road', 'King St', 'Park Avenue', 'Quarry Hill', 'Beacon Way', 'Main St.'];
const FILLER = [
  'The street light has been out for a week.',
  'There are 3 potholes on Main Street since 2024-03-15.',
  'Bins were not collected, please send someone.',
  'Loud music every night until 3am.',
  'It cost $1500 to fix my tyre.',
  'Route 12 never comes on time.',
  'Thanks',
  '',
];

const person = fc.record({ given: fc.constantFrom(...GIVEN), family: fc.constantFrom(...FAMILY) });
const phone = fc
  .tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 9999 }))
  .chain(([a, b, c]) => {
    const [bb, cc] = [String(b).padStart(3, '0'), String(c).padStart(4, '0')];
    return fc.constantFrom(`${a} ${bb} ${cc}`, `${a}-${bb}-${cc}`, `(${a}) ${bb}-${cc}`, `+1 ${a} ${bb} ${cc}`, `${a}.${bb}.${cc}`, `${a}${bb}${cc}`);
  });
const email = fc
  .tuple(fc.stringMatching(/^[a-z][a-z0-9._-]{0,12}[a-z0-9]$/), fc.constantFrom('example.org', 'mail.example.com', 'council.gov.uk'))
  .map(([user, domain]) => `${user}@${domain}`);
const address = fc
  .tuple(fc.integer({ min: 1, max: 2500 }), fc.constantFrom('', 'B', 'a'), fc.constantFrom(...STREETS), fc.constantFrom('', 'Apt 4B, ', 'Flat 2, '))
  .map(([n, letter, street, unit]) => `${unit}${n}${letter} ${street}`);

const digitsOf = (s: string): string => s.replace(/\D/g, '');

describe('redact (properties)', () => {
  it('never throws, is idempotent and leaves nothing it would find, on any text and any personal strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.lorem({ mode: 'sentences' })), fc.array(fc.string(), { maxLength: 4 }), (text, personal) => {
        const once = redact(text, personal);
        expect(redact(once, personal)).toBe(once);
        expect(containsPersonalData(once, personal)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it("removes every embedded name, email, phone number and address, given as the concern's or not", () => {
    fc.assert(
      fc.property(
        person,
        email,
        phone,
        address,
        fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 4 }),
        fc.constantFrom('cue', 'signature', 'title', 'plain'),
        fc.boolean(),
        (who, mail, tel, home, filler, style, isGiven) => {
          const name = `${who.given} ${who.family}`;
          const intro =
            style === 'cue'
              ? `I'm ${name}, call me on ${tel} or ${mail}, I live at ${home}.`
              : style === 'title'
                ? `Mrs ${who.family} (${mail}, ${tel}) of ${home} called.`
                : style === 'signature'
                  ? `Write to ${mail} or ring ${tel}; I am at ${home}.`
                  : `${name} - ${mail} - ${tel} - ${home}.`;
          const text = style === 'signature' ? `${intro} ${filler.join(' ')}\nRegards,\n${name}` : `${filler.join(' ')} ${intro} ${filler.join(' ')}`;
          const personal = isGiven ? [name, mail, tel, home] : [];
          const out = redact(text, personal);
          const lower = out.toLowerCase();
          expect(lower).not.toContain(mail.toLowerCase());
          expect(digitsOf(out)).not.toContain(digitsOf(tel));
          expect(out).not.toContain(home);
          // A bare name with no cue is found only when it is the concern's own.
          if (isGiven || style !== 'plain') expect(lower).not.toContain(who.family.toLowerCase());
          expect(redact(out, personal)).toBe(out);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('keeps ordinary civic text as it is', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FILLER), { maxLength: 6 }), (filler) => {
        const text = filler.join(' ');
        expect(redact(text, [])).toBe(text);
      }),
    );
  });
});
