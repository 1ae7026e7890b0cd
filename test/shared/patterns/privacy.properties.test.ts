import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordRuns } from '@shared/patterns/features';
import { analyze } from '@shared/patterns/index';
import { mayHoldPersonalData } from '@shared/patterns/redact-detectors';
import { redact } from '@shared/patterns/redact';
import { tokenize } from '@shared/patterns/text';
import type { Analysis, PatternConcern } from '@shared/patterns/types';

// Names made of syllables no English word or topic below is made of, so finding one in a label is a leak.
const SYLLABLES = ['zu', 'qa', 'vry', 'ksa', 'xo', 'jel', 'vuk', 'zha', 'qir', 'dzo'];
const word = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 3 }).map((parts) => {
  const w = parts.join('');
  return w.charAt(0).toUpperCase() + w.slice(1);
});
const person = fc.tuple(word, word).map(([given, family]) => ({ given, family }));
const STREETS = ['Oak Lane', 'Station Road', 'Beacon Way', 'Mill Lane'];
const TOPICS = [
  'The street light outside is broken and the pavement is dark at night.',
  'Bins were not collected again and rubbish is piling up.',
  'A deep pothole in the road damaged my bicycle wheel.',
  'Loud music from the pub keeps the whole block awake.',
];

type Person = { given: string; family: string };

/** A sentence naming the person the way citizens do, with contact details; no cue the engine is told about. */
function introduce(p: Person, style: number, house: number, street: string, phone: string): string {
  const name = `${p.given} ${p.family}`;
  const email = `${p.given.toLowerCase()}.${p.family.toLowerCase()}@example.org`;
  switch (style % 7) {
    case 0:
      return `I'm ${name}, call me on ${phone} or ${email}, I live at ${house} ${street}.`;
    case 1:
      return `My name is ${name}. Write to ${p.given.toLowerCase()} at example dot org.`;
    case 2:
      return `Regards,\n${name}\n${phone.replace(/ /g, '-')}`;
    case 3:
      return `This is ${name} calling from ${house} ${street}.`;
    case 4:
      return `Mrs ${p.family} at ${house} ${street} asked for a reply to ${email}.`;
    case 5:
      return `Thanks,\n${name}`;
    default:
      return `Reported by ${name} on behalf of my neighbour ${p.family}.`;
  }
}

const isSignOff = (style: number): boolean => style % 7 === 2 || style % 7 === 5;
const wordsOf = (runs: string | readonly string[]): string[] => (typeof runs === 'string' ? [runs] : runs).flatMap((r) => tokenize(r));

describe('mayHoldPersonalData', () => {
  const VOCABULARY = ['I', "I'm", 'Im', 'am', 'i', 'this', 'is', 'it', "it's", 'Mrs', 'Dr.', 'Regards,', 'Thanks', '\n', '\r\n', ' - ', '~', 'Maria', 'Lopez', 'Rose', 'name', 'name:', 'at', 'dot', 'org', 'com', '.', ',', 'my', 'neighbour', 'by', 'reported', 'called', 'the', 'light', 'Oak', 'Lane', 'Station', 'Road', '(at)', 'maria', 'here', 'Here', 'spoke', 'to', 'rang', 'emailed', 'Grace', 'Hope', 'de', '!', 'thanks', 'Cheers'];
  const text = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 14 }).chain((words) =>
    fc.array(fc.constantFrom(' ', '', '\t', '  '), { minLength: words.length, maxLength: words.length }).map((gaps) => words.map((w, i) => `${w}${gaps[i] ?? ''}`).join('')),
  );

  it('is true whenever redaction would find anything: a text it passes is left as it is', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string(), fc.lorem({ mode: 'sentences' })), (t) => {
        if (!mayHoldPersonalData(t)) expect(redact(t, [])).toBe(t);
      }),
      { numRuns: 3000 },
    );
  });

  it('passes most plain complaints without running the detectors', () => {
    expect(mayHoldPersonalData('The bins on Oak Lane were not collected again.')).toBe(false);
    expect(mayHoldPersonalData("I'm Aisha Reid")).toBe(true);
    expect(mayHoldPersonalData('Call 555 0123')).toBe(true);
  });
});

