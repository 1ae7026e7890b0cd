/**
 * Which of many personal strings could be in a text, so redaction searches only those. The public page redacts
 * every text with the personal data of every concern linked to any project shown (thousands of strings for a
 * busy office); redact() searches each string in each text, which took seconds a page (measured: 5 s for 200
 * projects linked to 2,000 concerns). A string can only be found where each of its words is (redact-personal.ts
 * matches words, folded the same way, and a multi-word name also by each of its words), so a string none of whose
 * words is in the text is skipped: the same spans, found in a fraction of the time. Phone numbers match across separators
 * ("555-014 2368"), so they are kept for any text with as many digits.
 */
import { foldCase, kindOf } from '@shared/patterns/redact-personal';

interface Entry {
  readonly value: string;
  /** Folded words the text must contain; empty for a phone number. */
  readonly words: readonly string[];
  /** Digits a text needs at least (phone numbers). */
  readonly digits: number;
}

/** Personal strings prepared for filtering. */
export interface PersonalIndex {
  /** The strings that may occur in `text`. */
  relevantTo(text: string): string[];
}

/** Prepares `personal` (each string once) for relevantTo. */
export function indexPersonal(personal: readonly string[]): PersonalIndex {
  const entries: Entry[] = personal.map((value) => {
    const trimmed = value.trim();
    if (kindOf(trimmed) === 'phone') return { value, words: [], digits: trimmed.replace(/\D/g, '').length };
    const words = foldCase(trimmed)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '');
    return { value, words, digits: 0 };
  });
  return {
    relevantTo(text: string): string[] {
      if (text === '') return [];
      const folded = foldCase(text);
      const digits = text.replace(/\D/g, '').length;
      const found: string[] = [];
      for (const entry of entries) {
        if (entry.words.length === 0 ? digits >= entry.digits : entry.words.some((w) => folded.includes(w))) found.push(entry.value);
      }
      return found;
    },
  };
}
