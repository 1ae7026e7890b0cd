/**
 * The quick capture line: one line of plain text with inline marks, turned into the fields of a concern.
 *
 *   Mrs Lopez called, streetlight out on Elm St #streetlights !top
 *   -> summary "Mrs Lopez called, streetlight out on Elm St", tags ["streetlights"], priority "top"
 *
 * Marks (each a whole word):
 *   #tag        a free tag; letters, digits, - and _, starting with a letter; stored lower-case. Trailing
 *               punctuation is dropped ("#potholes," is the tag "potholes"). "#4B" (a digit after #) is text,
 *               so flat and bus numbers stay in the summary.
 *   !top !high  priority ("!urgent" means top; "!normal" resets). A "!" not followed by a letter is text.
 * Everything else is the summary, with runs of white space folded to one space.
 *
 * renderQuickLine() writes the fields back as a line that parses to the same fields, so the line and the
 * structured form can be switched between without losing anything.
 */
import { LIMITS } from './limits';
import { TAG_PATTERN, type Priority } from './concern';

/** A problem found in a quick line, with the offending word for highlighting. */
export interface QuickLineError {
  /** The word that caused the problem, as typed. */
  readonly token: string;
  /** A plain sentence saying what is wrong and how to fix it. */
  readonly message: string;
}

/** What a quick line says about a concern. */
export interface ParsedQuickLine {
  /** The text left after the marks are taken out. */
  readonly summary: string;
  /** Tags in the order first typed, lower-case, without duplicates. */
  readonly tags: readonly string[];
  /** The priority mark, or 'normal' when the line has none. */
  readonly priority: Priority;
  /** Problems that stop the line from being saved as it is. */
  readonly errors: readonly QuickLineError[];
}

const PRIORITY_MARKS: Readonly<Record<string, Priority>> = {
  top: 'top',
  urgent: 'top',
  high: 'high',
  normal: 'normal',
};

const TRAILING_PUNCTUATION = /[.,;:!?)\]}"'’]+$/u;

function parseTag(word: string, errors: QuickLineError[]): string | undefined {
  const body = word.slice(1).replace(TRAILING_PUNCTUATION, '');
  if (body === '') {
    errors.push({ token: word, message: 'A # needs a tag name right after it, like #streetlights' });
    return undefined;
  }
  // NFC first: "café" typed with a combining accent must be the same tag as "café" typed precomposed.
  const tag = body.normalize('NFC').toLowerCase();
  if (!TAG_PATTERN.test(tag)) {
    errors.push({
      token: word,
      message: `"${word}" is not a valid tag: a tag starts with a letter and uses only letters, numbers, - and _`,
    });
    return undefined;
  }
  if (tag.length > LIMITS.tag) {
    errors.push({ token: word, message: `The tag "${word}" is longer than ${LIMITS.tag} characters` });
    return undefined;
  }
  return tag;
}

function isTagWord(word: string): boolean {
  // "#4B" and "#" followed by a digit stay text; anything else after a # is meant as a tag.
  return word.startsWith('#') && !/^#\p{N}/u.test(word);
}

function isPriorityWord(word: string): boolean {
  return /^!\p{L}/u.test(word);
}

/** Splits a quick line into its summary, tags and priority, listing anything that stops it being saved. */
export function parseQuickLine(line: string): ParsedQuickLine {
  const errors: QuickLineError[] = [];
  const tags: string[] = [];
  const words: string[] = [];
  let priority: Priority = 'normal';

  for (const word of line.split(/\s+/u)) {
    if (word === '') continue;
    if (isTagWord(word)) {
      const tag = parseTag(word, errors);
      if (tag !== undefined && !tags.includes(tag)) tags.push(tag);
    } else if (isPriorityWord(word)) {
      const mark = PRIORITY_MARKS[word.slice(1).replace(TRAILING_PUNCTUATION, '').toLowerCase()];
      if (mark === undefined) {
        errors.push({ token: word, message: `"${word}" is not a priority: use !top or !high (or !normal)` });
      } else {
        priority = mark;
      }
    } else {
      words.push(word);
    }
  }

  const summary = words.join(' ');
  if (summary === '' && errors.length === 0) {
    errors.push({ token: '', message: 'Write what the concern is about before saving' });
  }
  if (summary.length > LIMITS.summary) {
    errors.push({
      token: '',
      message: `The summary is ${summary.length} characters; keep it under ${LIMITS.summary} and put the rest in the details (Shift+Enter)`,
    });
  }
  if (tags.length > LIMITS.tags) {
    errors.push({ token: '', message: `A concern can have at most ${LIMITS.tags} tags` });
  }
  return { summary, tags, priority, errors };
}

/** Writes summary, tags and priority as a quick line that parseQuickLine() reads back to the same values. */
export function renderQuickLine(fields: { summary: string; tags: readonly string[]; priority: Priority }): string {
  const parts = [fields.summary.trim(), ...fields.tags.map((t) => `#${t}`)];
  if (fields.priority !== 'normal') parts.push(`!${fields.priority}`);
  return parts.filter((p) => p !== '').join(' ');
}

/** The word being typed at the caret if it is a tag, for autocomplete: its text after # and where it starts. */
export function tagAtCaret(line: string, caret: number): { prefix: string; start: number } | undefined {
  // Positions come from before.length, not caret: a caret past the end of the line must not move `start`.
  const before = line.slice(0, Math.max(0, caret));
  const match = /(^|\s)#([\p{L}\p{M}\p{N}_-]*)$/u.exec(before);
  if (match === null) return undefined;
  const prefix = match[2] ?? '';
  // "#4B" is text to the parser, so it is no tag to complete either.
  if (/^\p{N}/u.test(prefix)) return undefined;
  return { prefix: prefix.normalize('NFC').toLowerCase(), start: before.length - prefix.length - 1 };
}
