/**
 * Finding a concern's own personal data (its contacts' names, emails, phones and its address, as given) in a
 * text, by plain string search rather than a regular expression per string: every concern has different
 * strings, and compiling Unicode-aware expressions for each costs far more than the search (hundreds of
 * microseconds a concern, against a few).
 *
 * A string matches case-insensitively with any run of spaces between its words, at word edges; a phone number
 * matches by its digits in any grouping; each part of a multi-word name matches alone when capitalised (or all
 * capitals), unless it is a common word. A single-word name that is a common word ("Rose") matches capitalised only.
 */
import type { PersonalKind, Span } from './redact-detectors';
import { isCommonWord } from './redact-words';

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch);
const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';
const PHONE_SEPARATORS = new Set([' ', '\t', '(', ')', '.', '-', '/']);

/** Lower case with every UTF-16 unit kept in place, so offsets into it are offsets into the text. */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Where `words` (already folded if the search is) start at `at` in `hay`, separated by any spaces: the end, or -1. */
function matchWords(hay: string, at: number, words: readonly string[]): number {
  let pos = at;
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] ?? '';
    if (i > 0) {
      if (!isSpace(hay[pos])) return -1;
      while (isSpace(hay[pos])) pos += 1;
    }
    if (!hay.startsWith(word, pos)) return -1;
    pos += word.length;
  }
  return pos;
}

function findWords(text: string, hay: string, words: readonly string[], kind: PersonalKind, out: Span[], suffix = false): void {
  const first = words[0];
  if (first === undefined || first === '') return;
  for (let at = hay.indexOf(first); at >= 0; at = hay.indexOf(first, at + 1)) {
    if (isWordChar(text[at - 1]) && isWordChar(first[0])) continue;
    let end = matchWords(hay, at, words);
    if (end < 0) continue;
    // "Lopez's" is Lopez.
    if (suffix && (hay[end] === "'" || hay[end] === '’') && hay[end + 1] === 's') end += 2;
    if (isWordChar(text[end]) && isWordChar(hay[end - 1])) continue;
    out.push({ start: at, end, kind });
  }
}

function findDigits(text: string, digits: string, out: Span[]): void {
  const head = digits[0];
  if (head === undefined) return;
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
    if (/\d/.test(text[at - 1] ?? '')) continue;
    let pos = at;
    let i = 0;
    while (i < digits.length && pos < text.length) {
      const ch = text[pos] ?? '';
      if (ch === digits[i]) i += 1;
      else if (!PHONE_SEPARATORS.has(ch)) break;
      pos += 1;
    }
    if (i === digits.length && !/\d/.test(text[pos] ?? '')) out.push({ start: at, end: pos, kind: 'phone' });
  }
}

/** What kind of personal data a given string is: an email, a phone number, an address (it has digits) or a name. */
export function kindOf(value: string): PersonalKind {
  if (value.includes('@')) return 'email';
  const digits = value.replace(/\D/g, '').length;
  if (digits >= 7 && /^[+\d\s().\-/x]+$/i.test(value.replace(/ext\.?/i, ''))) return 'phone';
  return /\d/.test(value) ? 'address' : 'name';
}

const capitalise = (word: string): string => (word[0]?.toUpperCase() ?? '') + word.slice(1);

/** Spans of a concern's own personal strings found in the text. */
export function findPersonal(text: string, personal: readonly string[]): Span[] {
  if (personal.length === 0) return [];
  const spans: Span[] = [];
  let folded: string | undefined;
  const fold = (): string => (folded ??= foldCase(text));
  const parts = new Set<string>();
  for (const raw of personal) {
    if (typeof raw !== 'string') continue;
    const value = raw.trim();
    if (value.replace(/[^\p{L}\p{N}]/gu, '').length < 2) continue;
    const kind = kindOf(value);
    if (kind === 'phone') {
      findDigits(text, value.replace(/\D/g, ''), spans);
      continue;
    }
    const words = value.split(/\s+/);
    if (kind === 'name' && words.length === 1 && isCommonWord(value)) {
      findWords(text, text, [capitalise(value.toLowerCase())], kind, spans);
      findWords(text, text, [value.toUpperCase()], kind, spans);
    } else {
      findWords(text, fold(), words.map(foldCase), kind, spans);
    }
    if (kind === 'address') {
      // "12 Oak Lane, Springfield": the street line alone is as identifying as the whole.
      for (const line of value.split(',')) {
        if (/\d/.test(line) && line.trim() !== value) findWords(text, fold(), line.trim().split(/\s+/).map(foldCase), kind, spans);
      }
    }
    if (kind === 'name' && words.length > 1) {
      for (const word of words) {
        const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
        if (bare.length >= 2 && !isCommonWord(bare)) parts.add(bare);
      }
    }
  }
  for (const part of parts) {
    findWords(text, text, [capitalise(part)], 'name', spans, true);
    findWords(text, text, [part.toUpperCase()], 'name', spans, true);
  }
  return spans;
}
