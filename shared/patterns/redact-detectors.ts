/**
 * The detectors redaction runs: each finds one kind of personal data in a text and returns where it is, as
 * spans of UTF-16 offsets. redact.ts merges the spans and replaces them; containsPersonalData lists them.
 *
 * No regular expression here uses the `i` flag together with \p{Lu}: under `iu`, \p{Lu} matches lower case too,
 * and "capitalised" is what tells a name from a word. Case-insensitive cue words are spelled out instead.
 */
import { COMMON_WORDS, STREET_SUFFIXES } from './redact-words';

/** The kinds of personal data, named as their placeholders are. */
export type PersonalKind = 'name' | 'email' | 'phone' | 'address';

/** Where one piece of personal data sits in a text: [start, end) in UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
  kind: PersonalKind;
}

/** A letter of either case, for cue words written in any case: ci('my name') -> '[mM][yY] [nN][aA]…'. */
function ci(words: string): string {
  return words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`).replace(/ /g, '[ \\t]+');
}

function collect(re: RegExp, text: string, kind: PersonalKind, accept?: (m: RegExpExecArray) => Span | null): Span[] {
  const spans: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0] === '') {
      re.lastIndex += 1;
      continue;
    }
    const span = accept ? accept(m) : { start: m.index, end: m.index + m[0].length, kind };
    if (span !== null) spans.push(span);
    // A refused match may hide one that starts inside it ("Thanks\nRegards,\nMaria Lopez"): look again from
    // the next character.
    else re.lastIndex = m.index + 1;
  }
  return spans;
}

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}_])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}_])';

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// "maria (at) example (dot) org", "maria at example dot org": the spelled-out forms people use to dodge spam.
const SPELLED_DOMAIN_END = '(?:\\(dot\\)|\\[dot\\]|[ \\t]dot[ \\t]|\\.)[ \\t]*(?:com|org|net|gov|edu|info|io|co|uk|us|ca|de|fr|es|it|nl|au|ie|eu)(?![\\p{L}\\p{N}])';
const SPELLED_EMAIL = new RegExp(
  `(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}._%+-]+[ \\t]*(?:\\(at\\)|\\[at\\]|[ \\t]at[ \\t])[ \\t]*[\\p{L}\\p{N}-]+(?:[ \\t]*(?:\\(dot\\)|\\[dot\\]|[ \\t]dot[ \\t]|\\.)[ \\t]*[\\p{L}\\p{N}-]+)*[ \\t]*${SPELLED_DOMAIN_END}`,
  'gu',
);
const SPELLED_AT = /\bat\b|\(at\)|\[at\]/;
const SPELLED_DOMAIN = new RegExp(SPELLED_DOMAIN_END, 'u');

/** Email addresses, written plainly or spelled out. */
export function findEmails(text: string): Span[] {
  const plain = text.includes('@') ? collect(EMAIL, text, 'email') : [];
  // The spelled-out form is costly to look for and needs both an "at" and a domain's end ("dot org").
  return SPELLED_AT.test(text) && SPELLED_DOMAIN.test(text) ? [...plain, ...collect(SPELLED_EMAIL, text, 'email')] : plain;
}

// A run of digits with the separators phone numbers use, an optional +country code, (area) code and extension.
const PHONE =
  /(?<![\p{L}\p{N}$£€¥.,:/\\-])(?:\+|00)?[ \t]*(?:\(\d{1,5}\)[ \t.-]*)?\d(?:[ \t().\-/]{0,3}\d)+(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,6})?(?![\p{L}\p{N}%])(?![.,]\d)/gu;
const DATE_LIKE = [
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/,
  /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/,
  /^\d{1,2}[.:]\d{2}[ \t]*-[ \t]*\d{1,2}[.:]\d{2}$/,
  /^\d{4}[ \t]*[-/][ \t]*\d{4}$/,
  /^\d+\.\d+$/,
];

function isPhoneLike(candidate: string): boolean {
  const main = candidate.replace(/[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,6}$/, '');
  const digits = main.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return false;
  const bare = main.trim();
  if (DATE_LIKE.some((re) => re.test(bare))) return bare.replace(/\D/g, '').length === 10 && /^\d{3}\.\d{3}\.\d{4}$/.test(bare);
  // "in 2023 2024 2025" is a list of years, not a number to dial.
  const groups = bare.split(/[^\d]+/).filter((g) => g !== '');
  return !groups.every((g) => /^(19|20)\d\d$/.test(g));
}

/** Phone numbers: 7 to 15 digits with usual separators; not dates, years, times, amounts or counts. */
export function findPhones(text: string): Span[] {
  if (!/\d/.test(text)) return [];
  return collect(PHONE, text, 'phone', (m) => {
    const lead = m[0].length - m[0].trimStart().length;
    const value = m[0].trim();
    return isPhoneLike(value) ? { start: m.index + lead, end: m.index + lead + value.length, kind: 'phone' } : null;
  });
}

// An abbreviation takes its full stop ("Main St."); a full word leaves the sentence's to the sentence.
const SUFFIXES = STREET_SUFFIXES.map((s) => {
  const forms = `${s}|${s.toLowerCase()}|${s.toUpperCase()}`;
  return s.length <= 4 && !['Way', 'Row', 'Hill', 'Lane', 'Walk', 'Park', 'Rise', 'View', 'Mews', 'Quay'].includes(s) ? `(?:${forms})\\.?` : `(?:${forms})`;
}).join('|');
const UNIT = `(?:${ci('apt')}|${ci('apartment')}|${ci('flat')}|${ci('unit')}|${ci('suite')}|${ci('ste')}|#)\\.?[ \\t]*[A-Za-z0-9-]{1,6}`;
const HOUSE = '\\d{1,6}[A-Za-z]?(?:[ \\t]*[-–][ \\t]*\\d{1,6}[A-Za-z]?)?(?:[ \\t]+1/2)?';
const DIRECTION = '(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?[ \\t]+)?';
const NAME_WORD = "(?:\\p{Lu}[\\p{L}'’-]*|\\d{1,3}(?:st|nd|rd|th))";
const ADDRESS = new RegExp(
  `${EDGE_BEFORE}(?:${UNIT},?[ \\t]+)?${HOUSE}[ \\t,]+${DIRECTION}${NAME_WORD}(?:[ \\t]+${NAME_WORD}){0,3}[ \\t]+(?:${SUFFIXES})${EDGE_AFTER}(?:,?[ \\t]+${UNIT}${EDGE_AFTER})?`,
  'gu',
);
// "12 oak lane": lower case is accepted for one or two words that are not common ones ("3 big holes in the road"
// must survive).
const LOWER_ADDRESS = new RegExp(
  `${EDGE_BEFORE}${HOUSE}[ \\t]+(\\p{Ll}+(?:[ \\t]+\\p{Ll}+)?)[ \\t]+(?:${STREET_SUFFIXES.map((s) => s.toLowerCase()).join('|')})\\.?${EDGE_AFTER}`,
  'gu',
);
const PO_BOX = new RegExp(`${EDGE_BEFORE}(?:${ci('p')}\\.?[ \\t]*${ci('o')}\\.?|${ci('post office')})[ \\t]+${ci('box')}[ \\t]*\\d{1,6}${EDGE_AFTER}`, 'gu');
const LONE_UNIT = new RegExp(`${EDGE_BEFORE}(?:${ci('apt')}|${ci('apartment')}|${ci('flat')})\\.?[ \\t]*\\d{1,4}[A-Za-z]?${EDGE_AFTER}`, 'gu');

/** Street addresses with a house number ("12 Oak Lane", "1200 N. Main St.", "Apt 4B, 55 King Street"), PO boxes, flats. */
export function findAddresses(text: string): Span[] {
  if (!/\d/.test(text)) return [];
  const lower = collect(LOWER_ADDRESS, text, 'address', (m) => {
    const words = (m[1] ?? '').split(/[ \t]+/);
    return words.some((w) => COMMON_WORDS.has(w) && !/^(oak|elm|ash|pine|maple|mill|church|station|high|park)$/.test(w))
      ? null
      : { start: m.index, end: m.index + m[0].length, kind: 'address' };
  });
  return [...collect(ADDRESS, text, 'address'), ...lower, ...collect(PO_BOX, text, 'address'), ...collect(LONE_UNIT, text, 'address')];
}

const PERSON_WORD = "\\p{Lu}[\\p{L}'’-]*";
const PARTICLE = '(?:(?:de|da|del|der|di|du|la|le|van|von|bin|al|el|ter)[ \\t]+)?';
const PERSON = `${PERSON_WORD}(?:[ \\t]+${PARTICLE}${PERSON_WORD}){0,2}`;
const TITLE = `(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mister|Madam|Mme|Mlle|Sr|Sra|Herr|Frau)`;
const RELATION = ci('my') + '[ \\t]+(?:' + ['husband', 'wife', 'son', 'daughter', 'mother', 'father', 'mum', 'mom', 'dad', 'brother', 'sister', 'partner', 'neighbour', 'neighbor', 'landlord', 'landlady', 'carer', 'friend', 'grandson', 'granddaughter'].map(ci).join('|') + '),?';

const NAMING = `(?:${ci('my name is')}|${ci('my name')}'s|${ci('name is')}|${ci('names are')}|${ci('name')}:|${ci('caller')}:|${ci('contact')}:|${ci('resident')}:|${ci('called by')}|${ci('reported by')}|${ci('submitted by')}|${ci('on behalf of')})`;

const SIGN_OFF_END = `(?=[ \\t]*(?:$|\\r?\\n|[.,;:!?()—–-]|\\d|\\S+@))`;

// Staff's own notes name people after what was done with them: "Spoke to Will Turner", "rang Mrs Lopez back".
const CONTACTED = `(?:${['spoke to', 'spoke with', 'talked to', 'talked with', 'met with', 'called back', 'call back', 'rang', 'phoned', 'emailed', 'visited', 'passed to'].map(ci).join('|')})`;

/**
 * How sure a cue is that a name follows, which decides what a common word in it means:
 *   title   "Mrs Rose": any capitalised word after it is a name
 *   strong  "My name is Grace Reid", "Regards, Hope": capitalised words are the name, common ones too
 *   weak    "I'm Grace Reid" is a name but "I'm Worried" is not: common words count only when a word that is
 *           not a common one ends the name
 */
type CueStrength = 'title' | 'strong' | 'weak';

// Each cue is followed by the name it introduces (group 1).
const CUES: readonly { re: RegExp; strength: CueStrength; minWords?: number }[] = [
  { re: new RegExp(`${NAMING}[ \\t]*(${PERSON})`, 'gu'), strength: 'strong' },
  { re: new RegExp(`${EDGE_BEFORE}(?:I'm|I’m|Im|I am|i'm|i am)[ \\t]+(${PERSON})`, 'gu'), strength: 'weak' },
  {
    re: new RegExp(`${EDGE_BEFORE}(?:${ci('this is')}|${ci('it is')}|${ci("it's")})[ \\t]+(${PERSON})(?=[ \\t]*(?:,|${ci('calling')}|${ci('speaking')}|${ci('here')}|${ci('from')}|${ci('again')}|${ci('of')}))`, 'gu'),
    strength: 'weak',
  },
  { re: new RegExp(`${EDGE_BEFORE}${TITLE}\\.?[ \\t]+(${PERSON})`, 'gu'), strength: 'title' },
  // A sign-off: "Regards, John Smith"; "Thanks" only with a comma or a line break ("Thanks Route 12 for…" is no
  // name), and the name ends its line or meets punctuation, a number or an email. "Regards" is sure of a name;
  // "Thanks, Council" thanks an institution, so after "Thanks" common words need a surname.
  {
    re: new RegExp(
      `${EDGE_BEFORE}(?:${ci('regards')}|${ci('sincerely')}|${ci('best wishes')}|${ci('yours truly')}|${ci('yours faithfully')}|${ci('signed')}|${ci('respectfully')})[ \\t]*[,:.!-]?\\s*(${PERSON})${SIGN_OFF_END}`,
      'gu',
    ),
    strength: 'strong',
  },
  {
    re: new RegExp(`${EDGE_BEFORE}(?:${ci('thanks')}|${ci('thank you')}|${ci('cheers')})(?:[ \\t]*[,:!—–-]\\s*|[ \\t]*\\r?\\n\\s*)(${PERSON})${SIGN_OFF_END}`, 'gu'),
    strength: 'weak',
  },
  { re: new RegExp(`${EDGE_BEFORE}${RELATION}[ \\t]+(${PERSON})`, 'gu'), strength: 'strong' },
  { re: /(?:^|\n)[ \t]*[-–—~][ \t]*(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)[ \t]*$/gmu, strength: 'strong' },
  // A caller introducing themselves at the start of a text, line or sentence: "Olga Reid here, …" (two words and
  // a stop after "here", so "Parking here is a nightmare" names nobody).
  { re: new RegExp(`(?:^|[.!?][ \\t]+|\\n[ \\t]*)(${PERSON})(?=[ \\t]+${ci('here')}[ \\t]*[,.!:;—–-])`, 'gu'), strength: 'weak', minWords: 2 },
  { re: new RegExp(`${EDGE_BEFORE}${CONTACTED}[ \\t]+(${PERSON})`, 'gu'), strength: 'weak', minWords: 2 },
];

const SUFFIX_WORDS: ReadonlySet<string> = new Set(STREET_SUFFIXES.map((s) => s.toLowerCase()));

const isMask = (word: string): boolean => /^X+$/.test(word);

function cueName(m: RegExpExecArray, strength: CueStrength, minWords = 1): Span | null {
  const name = m[1];
  if (name === undefined) return null;
  const nameStart = m.index + m[0].length - name.length;
  // Keep only the leading words that can be a name: "I'm Maria Lopez From Oak Lane" stops at "From" (a common
  // word no uncommon one follows), "I'm Grace Reid" keeps "Grace" because "Reid" follows it.
  let end = -1;
  let kept = 0;
  let nameWords = 0;
  for (const w of name.matchAll(/\S+/g)) {
    const bare = w[0].replace(/['’-]+$/, '');
    const isParticle = /^(de|da|del|der|di|du|la|le|van|von|bin|al|el|ter)$/.test(bare);
    if (isMask(bare)) break;
    const isCommon = !isParticle && COMMON_WORDS.has(bare.toLowerCase());
    const wordEnd = nameStart + w.index + bare.length;
    if (strength === 'weak') {
      if (!isCommon && !isParticle) [end, nameWords] = [wordEnd, kept + 1];
    } else if (isCommon && strength === 'title' && kept > 0) {
      break;
    } else if (!isParticle) {
      [end, nameWords] = [wordEnd, kept + 1];
    }
    kept += 1;
  }
  if (end < 0 || nameWords < minWords) return null;
  // "This is Main Street again": a name followed by a street's last word is the street.
  const next = /^[ \t]+([\p{L}]+)/u.exec(m.input.slice(end));
  if (next?.[1] !== undefined && SUFFIX_WORDS.has(next[1].toLowerCase())) return null;
  // A title with its name goes whole ("Mrs Lopez" -> "[name]"); other cues keep their words ("I'm [name]").
  return { start: strength === 'title' ? m.index : nameStart, end, kind: 'name' };
}

/** Names introduced by a cue: "my name is X Y", "I'm X Y", "this is X calling", "Mrs X", "Regards, X Y". */
export function findCuedNames(text: string): Span[] {
  // One scan for every cue's words first: most texts hold none, and then the seven cue expressions need not run.
  if (!CUE_HINT.test(text)) return [];
  return CUES.flatMap(({ re, strength, minWords }) => collect(re, text, 'name', (m) => cueName(m, strength, minWords)));
}

// What every cue above needs to be in a text at all: each cue's words, then the gap it allows, then a capital (a
// name starts with one: "This is getting worse" and "Thanks for" have none). Keep in step with CUES (the
// redaction property tests check it: a text without a hint has nothing a cue would find).
const CUE_HINT = new RegExp(
  [
    `${NAMING}[ \\t]*\\p{Lu}`,
    "(?:I'm|I’m|Im|I am|i'm|i am)[ \\t]+\\p{Lu}",
    `(?:${['this is', 'it is', "it's"].map(ci).join('|')})[ \\t]+\\p{Lu}`,
    `${TITLE}\\.?[ \\t]+\\p{Lu}`,
    `(?:${['regards', 'sincerely', 'best wishes', 'yours truly', 'yours faithfully', 'signed', 'respectfully', 'thanks', 'thank you', 'cheers'].map(ci).join('|')})[\\s,:.!—–-]*\\p{Lu}`,
    `${RELATION}[ \\t]+\\p{Lu}`,
    '^[ \\t]*[-–—~][ \\t]*\\p{Lu}',
    `\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,2}[ \\t]+${ci('here')}`,
    `${CONTACTED}[ \\t]+\\p{Lu}`,
  ].join('|'),
  'mu',
);
/**
 * Whether any detector here could find something in the text: false guarantees that findEmails, findPhones,
 * findAddresses and findCuedNames all find nothing. A cheap test (a digit, an @, a cue's words) that lets the
 * pattern engine skip the detectors on most texts.
 */
export function mayHoldPersonalData(text: string): boolean {
  return /\d/.test(text) || text.includes('@') || CUE_HINT.test(text) || (SPELLED_AT.test(text) && SPELLED_DOMAIN.test(text));
}
