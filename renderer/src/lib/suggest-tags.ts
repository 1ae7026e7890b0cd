/** Tag suggestions for autocomplete: tags starting with what was typed first, then tags containing it. */

/** Up to `limit` known tags matching `prefix`, leaving out those already chosen. */
export function suggestTags(
  known: readonly string[],
  prefix: string,
  exclude: readonly string[] = [],
  limit = 8,
): string[] {
  const typed = prefix.toLowerCase();
  const skip = new Set(exclude);
  const starts: string[] = [];
  const contains: string[] = [];
  for (const tag of known) {
    if (skip.has(tag) || tag === typed) continue;
    if (tag.startsWith(typed)) starts.push(tag);
    else if (typed !== '' && tag.includes(typed)) contains.push(tag);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}

/** The line with the word from `start` to the caret replaced by "#tag ", and where the caret goes next. */
export function insertTag(line: string, start: number, caret: number, tag: string): { text: string; caret: number } {
  const after = line.slice(caret).replace(/^[\p{L}\p{N}_-]*/u, '');
  const inserted = `#${tag}`;
  const spacer = after.startsWith(' ') ? '' : ' ';
  const text = `${line.slice(0, start)}${inserted}${spacer}${after}`;
  return { text, caret: start + inserted.length + 1 };
}