describe('wordRuns', () => {
  it('gives no word of a name after a cue, an email, a phone number or a house number, even with no personal strings', () => {
    fc.assert(
      fc.property(person, fc.nat(6), fc.integer({ min: 1, max: 400 }), fc.constantFrom(...STREETS), fc.constantFrom(...TOPICS), fc.boolean(), (p, style, house, street, topic, before) => {
        const phone = `555 0${10 + (house % 89)} ${1000 + house}`;
        const intro = introduce(p, style, house, street, phone);
        // A sign-off ends the message, as redaction expects of one.
        const text = before && !isSignOff(style) ? `${intro} ${topic}` : `${topic} ${intro}`;
        const words = wordsOf(wordRuns(text));
        for (const w of [p.given, p.family].map((s) => s.toLowerCase())) expect(words).not.toContain(w);
        expect(words).not.toContain(String(house));
        expect(words.join(' ')).not.toMatch(/example|555/);
        // What the citizen said about the topic stays, and so does the street's name.
        for (const w of tokenize(topic)) expect(words).toContain(w);
        if (text.includes(`${house} ${street}`)) expect(words.join(' ')).toContain(street.toLowerCase());
      }),
      { numRuns: 500 },
    );
  });

  it('keeps a street and drops its house number and flat', () => {
    expect(wordsOf(wordRuns('Flooding outside 12B Oak Lane, Flat 3 since Monday'))).toEqual(['flooding', 'outside', 'since', 'monday', 'oak', 'lane', 'flat']);
  });
});

function historyConcern(id: number, day: number, text: string): PatternConcern {
  return {
    id: `H-${String(id).padStart(5, '0')}`,
    createdAt: `2026-0${1 + (day % 3)}-${String(1 + (day % 27)).padStart(2, '0')}T10:00:00.000Z`,
    text,
    category: '',
    channel: '',
    area: '',
    address: '',
    tags: [],
    priority: 'normal',
    status: 'closed',
    firstResponseAt: null,
    raisedCount: 1,
    contactKey: '',
    personal: [],
  };
}

function shown(analysis: Analysis): string {
  return [...analysis.themes, ...analysis.hiddenThemes].flatMap((t) => [t.label, ...t.keyPhrases, ...t.quotes.map((q) => q.text)]).join('\n').toLowerCase();
}

describe('analyze: names after cues in imported history (no personal strings)', () => {
  const options = { period: '2026-03', history: 2, timeZone: 'UTC', responsePolicy: null, corrections: [] } as const;

  it('never makes a regular writer\'s name a label or key phrase', () => {
    const concerns: PatternConcern[] = [];
    for (let i = 0; i < 120; i += 1) {
      const topic = TOPICS[i % TOPICS.length] ?? '';
      // Aisha Reid writes about the street lights every time; the others sign in many ways.
      const intro = i % TOPICS.length === 0 ? [`I'm Aisha Reid.`, 'My name is Aisha Reid.', 'Regards,\nAisha Reid', 'Mrs Reid here.'][i % 4] : '';
      concerns.push(historyConcern(i, i, `${intro} ${topic}`.trim()));
    }
    const text = shown(analyze(concerns, options));
    expect(text).toContain('light');
    expect(text).not.toMatch(/aisha|reid/);
  });

  it('shows no name, email, phone or address written after a cue, for any generated history', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 3, maxLength: 6 }), fc.integer({ min: 1, max: 1000 }), (people, seed) => {
        const concerns: PatternConcern[] = [];
        const secrets: string[] = [];
        for (let i = 0; i < 90; i += 1) {
          const p = people[(i * 7 + seed) % people.length] as Person;
          const house = 1 + ((seed + i * 13) % 300);
          const street = STREETS[(seed + i) % STREETS.length] ?? 'Oak Lane';
          const phone = `555 0${10 + ((seed + i) % 89)} ${1000 + ((seed * 31 + i) % 9000)}`;
          // Each person mostly writes about one topic, so their name would score high in that theme.
          const topic = TOPICS[(people.indexOf(p) + (i % 5 === 0 ? 1 : 0)) % TOPICS.length] ?? '';
          const intro = introduce(p, seed + i, house, street, phone);
          concerns.push(historyConcern(i, seed + i, isSignOff(seed + i) ? `${topic} ${intro}` : `${intro} ${topic}`));
          secrets.push(p.given.toLowerCase(), p.family.toLowerCase(), `${house} ${street}`.toLowerCase(), phone, `${p.given.toLowerCase()}.${p.family.toLowerCase()}@example.org`);
        }
        const text = shown(analyze(concerns, options));
        for (const secret of secrets) expect(text).not.toContain(secret);
        expect(text).not.toMatch(/@|555/);
      }),
      { numRuns: 12 },
    );
  });
});
