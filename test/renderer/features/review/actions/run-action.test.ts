/**
 * The action runner on a desk database (fake-indexeddb): the rows each action writes through the synced
 * mutators, and a bulk action in which one concern is refused: the others done, the refused one untouched.
 */
import { describe, expect, it } from 'vitest';
import { concernAssigneeId } from '@shared/domain/review';
import { concernReference } from '@shared/domain/reference';
import { getConcern, runLocalMutation, type NotebookDb } from '../../../../../renderer/src/db';
import { outcomeWords } from '../../../../../renderer/src/features/review/actions/outcome';
import { readSnapshot, runReviewAction } from '../../../../../renderer/src/features/review/actions/run-action';
import { freshDb } from '../../../../helpers/fake-db';
import { fields, testId } from '../../../../helpers/concerns';
import { at, staff } from './fixtures';

const author = { at, by: 'Gia, go-to person' };
const ana = staff(1, 'Ana Ruiz');
const ben = staff(2, 'Ben Cole');

/** A desk with `n` concerns logged at it. */
async function deskWith(n: number): Promise<{ db: NotebookDb; ids: string[] }> {
  const db = freshDb();
  const ids: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const id = testId(Date.parse(at));
    await runLocalMutation(db, 'logConcern', { id, fields: fields({ summary: `Streetlight ${i}` }) }, { at, by: 'Ana' });
    ids.push(id);
  }
  return { db, ids };
}

const outboxNames = async (db: NotebookDb) => (await db.outbox.orderBy('mutationId').toArray()).map((e) => e.name).filter((n) => n !== 'logConcern');

