/**
 * The privacy gate of the newsletter's files: a newsletter goes to the whole town, so a file is checked against
 * the personal data of ALL the office's concerns (their contacts' names, emails and phones, their addresses,
 * and what the detectors find in the citizens' own words), not only the month's, and refused if any is found.
 * The recipients CSV is the one file that holds addresses on purpose and is not checked.
 */
import { personalDataOf } from '@shared/patterns/from-concern';
import { mayHoldPersonalData } from '@shared/patterns/redact-detectors';
import type { NotebookDb, StoredConcern } from '../../db/database';
import { personalDataInWords } from '../meeting/export/personal-source';
import { personalDataIn, type PersonalData } from '../meeting/export/privacy';

/** The personal data of every concern on this desk, each string once. */
export async function officePersonalData(db: NotebookDb): Promise<PersonalData> {
  const values = new Set<string>();
  await db.concerns.each((concern: StoredConcern) => {
    for (const value of personalDataOf(concern)) values.add(value);
    const words = `${concern.summary}\n${concern.details}`;
    if (mayHoldPersonalData(words)) for (const value of personalDataInWords(words)) values.add(value);
  });
  return { values: [...values] };
}

/** How many pieces of personal data a finished file still holds (0: it may be saved). */
export function personalDataCount(text: string, personal: PersonalData): number {
  return personalDataIn(text, personal).length;
}
