/**
 * The privacy gate of everything that leaves the meeting view (slides, Markdown, CSV, PDF): every string is
 * redacted again with the personal data of the concerns behind the analysis (shared/patterns/redact.ts), and a
 * finished file is checked once more before it is saved. The engine's labels and quotes are redacted already;
 * this second pass covers what staff typed (decisions, owners, corrected labels) and anything the engine missed.
 *
 * A month's concerns carry tens of thousands of personal strings, and redact compiles one pattern per string,
 * so each text is checked only against the strings that could occur in it: those sharing a word with the text,
 * and phone numbers whose digits occur in it. That is a superset of what redact would find with the whole list.
 *
 * One stricter rule than redact's: a part of a known name is removed in any case, not only when written with a
 * capital, unless it is a common word. The engine's labels and key phrases are lower-case words, and "lopez"
 * in a key phrase is as much a name as "Lopez".
 */
import { containsPersonalData, redact } from '@shared/patterns/redact';
import { isCommonWord } from '@shared/patterns/redact-words';

/** The personal data of a period's concerns, as redaction needs it. */
export interface PersonalData {
  readonly values: readonly string[];
}

/** No known personal data: only the generic detectors (emails, phones, addresses, cued names) run. */
export const NO_PERSONAL_DATA: PersonalData = { values: [] };

const WORD = /[\p{L}\p{N}]+/gu;
const PHONE_SEPARATORS = /[\s().\-/]/g;

const isPhoneLike = (value: string): boolean => value.replace(/\D/g, '').length >= 7 && /^[+\d\s().\-/x]+$/i.test(value.replace(/ext\.?/i, ''));

/** The personal strings that could occur in `text` (see the module comment). */
export function relevantPersonal(text: string, personal: PersonalData): string[] {
  if (personal.values.length === 0 || text === '') return [];
  const words = new Set((text.toLowerCase().match(WORD) ?? []) as string[]);
  const compact = text.replace(PHONE_SEPARATORS, '');
  return personal.values.filter((value) => {
    if (isPhoneLike(value)) return compact.includes(value.replace(/\D/g, ''));
    return (value.toLowerCase().match(WORD) ?? []).some((word) => words.has(word));
  });
}

const LETTERS = /[\p{L}\p{M}]+/gu;

/** The words of the known names among `values` (not emails, phones or addresses), lower case, common words left out. */
function namePartsOf(values: readonly string[]): Set<string> {
  const parts = new Set<string>();
  for (const value of values) {
    if (value.includes('@') || /\d/.test(value)) continue;
    for (const word of value.match(LETTERS) ?? []) if (word.length >= 2 && !isCommonWord(word)) parts.add(word.toLowerCase());
  }
  return parts;
}

/** The text with every piece of personal data replaced by a placeholder ([name], [email], [phone], [address]). */
export function scrub(text: string, personal: PersonalData): string {
  const relevant = relevantPersonal(text, personal);
  const redacted = redact(text, relevant);
  const parts = namePartsOf(relevant);
  if (parts.size === 0) return redacted;
  // Placeholders are words too ("[name]"): they are never a name part, since "name" is a common word.
  return redacted.replace(LETTERS, (word) => (parts.has(word.toLowerCase()) ? '[name]' : word)).replace(/\[name\](?:[ \t]+\[name\])+/g, '[name]');
}

/** The personal data still found in a finished file (each piece once): [] when it may be saved. */
export function personalDataIn(text: string, personal: PersonalData): string[] {
  const relevant = relevantPersonal(text, personal);
  const parts = namePartsOf(relevant);
  const lowerCaseParts = (text.match(LETTERS) ?? []).filter((word) => parts.has(word.toLowerCase()));
  return [...new Set([...containsPersonalData(text, relevant), ...lowerCaseParts])];
}

/** Thrown when a finished file still holds personal data: it is not saved, and the message says why. */
export class PersonalDataFound extends Error {
  /** How many pieces were found (never the pieces themselves: the message may be shown or logged). */
  readonly count: number;
  constructor(count: number) {
    super(`The file was not saved: it still contains ${count} piece${count === 1 ? '' : 's'} of personal data.`);
    this.name = 'PersonalDataFound';
    this.count = count;
  }
}

/** Throws PersonalDataFound unless the finished text is free of personal data. */
export function assertNoPersonalData(text: string, personal: PersonalData): void {
  const found = personalDataIn(text, personal);
  if (found.length > 0) throw new PersonalDataFound(found.length);
}
