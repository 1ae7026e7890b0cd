/**
 * The personal data of the concerns behind an analysis (their contacts' names, emails and phones, and their
 * street addresses: shared/patterns/from-concern.ts personalDataOf), read from the desk's database so slides and
 * exports can be redacted of it, decisions' free text included. Only ids the analysis names are read.
 *
 * A concern logged in one line has no contact fields: the citizen is only in its words ("My name is Maria
 * Lopez, call 555 014 2368"). What the detectors find in its summary and details is its personal data too, so
 * a decision saying "Call Maria Lopez back", with no cue before the name, is still redacted.
 */
import { personalDataOf } from '@shared/patterns/from-concern';
import { findAddresses, findCuedNames, findEmails, findPhones, mayHoldPersonalData } from '@shared/patterns/redact-detectors';
import type { Analysis, PatternConcern } from '@shared/patterns/types';
import type { NotebookDb } from '../../../db';
import type { PersonalData } from './privacy';

/** Every concern id an analysis shows something of: themes (hidden ones too), the unthemed, quotes, last month's. */
export function concernIdsOf(analysis: Analysis): string[] {
  const ids = new Set<string>(analysis.unthemed);
  for (const theme of [...analysis.themes, ...analysis.hiddenThemes]) {
    for (const id of theme.concernIds) ids.add(id);
    for (const quote of theme.quotes) ids.add(quote.concernId);
  }
  for (const theme of analysis.lastMonth) for (const id of theme.concernIds) ids.add(id);
  return [...ids];
}

/** The personal data a citizen's own words hold: the names after a cue, emails, phone numbers, street addresses. */
export function personalDataInWords(text: string): string[] {
  const spans = [...findCuedNames(text), ...findEmails(text), ...findPhones(text), ...findAddresses(text)];
  // "Mrs Ann Smith": the person is "Ann Smith"; the title alone would make every "Mrs" a name.
  const value = (span: (typeof spans)[number]) => text.slice(span.start, span.end).replace(/^(mr|mrs|ms|miss|mx|dr)\.?\s+/i, '').trim();
  return spans.map(value).filter((v) => v.length >= 2);
}

/** The personal data of the analysis's concerns, each string once. */
export async function readPersonalData(db: NotebookDb, analysis: Analysis): Promise<PersonalData> {
  const concerns = await db.concerns.bulkGet(concernIdsOf(analysis));
  const values = new Set<string>();
  for (const concern of concerns) {
    if (concern === undefined) continue;
    for (const value of personalDataOf(concern)) values.add(value);
    for (const value of personalDataInWords(`${concern.summary}\n${concern.details}`)) values.add(value);
  }
  return { values: [...values] };
}

/**
 * The same personal data taken from the engine's input (a PatternConcern's `personal` is personalDataOf of its
 * stored concern, its `text` the summary and details): the worker sends it with the result, so the page does not
 * read a month of concerns again on its own thread (measured: over a second of main-thread work for 10,000
 * concerns, just as the dashboard appears). The names in the citizens' own words are found here too, or a
 * decision saying "Call Maria Lopez back" would keep the name.
 */
export function personalDataFromInput(concerns: readonly PatternConcern[], analysis: Analysis): string[] {
  const ids = new Set(concernIdsOf(analysis));
  const values = new Set<string>();
  for (const concern of concerns) {
    if (!ids.has(concern.id)) continue;
    for (const value of concern.personal) values.add(value);
    if (mayHoldPersonalData(concern.text)) for (const value of personalDataInWords(concern.text)) values.add(value);
  }
  return [...values];
}

// The personal data that came with an analysis from the worker, by the analysis object the page shows.
const sent = new WeakMap<Analysis, PersonalData>();

/** Keeps the personal data the worker sent with `analysis`. */
export function rememberPersonalData(analysis: Analysis, values: readonly string[]): void {
  sent.set(analysis, { values });
}

/** The personal data the worker sent with `analysis`, if it did. */
export function sentPersonalData(analysis: Analysis): PersonalData | undefined {
  return sent.get(analysis);
}
