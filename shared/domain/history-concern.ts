/**
 * How one row of an office's history file (history-import.ts) becomes a concern in the notebook. The history is
 * the past: each concern is logged as it was then (its created_at), already closed, so an import fills the
 * meeting view's months without flooding the review queue or starting response clocks.
 *
 *   summary   the text's first sentence (or first line), cut at a word boundary to the summary limit
 *   details   the rest of the text; the whole text when the summary had to be cut, so nothing is lost
 *   channel   the file's channel (channelFromText); 'other' when the file leaves it empty: guessing the desk's
 *             usual channel would skew the meeting's channel mix with calls nobody took
 *   location  the file's location, as the area (an old system's "location" is rarely a street address)
 *   contact   none: the file names no citizen, and "anonymous" would claim they asked not to be named
 *   status    closed; priority normal; no tags, no follow-up
 *
 * Example: "Bins not emptied on Elm St. Third week running.\nCaller was upset." gives the summary "Bins not
 * emptied on Elm St." and the details "Third week running.\nCaller was upset.".
 */
import { emptyConcernFields, type ConcernFields } from './concern';
import { channelFromText, type HistoryRow } from './history-import';
import { LIMITS } from './limits';

// A sentence ends at . ! ? or … (with any closing quote or bracket) before a space or the end. Ends in the
// first few characters are skipped, so "Mr. Smith called" or "No. 12 Elm St" is not cut after "Mr.".
const SENTENCE_END = /[.!?…]+["'’”)\]]*(?=\s|$)/g;
const MIN_SENTENCE = 15;

function firstSentence(line: string): string {
  for (const match of line.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end >= MIN_SENTENCE) return line.slice(0, end);
  }
  return line;
}

/** The longest prefix of `text` no longer than `max` that ends before a space, at least `min` long; else a hard cut. */
function cutAtWord(text: string, min: number, max: number): string {
  for (let i = Math.min(max, text.length); i >= min; i -= 1) {
    if (/\s/.test(text.charAt(i))) return text.slice(0, i);
  }
  return text.slice(0, max);
}

/** A history row's text as a concern's summary and details (see the module's header). */
export function splitHistoryText(text: string): { summary: string; details: string } {
  const whole = text.trim();
  // The first line starts the text (it is trimmed), so the first sentence is a prefix of the whole.
  const line = whole.split(/\r\n|\n|\r/, 1)[0]?.trim() ?? '';
  const first = firstSentence(line);
  if (first.length <= LIMITS.summary) {
    return { summary: first, details: whole.slice(first.length).trim() };
  }
  // The summary is cut, so the details keep the whole text; a text too long for the details keeps what follows
  // the summary instead, the summary then cut late enough that the rest fits.
  const mustCover = whole.length - LIMITS.details;
  if (mustCover >= LIMITS.summary) {
    return { summary: whole.slice(0, LIMITS.summary), details: whole.slice(LIMITS.summary).trim() };
  }
  const prefix = cutAtWord(first, Math.max(Math.floor(LIMITS.summary / 2), mustCover), LIMITS.summary - 1);
  return {
    summary: `${prefix.trimEnd()}…`,
    details: whole.length <= LIMITS.details ? whole : whole.slice(prefix.length).trim(),
  };
}

/** The fields of the concern a history row becomes (see the module's header). */
export function concernFieldsOfHistoryRow(row: HistoryRow): ConcernFields {
  const { summary, details } = splitHistoryText(row.text);
  return {
    ...emptyConcernFields(channelFromText(row.channel) ?? 'other'),
    summary,
    details,
    category: row.category,
    location: { address: '', area: row.location },
    status: 'closed',
  };
}
