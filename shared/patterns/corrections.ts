/**
 * Applies the facilitators' corrections (shared/domain/meeting.ts) to the themes the engine found, in the order
 * they were made (`at`, then id), withdrawn ones left out. A correction names its theme by signature: it applies
 * to the theme whose signature is most similar, if that reaches SIGNATURE_MATCH_THRESHOLD (so it finds the same
 * theme again next month, when the engine's words have moved a little); one that matches nothing is unused.
 *
 *   rename  the matching theme takes the correction's label
 *   merge   every theme matching one of its signatures becomes one theme, with the correction's label
 *   split   the matching theme's concerns whose words hold every word of `phrase` (stemmed as the engine stems)
 *           leave it for a new theme with the correction's label
 *   hide    the matching theme is hidden (listed apart, so it can be shown again)
 * Each theme keeps the ids of the corrections that shaped it. Themes are described afresh afterwards (themes.ts).
 */
import type { ThemeCorrection, ThemeSignature } from '../domain/meeting';
import type { Features } from './features';
import { signatureSimilarity, SIGNATURE_MATCH_THRESHOLD } from './signature';
import { stem, tokenize } from './text';
import { draftSignature, type ThemeDraft } from './themes';
import type { PatternConcern } from './types';

/** A draft that may be hidden. */
export interface CorrectableDraft extends ThemeDraft {
  hidden: boolean;
}

/** The corrections in force, in the order they apply. */
export function correctionsInOrder(corrections: readonly ThemeCorrection[]): ThemeCorrection[] {
  return corrections
    .filter((c) => c.withdrawnAt === null)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The index of the signature most similar to `target` that reaches the match threshold, or -1. */
export function bestMatch(target: ThemeSignature, signatures: readonly ThemeSignature[]): number {
  let best = -1;
  let bestSim = SIGNATURE_MATCH_THRESHOLD;
  signatures.forEach((s, i) => {
    const sim = signatureSimilarity(target, s);
    if (sim > bestSim || (sim === bestSim && best === -1)) [best, bestSim] = [i, sim];
  });
  return best;
}

function containsPhrase(text: string, phrase: string): boolean {
  const phraseTokens = tokenize(phrase);
  const words = new Set(tokenize(text).map(stem));
  return phraseTokens.length > 0 && phraseTokens.every((t) => words.has(stem(t)));
}

/** The drafts after the corrections, with the ids of those that applied recorded on the drafts they shaped. */
export function applyCorrections(
  drafts: readonly CorrectableDraft[],
  corrections: readonly ThemeCorrection[],
  concerns: readonly PatternConcern[],
  features: Features,
): CorrectableDraft[] {
  let current = drafts.map((d) => ({ ...d, members: [...d.members], corrections: [...d.corrections] }));
  let signatures = current.map((d) => draftSignature(d.members, features));
  const refresh = (): void => {
    current = current.filter((d) => d.members.length > 0);
    signatures = current.map((d) => draftSignature(d.members, features));
  };
  for (const correction of correctionsInOrder(corrections)) {
    if (correction.kind === 'merge') {
      const matched = [...new Set(correction.signatures.map((s) => bestMatch(s, signatures)).filter((i) => i >= 0))].sort((a, b) => a - b);
      const first = current[matched[0] ?? -1];
      if (!first) continue;
      for (const i of matched.slice(1)) {
        const other = current[i];
        if (!other) continue;
        first.members.push(...other.members);
        first.corrections.push(...other.corrections.filter((id) => !first.corrections.includes(id)));
        first.hidden = first.hidden && other.hidden;
        other.members = [];
      }
      first.members.sort((a, b) => a - b);
      first.label = correction.label;
      first.corrections.push(correction.id);
      refresh();
      continue;
    }
    const target = current[bestMatch(correction.signature, signatures)];
    if (!target) continue;
    if (correction.kind === 'rename') target.label = correction.label;
    else if (correction.kind === 'hide') target.hidden = true;
    else {
      const moved = target.members.filter((row) => containsPhrase(concerns[row]?.text ?? '', correction.phrase));
      if (moved.length === 0) continue;
      const stay = new Set(moved);
      target.members = target.members.filter((row) => !stay.has(row));
      current.push({ members: moved, label: correction.label, corrections: [correction.id], hidden: false });
    }
    target.corrections.push(correction.id);
    refresh();
  }
  return current;
}
