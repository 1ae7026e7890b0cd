/**
 * How many of a theme's concerns a split by a phrase would move: those whose words contain the phrase's words
 * in order, compared as the engine compares words (lower case, light stems, shared/patterns/text.ts): "street
 * lights" finds "Street light", "street-lights" and "STREET LIGHTS", not "streetlight". Read from the desk's
 * concerns (summary and details), as the engine reads them.
 */
import { stem, tokenize } from '@shared/patterns/text';

/** The phrase as stems; [] when it has no words. */
export function phraseStems(phrase: string): string[] {
  return tokenize(phrase).map(stem);
}

/** True when the text's words contain the phrase's stems in a row. */
export function containsPhrase(text: string, stems: readonly string[]): boolean {
  if (stems.length === 0) return false;
  const words = tokenize(text).map(stem);
  outer: for (let i = 0; i + stems.length <= words.length; i += 1) {
    for (let k = 0; k < stems.length; k += 1) if (words[i + k] !== stems[k]) continue outer;
    return true;
  }
  return false;
}

/** How many of `texts` the phrase would move. */
export function countMoving(texts: readonly string[], phrase: string): number {
  const stems = phraseStems(phrase);
  return texts.reduce((n, text) => (containsPhrase(text, stems) ? n + 1 : n), 0);
}
