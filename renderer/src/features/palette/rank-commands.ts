/**
 * Filters and orders palette commands for what was typed. Staff type a few letters of a word they remember
 * ("sett", "new draft", "shrtc"), so every word typed must appear in the label, as a prefix, inside a word, or
 * at worst as letters in order; closer matches rank first and ties keep the order the shell gave.
 */

/** How well one typed word matches a label; lower is better, undefined is no match. */
function wordScore(label: string, word: string): number | undefined {
  if (label.startsWith(word)) return 0;
  const parts = label.split(/[^\p{L}\p{N}]+/u);
  if (parts.some((part) => part.startsWith(word))) return 1;
  if (label.includes(word)) return 2;
  // Letters in order are accepted only inside one word that starts with the same letter ("shrtcts" finds
  // "shortcuts"); across words almost any short query would match almost any long label.
  const spreads = parts
    .filter((part) => part[0] === word[0] && isSubsequence(part, word))
    .map((part) => spread(part, word));
  return spreads.length > 0 ? 3 + Math.min(...spreads) : undefined;
}

function isSubsequence(text: string, letters: string): boolean {
  let at = 0;
  for (const char of letters) {
    at = text.indexOf(char, at);
    if (at === -1) return false;
    at += 1;
  }
  return true;
}

/** How far apart the letters of a scattered match lie, as a fraction, so tight matches beat loose ones. */
function spread(text: string, letters: string): number {
  const first = text.indexOf(letters[0] ?? '');
  let at = first;
  for (const char of letters) at = text.indexOf(char, at) + 1;
  return (at - first - letters.length) / Math.max(text.length, 1);
}

/** Lower case without accents, so "resume" finds "Résumé" and the other way round. */
export function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** The commands whose label matches every word of the query, best match first; all of them for an empty query. */
export function rankCommands<T extends { readonly label: string }>(commands: readonly T[], query: string): T[] {
  const words = normalise(query).split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [...commands];
  const scored: { command: T; score: number; index: number }[] = [];
  commands.forEach((command, index) => {
    const label = normalise(command.label);
    let score = 0;
    for (const word of words) {
      const s = wordScore(label, word);
      if (s === undefined) return;
      score += s;
    }
    scored.push({ command, score, index });
  });
  return scored.sort((a, b) => a.score - b.score || a.index - b.index).map((s) => s.command);
}
