/**
 * Databases as earlier releases left them, written the way those releases wrote (concern rows with their
 * search terms, a random-id history entry per save, tag counts), for the upgrade tests.
 */
import type { Concern, ConcernFields } from '@shared/domain/concern';
import { diffConcernFields, fieldsOf } from '@shared/domain/history';
import { searchTermsOf } from '@shared/domain/search-terms';
import type { NotebookDb } from '../../../renderer/src/db';
import { freshDb } from '../../helpers/fake-db';
import { fields, testId } from '../../helpers/concerns';

/** A concern to put in an old database: its fields, when it was logged, and optionally one later edit. */
export interface LegacyConcern {
  readonly fields: Partial<ConcernFields>;
  readonly at: string;
  readonly by?: string;
  readonly edit?: { readonly fields: Partial<ConcernFields>; readonly at: string; readonly by: string };
}

/** A database at `version` (1 to 3) holding the given concerns as that release stored them. */
export async function legacyDesk(version: 1 | 2 | 3, name: string, concerns: readonly LegacyConcern[]): Promise<NotebookDb> {
  const db = freshDb(version, name);
  const counts = new Map<string, number>();
  for (const c of concerns) {
    const id = testId(Date.parse(c.at));
    const by = c.by ?? 'Ana at desk 1';
    const logged = fields(c.fields);
    const final = fields({ ...c.fields, ...c.edit?.fields });
    const concern: Concern = {
      ...final,
      id,
      createdAt: c.at,
      createdBy: by,
      updatedAt: c.edit?.at ?? c.at,
      updatedBy: c.edit?.by ?? by,
    };
    await db.table('concerns').add(version === 1 ? concern : { ...concern, terms: searchTermsOf(concern) });
    await db.table('history').add({ id: testId(Date.parse(c.at)), concernId: id, at: c.at, by, kind: 'created', changes: [] });
    if (c.edit !== undefined) {
      const changes = diffConcernFields(fieldsOf({ ...logged }), fieldsOf(final));
      await db.table('history').add({ id: testId(Date.parse(c.edit.at)), concernId: id, at: c.edit.at, by: c.edit.by, kind: 'edited', changes });
    }
    for (const tag of final.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  if (version === 3) await db.table('tags').bulkPut([...counts].map(([tag, count]) => ({ tag, count })));
  db.close();
  return db;
}
