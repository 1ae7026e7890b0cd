/**
 * @mentions in a comment, as text: "@Ana Ruiz, can you call her back?". The comment keeps the names as typed
 * and sends the staff ids of the names left in it (addComment's `mentions`), so deleting a name in the text
 * un-mentions that colleague and nothing hidden is sent.
 *
 * A mention starts at an "@" at the start of the text or after a space or punctuation (so an email address
 * is not one) and is a colleague's display name exactly, case and accents aside, not followed by a letter or
 * digit. Where one name starts another ("Ana" and "Ana Ruiz"), the longer is taken.
 */
import type { OfficeStaff } from '@shared/domain/review';

/** The "@word" being typed at the caret: where its "@" is and the letters typed after it. */
export interface MentionQuery {
  /** Index of the "@". */
  readonly start: number;
  /** What follows the "@" up to the caret (may hold spaces: names do). */
  readonly query: string;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
const isBoundaryBefore = (char: string | undefined) => char === undefined || /[\s([{"'.,;:!?-]/u.test(char);
const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);

/** Longest query still looked up: past a long name's length nobody is completing a mention. */
const MAX_QUERY = 40;

/** The mention being typed at `caret`, if the caret is just after "@" and up to a few words of a name. */
export function mentionAtCaret(text: string, caret: number): MentionQuery | undefined {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0 || !isBoundaryBefore(text[at - 1])) return undefined;
  const query = before.slice(at + 1);
  // A space at the end closes the list: it is how an accepted name ends, and typing on starts a new word.
  if (query.length > MAX_QUERY || /[\n@]/.test(query) || /^\s|\s$|\s{2}/.test(query)) return undefined;
  return { start: at, query };
}

/**
 * The colleagues whose name fits what was typed after "@": the whole name or one of its words starts with it
 * (case and accents aside), active staff only, names starting with it first; at most `limit`.
 */
export function mentionCompletions(staff: readonly OfficeStaff[], query: string, limit = 6): OfficeStaff[] {
  const wanted = fold(query.trim());
  const active = staff.filter((member) => member.isActive);
  const starts = active.filter((member) => fold(member.displayName).startsWith(wanted));
  const inWord = active.filter((member) => !starts.includes(member) && fold(member.displayName).split(/\s+/).some((word) => word.startsWith(wanted)));
  return [...starts, ...inWord].slice(0, limit);
}

/** The text with the mention at `query` (from its "@" to `caret`) replaced by "@Name ", and the caret after the space. */
export function insertMention(text: string, query: MentionQuery, caret: number, name: string): { text: string; caret: number } {
  const after = text.slice(caret).replace(/^ /, '');
  const inserted = `@${name} `;
  return { text: text.slice(0, query.start) + inserted + after, caret: query.start + inserted.length };
}

/** True when `name` follows the "@" at `at` in `text`, as a whole name. */
function isNameAt(text: string, at: number, name: string): boolean {
  const candidate = text.slice(at + 1, at + 1 + name.length);
  return candidate.length === name.length && collator.compare(candidate, name) === 0 && !isWordChar(text[at + 1 + name.length]);
}

/**
 * The staff ids of the colleagues mentioned in `text`, in the order they first appear, each once. Someone no
 * longer active is still recognised (a comment quoting an old mention), since the server decides who hears.
 */
export function mentionedStaffIds(text: string, staff: readonly OfficeStaff[]): string[] {
  const longestFirst = [...staff].sort((a, b) => b.displayName.length - a.displayName.length);
  const ids: string[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (!isBoundaryBefore(text[at - 1])) continue;
    const member = longestFirst.find((m) => isNameAt(text, at, m.displayName));
    if (member !== undefined && !ids.includes(member.id)) ids.push(member.id);
  }
  return ids;
}
