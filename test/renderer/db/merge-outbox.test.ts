import { describe, expect, it } from 'vitest';
import type { Concern } from '@shared/domain/concern';
import { encodeCursor } from '@shared/sync/cursor';
import { concernTagId } from '@shared/sync/store';
import { applyPulledPage, getConcern, runLocalMutation, type NotebookDb } from '../../../renderer/src/db';
import { concernOfMutation } from '../../../renderer/src/db/local-mutations';
import { freshDb } from '../../helpers/fake-db';
import { fields, testId } from '../../helpers/concerns';

const at = '2026-11-23T09:00:00.000Z';
const author = { at, by: 'Gia, go-to person' };
const cursor = (n: number) => encodeCursor({ epoch: 'e1', xid: n, seq: n });

function concernRow(id: string, summary: string, tags: string[] = []): Concern {
  return { ...fields({ summary, tags }), id, createdAt: at, createdBy: 'Ana', updatedAt: at, updatedBy: 'Ana' };
}

const tagRow = (concernId: string, tag: string) => ({ id: concernTagId(concernId, tag), concernId, tag, addIds: [testId(Date.parse(at))] });

/** A desk that pulled two concerns from the server, nothing pending. */
async function deskWithTwo(): Promise<{ db: NotebookDb; keep: string; dup: string }> {
  const db = freshDb();
  const keep = testId(Date.parse(at));
  const dup = testId(Date.parse(at));
  const changes = [concernRow(keep, 'Streetlight out'), concernRow(dup, 'Lamp dark on Elm St')].map((row) => ({ table: 'concerns' as const, id: row.id, row }));
  await applyPulledPage(db, { changes, lastMutationId: 0, cursor: cursor(1), epoch: 'e1' }, undefined, at);
  return { db, keep, dup };
}

describe('merging duplicates at the desk', () => {
  it('files a merge under every concern, since it writes two, and other changes under their own', () => {
    const [keep, dup] = [testId(Date.parse(at)), testId(Date.parse(at))];
    expect(concernOfMutation('mergeConcerns', { id: keep, duplicateId: dup })).toBe('*');
    expect(concernOfMutation('setStatus', { id: keep, from: 'new', to: 'closed' })).toBe(keep);
  });

  it('writes both concerns and one outbox entry filed under every concern', async () => {
    const { db, keep, dup } = await deskWithTwo();
    await runLocalMutation(db, 'mergeConcerns', { id: keep, duplicateId: dup }, author);
    expect(await getConcern(db, keep)).toMatchObject({ mergedFrom: [dup], raisedCount: 2 });
    expect(await getConcern(db, dup)).toMatchObject({ mergedInto: keep, status: 'closed' });
    expect((await db.outbox.toArray()).map((e) => [e.name, e.concernId])).toEqual([['mergeConcerns', '*']]);
  });

  it('re-runs a pending merge when a page changes only the duplicate, so its new tag reaches the survivor', async () => {
    const { db, keep, dup } = await deskWithTwo();
    await runLocalMutation(db, 'mergeConcerns', { id: keep, duplicateId: dup }, author);
    const tagged = concernRow(dup, 'Lamp dark on Elm St', ['night']);
    const page = {
      changes: [
        { table: 'concerns' as const, id: dup, row: tagged },
        { table: 'concern_tags' as const, id: concernTagId(dup, 'night'), row: tagRow(dup, 'night') },
      ],
      lastMutationId: 0,
      cursor: cursor(2),
      epoch: 'e1',
    };
    const outcome = await applyPulledPage(db, page, cursor(1), at);
    expect(outcome).toMatchObject({ status: 'applied', pending: 1, rejected: [] });
    expect(await getConcern(db, dup)).toMatchObject({ mergedInto: keep, status: 'closed', tags: ['night'] });
    expect(await getConcern(db, keep)).toMatchObject({ mergedFrom: [dup], tags: ['night'] });
  });
});
