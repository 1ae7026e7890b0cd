/**
 * The personal data of the concerns behind an analysis (their contacts' names, emails and phones, and their
 * street addresses: shared/patterns/from-concern.ts personalDataOf), read from the desk's database so slides and
 * exports can be redacted of it, decisions' free text included. Only ids the analysis names are read.
 */
import { personalDataOf } from '@shared/patterns/from-concern';
import type { Analysis } from '@shared/patterns/types';
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

/** The personal data of the analysis's concerns, each string once. */
export async function readPersonalData(db: NotebookDb, analysis: Analysis): Promise<PersonalData> {
  const concerns = await db.concerns.bulkGet(concernIdsOf(analysis));
  const values = new Set<string>();
  for (const concern of concerns) if (concern !== undefined) for (const value of personalDataOf(concern)) values.add(value);
  return { values: [...values] };
}
