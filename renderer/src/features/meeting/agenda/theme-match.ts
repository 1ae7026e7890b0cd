/**
 * Which of this month's themes an agenda item or a decision is about. Both name their theme by its signature
 * (shared/domain/meeting.ts), since the engine finds themes afresh every month; the theme they mean is the one
 * whose signature is most alike, if alike enough.
 */
import type { ThemeSignature } from '@shared/domain/meeting';
import type { Theme } from '@shared/patterns/types';

/**
 * Cosine similarity at or above which two signatures are one theme. Kept in step with the engine's threshold
 * for applying corrections (shared/patterns), so a decision follows its theme as a correction does.
 */
export const THEME_MATCH_THRESHOLD = 0.5;

function cosine(a: ThemeSignature, b: ThemeSignature): number {
  const weights = new Map(a.terms.map((term) => [term.term, term.weight]));
  let dot = 0;
  for (const term of b.terms) dot += (weights.get(term.term) ?? 0) * term.weight;
  const norm = (s: ThemeSignature) => Math.sqrt(s.terms.reduce((sum, term) => sum + term.weight * term.weight, 0));
  const denominator = norm(a) * norm(b);
  return denominator === 0 ? 0 : dot / denominator;
}

/** The theme of `themes` whose signature is most like `signature` (ties: the first), or null when none is alike enough. */
export function matchTheme(signature: ThemeSignature, themes: readonly Theme[]): Theme | null {
  let best: Theme | null = null;
  let bestScore = THEME_MATCH_THRESHOLD;
  for (const theme of themes) {
    const score = cosine(signature, theme.signature);
    if (score > bestScore || (best === null && score >= bestScore)) {
      best = theme;
      bestScore = score;
    }
  }
  return best;
}