describe('running a review action', () => {
  it('acknowledges every concern and marks their open flags reviewed, one transaction each', async () => {
    const { db, ids } = await deskWith(2);
    const [first = ''] = ids;
    await runLocalMutation(db, 'flagConcern', { id: first, reason: 'Third call this week' }, { at, by: 'Ben' });
    const outcomes = await runReviewAction(db, author, ids, { kind: 'acknowledge', reviewFlags: true });
    expect(outcomes.map((o) => o.status)).toEqual(['done', 'done']);
    for (const id of ids) expect(await getConcern(db, id)).toMatchObject({ status: 'acknowledged', firstResponseAt: at });
    expect(await db.concern_flags.toArray()).toEqual([expect.objectContaining({ reviewedAt: at, reviewedBy: author.by })]);
    expect(await outboxNames(db)).toEqual(['flagConcern', 'acknowledgeConcern', 'reviewFlags', 'acknowledgeConcern']);
  });

  it('does the others and leaves a refused concern as it was, saying which and why', async () => {
    const { db, ids } = await deskWith(5);
    const moved = ids[2] ?? '';
    await runLocalMutation(db, 'setStatus', { id: moved, from: 'new', to: 'resolved' }, { at, by: 'Ben' });
    const before = await getConcern(db, moved);
    const historyBefore = await db.history.where('concernId').equals(moved).count();
    const outcomes = await runReviewAction(db, author, ids, { kind: 'acknowledge', reviewFlags: true });
    expect(outcomes.map((o) => o.status)).toEqual(['done', 'done', 'refused', 'done', 'done']);
    expect(await getConcern(db, moved)).toEqual(before);
    expect(await db.history.where('concernId').equals(moved).count()).toBe(historyBefore);
    expect((await db.outbox.toArray()).filter((e) => e.name === 'acknowledgeConcern').map((e) => e.concernId)).toEqual(ids.filter((id) => id !== moved));
    expect(outcomeWords('acknowledge', outcomes)).toBe(
      `Done for 4 of 5; not for ${concernReference(moved)}: Someone else already marked this concern resolved, so it was not changed.`,
    );
  });

  it('assigns, then hands over with one reassign, then unassigns, keeping Concern.assignees in step', async () => {
    const { db, ids } = await deskWith(1);
    const [id = ''] = ids;
    await runReviewAction(db, author, ids, { kind: 'assign', staffId: ana.id });
    expect((await getConcern(db, id))?.assignees).toEqual([ana.id]);
    await runReviewAction(db, author, ids, { kind: 'assign', staffId: ben.id });
    expect((await getConcern(db, id))?.assignees).toEqual([ben.id]);
    expect(await db.concern_assignees.get(concernAssigneeId(id, ana.id))).toBeUndefined();
    const history = await db.history.where('concernId').equals(id).toArray();
    // One entry says "from Ana to Ben" (history ids do not sort by time within one instant, so it is found).
    expect(history.map((entry) => entry.changes)).toContainEqual([{ field: 'assignees', from: [ana.id], to: [ben.id] }]);
    expect(await runReviewAction(db, author, ids, { kind: 'assign', staffId: null })).toEqual([{ concernId: id, status: 'done' }]);
    expect((await getConcern(db, id))?.assignees).toEqual([]);
    expect(await outboxNames(db)).toEqual(['assignConcern', 'reassignConcern', 'unassignConcern']);
  });

  it('reports nothing to do as unchanged and queues nothing', async () => {
    const { db, ids } = await deskWith(1);
    expect(await runReviewAction(db, author, ids, { kind: 'priority', to: 'normal' })).toEqual([{ concernId: ids[0], status: 'unchanged' }]);
    expect(await outboxNames(db)).toEqual([]);
  });

  it('resolves with the note and marks the open flags reviewed, or writes neither', async () => {
    const { db, ids } = await deskWith(1);
    const [id = ''] = ids;
    await runLocalMutation(db, 'flagConcern', { id, reason: 'Needs a decision' }, { at, by: 'Ben' });
    const blank = await runReviewAction(db, author, ids, { kind: 'resolve', note: '   ', reviewFlags: true });
    expect(blank).toEqual([expect.objectContaining({ status: 'refused', reason: expect.stringContaining('Write how the concern was resolved') })]);
    expect((await readSnapshot(db, id))?.openFlags).toHaveLength(1);
    await runReviewAction(db, author, ids, { kind: 'resolve', note: 'Lamp replaced', reviewFlags: true });
    expect(await getConcern(db, id)).toMatchObject({ status: 'resolved', resolution: 'Lamp replaced' });
    expect((await readSnapshot(db, id))?.openFlags).toEqual([]);
  });

  it('writes a comment with its mentions, a flag, and a response that stops the clock', async () => {
    const { db, ids } = await deskWith(1);
    const [id = ''] = ids;
    await runReviewAction(db, author, ids, { kind: 'comment', text: '@Ana Ruiz can you call?', mentions: [ana.id] });
    await runReviewAction(db, author, ids, { kind: 'flag', reason: 'Angry caller' });
    await runReviewAction(db, author, ids, { kind: 'respond', method: 'phone', text: 'Called back' });
    expect(await db.concern_comments.toArray()).toEqual([expect.objectContaining({ concernId: id, text: '@Ana Ruiz can you call?', mentions: [ana.id] })]);
    expect(await db.concern_flags.toArray()).toEqual([expect.objectContaining({ reason: 'Angry caller', by: author.by, reviewedAt: null })]);
    expect(await db.concern_responses.toArray()).toEqual([expect.objectContaining({ method: 'phone', text: 'Called back' })]);
    expect((await getConcern(db, id))?.firstResponseAt).toBe(at);
  });

  it('merges several duplicates into the one kept, one merge each, and refuses a duplicate merged meanwhile elsewhere', async () => {
    const { db, ids } = await deskWith(4);
    const [kept = '', d1 = '', d2 = '', other = ''] = ids;
    await runLocalMutation(db, 'mergeConcerns', { id: other, duplicateId: d2 }, { at, by: 'Ben' });
    const outcomes = await runReviewAction(db, author, [d1, d2], { kind: 'merge', into: kept });
    expect(outcomes.map((o) => o.status)).toEqual(['done', 'refused']);
    expect(await getConcern(db, kept)).toMatchObject({ mergedFrom: [d1], raisedCount: 2 });
    expect(await getConcern(db, d1)).toMatchObject({ mergedInto: kept, status: 'closed' });
    expect(await getConcern(db, d2)).toMatchObject({ mergedInto: other });
  });

  it('refuses a concern the desk does not have, in plain words', async () => {
    const { db } = await deskWith(0);
    const missing = testId(Date.parse(at));
    expect(await runReviewAction(db, author, [missing], { kind: 'flag', reason: 'Why' })).toEqual([
      { concernId: missing, status: 'refused', reason: 'This concern is not on this desk any more (it may have been deleted).' },
    ]);
  });
});
