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
import { findAddresses, findCuedNames, findEmails, findPhones, type PersonalKind, type Span } from './redact-detectors';
import { isCommonWord } from './redact-words';

export type { PersonalKind } from './redact-detectors';

const PLACEHOLDER = /\[(name|email|phone|address)\]/g;
const MAX_PASSES = 4;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const flexible = (s: string): string => escape(s.trim()).replace(/\s+/g, '\\s+');

function spansOf(re: RegExp, text: string, kind: PersonalKind): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(re)) {
    if (m[0] !== '') spans.push({ start: m.index, end: m.index + m[0].length, kind });
  }
  return spans;
}

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}_])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}_])';

/** A compiled set of one concern's personal strings, so a text can be searched for all of them at once. */
interface PersonalMatchers {
  readonly full: readonly { re: RegExp; kind: PersonalKind }[];
  readonly parts: RegExp | null;
}

function kindOf(value: string): PersonalKind {
  if (value.includes('@')) return 'email';
  const digits = value.replace(/\D/g, '').length;
  if (digits >= 7 && /^[+\d\s().\-/x]+$/i.test(value.replace(/ext\.?/i, ''))) return 'phone';
  return /\d/.test(value) ? 'address' : 'name';
}

const matcherCache = new Map<string, PersonalMatchers>();

function personalMatchers(personal: readonly string[]): PersonalMatchers {
  const key = personal.join('\u0000');
  const cached = matcherCache.get(key);
  if (cached !== undefined) return cached;
  const full: { re: RegExp; kind: PersonalKind }[] = [];
  const parts = new Set<string>();
  for (const raw of personal) {
    if (typeof raw !== 'string') continue;
    const value = raw.trim();
    if (value.replace(/[^\p{L}\p{N}]/gu, '').length < 2) continue;
    const kind = kindOf(value);
    if (kind === 'phone') {
      // The digits in any grouping: "555 014 2368" as "555-014-2368" or "(555) 0142368".
      const digits = value.replace(/\D/g, '').split('').join('[\\s().\\-/]*');
      full.push({ re: new RegExp(`(?<!\\d)${digits}(?!\\d)`, 'g'), kind });
      continue;
    }
    const words = value.split(/\s+/);
    // A single common word ("Rose", "Will") given as a name is a name only when capitalised.
    const caseSensitive = kind === 'name' && words.length === 1 && isCommonWord(value);
    full.push({ re: new RegExp(`${EDGE_BEFORE}${flexible(value)}${EDGE_AFTER}`, caseSensitive ? 'gu' : 'giu'), kind });
    if (kind === 'address') {
      // "12 Oak Lane, Springfield": the street line alone is as identifying as the whole.
      for (const line of value.split(',')) {
        if (/\d/.test(line) && line.trim() !== value) full.push({ re: new RegExp(`${EDGE_BEFORE}${flexible(line)}${EDGE_AFTER}`, 'giu'), kind });
      }
    }
    if (kind === 'name' && words.length > 1) {
      for (const word of words) {
        const bare = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
        if (bare.length >= 2 && !isCommonWord(bare)) parts.add(bare);
      }
    }
  }
  const capitalised = [...parts].map((p) => {
    const head = p.slice(0, 1);
    return `(?:${escape(head.toUpperCase())}${escape(p.slice(1))}|${escape(p.toUpperCase())})`;
  });
  const result: PersonalMatchers = {
    full,
    parts: capitalised.length > 0 ? new RegExp(`${EDGE_BEFORE}(?:${capitalised.join('|')})(?:['’]s)?${EDGE_AFTER}`, 'gu') : null,
  };
  if (matcherCache.size > 5000) matcherCache.clear();
  matcherCache.set(key, result);
  return result;
}

function findPersonal(text: string, personal: readonly string[]): Span[] {
  if (personal.length === 0) return [];
  const { full, parts } = personalMatchers(personal);
  const spans = full.flatMap(({ re, kind }) => spansOf(re, text, kind));
  if (parts !== null) spans.push(...spansOf(parts, text, 'name'));
  return spans;
}

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

function redactOnce(text: string, personal: readonly string[]): string {
  const spans = mergeSpans(findAll(text, personal), text);
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += `${text.slice(at, span.start)}[${span.kind}]`;
    at = span.end;
  }
  out += text.slice(at);
  // "[name] [name]" reads as two people where the text named one ("Maria" and "Lopez" found apart).
  return out.replace(/\[name\](?:[ \t]+\[name\])+/g, '[name]');
}

/**
 * The text with every email, phone number, street address and name it contains replaced by a placeholder, the
 * concern's own `personal` strings (contact names, emails, phones, its address) included. Never throws.
 */
export function redact(text: string, personal: readonly string[]): string {
  if (typeof text !== 'string' || text === '') return '';
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    let next: string;
    try {
      next = redactOnce(current, Array.isArray(personal) ? personal : []);
    } catch {
      // A pathological input must not leak what it holds: nothing is shown rather than something unredacted.
      return '[redacted]';
    }
    if (next === current) return current;
    current = next;
  }
  return current;
}

/** The personal data found in a text (each piece once, in text order): [] when the text is clean. */
export function containsPersonalData(text: string, personal: readonly string[]): string[] {
  if (typeof text !== 'string' || text === '') return [];
  const placeholders = [...text.matchAll(PLACEHOLDER)].map((m) => [m.index, m.index + m[0].length] as const);
  const outside = findAll(text, personal).filter((s) => !placeholders.some(([start, end]) => s.start >= start && s.end <= end));
  const found = mergeSpans(outside, '').map((s) => text.slice(s.start, s.end));
  return [...new Set(found)];
}
