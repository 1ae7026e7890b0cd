/** Drafts: written on every change of what is typed, read back at start-up so nothing typed is lost. */
import { DraftSchema, type Draft } from '@shared/domain/draft';
import type { NotebookDb } from './database';

/** Saves a draft, replacing its previous version. */
export async function putDraft(db: NotebookDb, draft: Draft): Promise<void> {
  await db.drafts.put(DraftSchema.parse(draft));
}

/** Removes a draft (after its concern was saved, or when staff discard it). */
export async function deleteDraft(db: NotebookDb, id: string): Promise<void> {
  await db.drafts.delete(id);
}

/**
 * Every draft, oldest first. A row that no longer validates is still returned as far as it can be read:
 * its text is what someone typed, and dropping it would lose exactly what drafts exist to keep.
 */
export async function listDrafts(db: NotebookDb): Promise<Draft[]> {
  const rows = await db.drafts.orderBy('updatedAt').toArray();
  return rows
    .map((row) => {
      const parsed = DraftSchema.safeParse(row);
      return parsed.success ? parsed.data : { ...row, text: typeof row.text === 'string' ? row.text : '' };
    })
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}
