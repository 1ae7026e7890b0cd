/**
 * Redaction of the newsletter draft's texts (draft.ts): everything the draft writes passes shared/patterns
 * redact with the month's personal data, the same rule the meeting's exports apply
 * (renderer/src/features/meeting/export/privacy.ts), so a name a facilitator typed into a theme's label or a
 * project's public text never reaches a citizen's inbox.
 *
 * A month's concerns carry thousands of personal strings and redact compiles one pattern per string, so each
 * text is checked only against the strings that could occur in it (a shared word, or a phone number's digits):
 * a superset of what redact would find with the whole list. A known name's parts are removed in any case, not
 * only when capitalised, unless the part is a common word ("lopez" in a lower-case label is still a name).
 */
import { redact } from '../patterns/redact';
import { isCommonWord } from '../patterns/redact-words';

const WORD = /[\p{L}\p{N}]+/gu;
const LETTERS = /[\p{L}\p{M}]+/gu;
const PHONE_SEPARATORS = /[\s().\-/]/g;

const isPhoneLike = (value: string): boolean => value.replace(/\D/g, '').length >= 7 && /^[+\d\s().\-/x]+$/i.test(value.replace(/ext\.?/i, ''));

/** The personal strings that could occur in `text`. */
function relevantTo(text: string, personal: readonly string[]): string[] {
  if (personal.length === 0 || text === '') return [];
  const words = new Set(text.toLowerCase().match(WORD) ?? []);
  const compact = text.replace(PHONE_SEPARATORS, '');
  return personal.filter((value) => {
    if (isPhoneLike(value)) return compact.includes(value.replace(/\D/g, ''));
    return (value.toLowerCase().match(WORD) ?? []).some((word) => words.has(word));
  });
}

/** The lower-case words of the names among `values` (not emails, phones or addresses), common words left out. */
function nameParts(values: readonly string[]): Set<string> {
  const parts = new Set<string>();
  for (const value of values) {
    if (value.includes('@') || /\d/.test(value)) continue;
    for (const word of value.match(LETTERS) ?? []) if (word.length >= 2 && !isCommonWord(word)) parts.add(word.toLowerCase());
  }
  return parts;
}

/** `text` with every piece of personal data (the month's own and any the detectors find) replaced by a placeholder. */
export function redactDraftText(text: string, personal: readonly string[]): string {
  const relevant = relevantTo(text, personal);
  const redacted = redact(text, relevant);
  const parts = nameParts(relevant);
  if (parts.size === 0) return redacted;
  return redacted.replace(LETTERS, (word) => (parts.has(word.toLowerCase()) ? '[name]' : word)).replace(/\[name\](?:[ \t]+\[name\])+/g, '[name]');
}
