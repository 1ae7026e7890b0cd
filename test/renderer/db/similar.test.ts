/** Similar concerns found through the terms index of a desk's database, not by reading the table. */
import { describe, expect, it } from 'vitest';
import type { ConcernFields } from '@shared/domain/concern';
import { createConcern, getConcern, runLocalMutation, type NotebookDb } from '../../../renderer/src/db';
import { lookupTermsOf, similarCandidateIds, similarTo } from '../../../renderer/src/db/similar';
import { freshDb } from '../../helpers/fake-db';
import { fields, testId } from '../../helpers/concerns';

const day = (n: number) => new Date(Date.parse('2026-11-02T09:00:00.000Z') + n * 86_400_000);

async function log(db: NotebookDb, n: number, changes: Partial<ConcernFields>): Promise<string> {
  const id = testId(day(n).getTime());
  await createConcern(db, id, fields(changes), { at: day(n).toISOString(), by: 'Ana' });
  return id;
}

const elm = { location: { address: '12 Elm St', area: 'Northside' } };

describe('similar concerns on a desk', () => {
  it('looks up the content words and street words, longest first, at most as many as asked', async () => {
    const db = freshDb();
    const id = await log(db, 0, { summary: 'Fallen oak blocking the road', details: 'storm', ...elm });
    const concern = (await getConcern(db, id))!;
    expect(lookupTermsOf(concern, 4)).toEqual(['northside', 'blocking', 'fallen', 'storm']);
  });

  it('suggests the open duplicate with its reasons, leaving out resolved and merged ones and unrelated concerns', async () => {
    const db = freshDb();
    const subject = await log(db, 0, { summary: 'Fallen oak blocking Elm St', details: 'Branch came down in the storm', ...elm });
    const duplicate = await log(db, 3, { summary: 'Oak fell across Elm Street in the storm', location: { address: '14 Elm Street', area: 'Northside' } });
    const resolved = await log(db, 1, { summary: 'Fallen oak on Elm St', ...elm, status: 'resolved' });
    await log(db, 2, { summary: 'Missed bin collection', location: { address: '3 Mill Lane', area: 'Southend' } });
    const merged = await log(db, 2, { summary: 'Oak down on Elm St after storm', ...elm });
    await runLocalMutation(db, 'mergeConcerns', { id: duplicate, duplicateId: merged }, { at: day(4).toISOString(), by: 'Ben' });

    const found = await similarTo(db, (await getConcern(db, subject))!);
    expect(found.map((s) => s.concern.id)).toEqual([duplicate]);
    expect(found[0]?.reasons.map((r) => r.kind)).toContain('street');
    expect(await similarCandidateIds(db, (await getConcern(db, subject))!)).toEqual(expect.arrayContaining([duplicate, resolved, merged]));
  });

  it('reads at most the bounded number of keys per term and of candidates', async () => {
    const db = freshDb();
    const ids: string[] = [];
    for (let n = 0; n < 12; n += 1) ids.push(await log(db, n, { summary: `Oak number ${n}` }));
    const subject = (await getConcern(db, ids[0]!))!;
    const candidates = await similarCandidateIds(db, subject, { terms: 4, perTerm: 5, candidates: 3 });
    expect(candidates).toHaveLength(3);
    // Newest first within a term: the keys read are the most recent concerns with the word.
    expect(candidates.every((id) => ids.slice(-5).includes(id))).toBe(true);
    expect(candidates).not.toContain(subject.id);
  });

  it('finds nothing for a concern with no words to look up', async () => {
    const db = freshDb();
    const id = await log(db, 0, { summary: 'To do' });
    await log(db, 1, { summary: 'To do' });
    expect(await similarTo(db, (await getConcern(db, id))!)).toEqual([]);
  });
});
