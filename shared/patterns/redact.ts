/**
 * Redaction: the privacy promise of the meeting view. Labels, quotes, slides and exports contain no citizen
 * names, emails, phone numbers or street addresses, including inside free text. Each is replaced by a
 * placeholder: [name], [email], [phone], [address].
 *
 * Example: redact("I'm Maria Lopez, call me on 555 014 2368 or maria@example.org, I live at 12 Oak Lane. Pothole
 *   on Main Street", ['Maria Lopez']) -> "I'm [name], call me on [phone] or [email], I live at [address]. Pothole
 *   on Main Street" (a street without a house number is a public place and stays).
 *
 * What is found (redact-detectors.ts): email addresses; phone numbers (7 to 15 digits, not dates, years or
 * amounts); street addresses with a house number; names after a cue ("my name is", "I'm", "Mrs", "Regards,");
 * and the concern's own personal data as given: every string in full, case-insensitively, and each part of a
 * multi-word name written with a capital ("Lopez called again"), unless the part is a common word ("Rose" of
 * "Rose Hill" goes only as "Rose Hill"). CFPB-style masks ("XXXX") are left as they are.
 *
 * redact never throws and is idempotent: it runs until nothing more is found, and placeholders are never
 * matched again.
 */
import { findAddresses, findCuedNames, findEmails, findPhones, mayHoldPersonalData, type PersonalKind, type Span } from './redact-detectors';
import { findPersonal } from './redact-personal';

export type { PersonalKind } from './redact-detectors';

const PLACEHOLDER = /\[(name|email|phone|address)\]/g;
const MAX_PASSES = 4;
const NAME_RUN = /\[name\](?:[ \t]+\[name\])+/;
const NAME_RUN_ALL = new RegExp(NAME_RUN.source, 'g');

function findAll(text: string, personal: readonly string[]): Span[] {
  return [...findEmails(text), ...findPersonal(text, personal), ...findPhones(text), ...findAddresses(text), ...findCuedNames(text)];
}

/**
 * Spans joined where they overlap, in text order; the kind of a joined span is its longest part's. Existing
 * placeholders take part as spans of their own kind, so nothing found inside one changes it.
 */
function mergeSpans(found: readonly Span[], text: string): Span[] {
  const placeholders = [...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length, kind: m[1] as PersonalKind }));
  const all = [...found, ...placeholders].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: (Span & { longest: number })[] = [];
  for (const span of all) {
    const last = merged.at(-1);
    if (last !== undefined && span.start < last.end) {
      if (span.end - span.start > last.longest) {
        last.kind = span.kind;
        last.longest = span.end - span.start;
      }
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ ...span, longest: span.end - span.start });
    }
  }
  return merged;
}

/**
 * One pass of redaction. With `streets`, each address found gives back its street words ("Oak Lane" of "12 Oak
 * Lane"), split where a house number, flat number or any other kind of personal data sat, so the pattern engine
 * can keep streets as terms while the rest goes.
 */
function redactOnce(text: string, personal: readonly string[], streets?: string[]): string {
  const found = findAll(text, personal);
  const spans = mergeSpans(found, text);
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += `${text.slice(at, span.start)}[${span.kind}]`;
    at = span.end;
    if (streets && span.kind === 'address') streets.push(...streetParts(text, span, found));
  }
  out += text.slice(at);
  // "[name] [name]" reads as two people where the text named one ("Maria" and "Lopez" found apart).
  return out.replace(NAME_RUN_ALL, '[name]');
}

/** An address span's words with every other kind of personal data, placeholder and word holding a digit cut out. */
function streetParts(text: string, span: Span, found: readonly Span[]): string[] {
  const blocked = [...found.filter((s) => s.kind !== 'address'), ...[...text.matchAll(PLACEHOLDER)].map((m) => ({ start: m.index, end: m.index + m[0].length }))];
  let slice = '';
  for (let i = span.start; i < span.end; i += 1) slice += blocked.some((b) => i >= b.start && i < b.end) ? '\n' : text[i];
  return slice.split(/\n|[\p{L}\p{N}]*\d[\p{L}\p{N}]*/u).filter((part) => /[\p{L}]/u.test(part));
}

function redactPasses(text: string, personal: readonly string[], streets?: string[]): string {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    let next: string;
    try {
      next = redactOnce(current, Array.isArray(personal) ? personal : [], streets);
    } catch {
      // A pathological input must not leak what it holds: nothing is shown rather than something unredacted.
      if (streets) streets.length = 0;
      return '[redacted]';
    }
    if (next === current) return current;
    current = next;
    // A pass over a text no detector can find anything in changes nothing (placeholders stay as they are), unless
    // it joins "[name] [name]" or the concern's own strings are searched: the confirming pass is skipped.
    if ((!Array.isArray(personal) || personal.length === 0) && !mayHoldPersonalData(current) && !NAME_RUN.test(current)) return current;
  }
  return current;
}

/**
 * The text with every email, phone number, street address and name it contains replaced by a placeholder, the
 * concern's own `personal` strings (contact names, emails, phones, its address) included. Never throws.
 */
export function redact(text: string, personal: readonly string[]): string {
  if (typeof text !== 'string' || text === '') return '';
  return redactPasses(text, personal);
}

/**
 * redact(text, personal), and the street words of every address it replaced ("12 Oak Lane" -> "Oak Lane"), each
 * a run of words that stood together: the pattern engine takes its words from these, so nothing redaction would
 * remove becomes a term, save a street's name (streets are shown; house numbers never are).
 */
export function redactKeepingStreets(text: string, personal: readonly string[]): { text: string; streets: string[] } {
  const streets: string[] = [];
  if (typeof text !== 'string' || text === '') return { text: '', streets };
  return { text: redactPasses(text, personal, streets), streets };
}

/** The personal data found in a text (each piece once, in text order): [] when the text is clean. */
export function containsPersonalData(text: string, personal: readonly string[]): string[] {
  if (typeof text !== 'string' || text === '') return [];
  const placeholders = [...text.matchAll(PLACEHOLDER)].map((m) => [m.index, m.index + m[0].length] as const);
  const outside = findAll(text, personal).filter((s) => !placeholders.some(([start, end]) => s.start >= start && s.end <= end));
  const found = mergeSpans(outside, '').map((s) => text.slice(s.start, s.end));
  return [...new Set(found)];
}
