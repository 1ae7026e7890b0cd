import { describe, expect, it } from 'vitest';
import { InvalidArgs, MutationRejected } from '@shared/sync/errors';
import { removeTagsArgs } from '@shared/sync/mutators/tags';
import {
  createConcern,
  getConcern,
  onLocalMutation,
  putDraft,
  runLocalMutation,
  updateConcern,
  withLocalMutations,
  type NotebookDb,
} from '../../../renderer/src/db';
import { encodeCursor } from '@shared/sync/cursor';
import { applyPulledPage } from '../../../renderer/src/db/pulled-page';
import { nextMutationId } from '../../../renderer/src/db/local-mutations';
import { freshDb } from '../../helpers/fake-db';
import { ctx, fields, testId } from '../../helpers/concerns';

const at = '2026-11-23T09:00:00.000Z';
const author = { at, by: 'Ana at desk 1' };

async function everything(db: NotebookDb) {
  return {
    concerns: await db.concerns.toArray(),
    history: await db.history.toArray(),
    tagRows: await db.concern_tags.toArray(),
    tags: await db.tags.toArray(),
    outbox: await db.outbox.toArray(),
    state: await db.sync_state.toArray(),
    drafts: await db.drafts.toArray(),
  };
}

describe('runLocalMutation', () => {
  it('writes the change and its outbox entry together, with consecutive ids', async () => {
    const db = freshDb();
    const id = testId(Date.parse(at));
    await runLocalMutation(db, 'logConcern', { id, fields: fields({ tags: ['parks'] }) }, author);
    await runLocalMutation(db, 'setStatus', { id, from: 'new', to: 'acknowledged' }, author);
    const outbox = await db.outbox.orderBy('mutationId').toArray();
    expect(outbox.map((e) => [e.mutationId, e.name, e.concernId, e.at, e.by])).toEqual([
      [1, 'logConcern', id, at, 'Ana at desk 1'],
      [2, 'setStatus', id, at, 'Ana at desk 1'],
    ]);
    // The undo log takes the change back exactly: before the status change, the concern as logged.
    expect(outbox[1]?.undo).toEqual([{ table: 'concerns', id, row: expect.objectContaining({ status: 'new' }) }, expect.objectContaining({ table: 'concern_history' })]);
    expect((await getConcern(db, id))?.status).toBe('acknowledged');
  });

  it('never gives an id twice, also once the server has confirmed every change and the outbox is empty', async () => {
    const db = freshDb();
    const id = testId(Date.parse(at));
    await runLocalMutation(db, 'logConcern', { id, fields: fields() }, author);
    await runLocalMutation(db, 'setPriority', { id, to: 'high' }, author);
    const page = { changes: [], lastMutationId: 2, cursor: encodeCursor({ epoch: 'e1', xid: 1, seq: 1 }), epoch: 'e1' };
    await applyPulledPage(db, page, undefined, at);
    expect(await db.outbox.count()).toBe(0);
    await runLocalMutation(db, 'logConcern', { id: testId(Date.parse(at)), fields: fields() }, author);
    expect(await db.outbox.toCollection().primaryKeys()).toEqual([3]);
    expect(nextMutationId(1, undefined)).toBe(1);
    expect(nextMutationId(4, 9)).toBe(10);
  });

  it('writes neither the change nor an outbox entry when the mutation is rejected, and says why', async () => {
    const db = freshDb();
    const id = testId(Date.parse(at));
    await runLocalMutation(db, 'logConcern', { id, fields: fields() }, author);
    const before = await everything(db);
    const moved = runLocalMutation(db, 'setStatus', { id, from: 'resolved', to: 'closed' }, author);
    await expect(moved).rejects.toBeInstanceOf(MutationRejected);
    await expect(moved).rejects.toThrow('Someone else already marked this concern new, so it was not changed.');
    const invalid = runLocalMutation(db, 'addTags', { id, tags: ['Not A Tag'] }, author);
    await expect(invalid).rejects.toBeInstanceOf(InvalidArgs);
    await expect(invalid).rejects.toThrow(/^This change was not saved: A tag starts with a letter/);
    expect(await everything(db)).toEqual(before);
  });

  it('takes back every mutation of a transaction, and its draft deletion, when a later one fails', async () => {
    const db = freshDb();
    const id = testId(Date.parse(at));
    await runLocalMutation(db, 'logConcern', { id, fields: fields({ tags: ['parks'] }) }, author);
    await putDraft(db, { id: testId(Date.parse(at)), kind: 'form', text: '', createdAt: at, updatedAt: at });
    const before = await everything(db);
    const failing = withLocalMutations(db, author, async (write) => {
      await write.run('addTags', { id, tags: ['urgent'] });
      await write.tables.drafts.clear();
      const removal = await removeTagsArgs(write.store, id, ['parks']);
      await write.run('removeTags', removal!);
      await write.run('setStatus', { id, from: 'closed', to: 'new' });
    });
    await expect(failing).rejects.toBeInstanceOf(MutationRejected);
    expect(await everything(db)).toEqual(before);
  });

  it('tells listeners after a write commits, and not after one that failed', async () => {
    const db = freshDb();
    let calls = 0;
    const stop = onLocalMutation(db, () => {
      calls += 1;
    });
    await createConcern(db, testId(Date.parse(at)), fields(), ctx(new Date(at)));
    await expect(runLocalMutation(db, 'deleteConcern', { id: testId(Date.parse(at)) }, author)).rejects.toThrow();
    expect(calls).toBe(1);
    stop();
    await createConcern(db, testId(Date.parse(at)), fields(), ctx(new Date(at)));
    expect(calls).toBe(1);
  });
});

describe('updateConcern through mutators', () => {
  it('sends each kind of field with its own merge rule, in one transaction', async () => {
    const db = freshDb();
    const id = testId(Date.parse(at));
    await createConcern(db, id, fields({ tags: ['parks', 'noise'] }), ctx(new Date(at)));
    const later = new Date(Date.parse(at) + 60_000);
    const result = await updateConcern(
      db,
      id,
      fields({ summary: 'Loud music at night', priority: 'high', status: 'acknowledged', tags: ['parks', 'night'], contact: { ...fields().contact, name: 'Ana López' } }),
      ctx(later, 'Ben at desk 2'),
    );
    const outbox = await db.outbox.orderBy('mutationId').toArray();
    expect(outbox.map((e) => [e.name, e.args])).toEqual([
      ['logConcern', expect.anything()],
      ['editConcern', { id, patch: { summary: 'Loud music at night', 'contact.name': 'Ana López' } }],
      ['setStatus', { id, from: 'new', to: 'acknowledged' }],
      ['setPriority', { id, from: 'normal', to: 'high' }],
      ['removeTags', { id, tags: [{ tag: 'noise', addIds: [expect.any(String)] }] }],
      ['addTags', { id, tags: ['night'] }],
    ]);
    expect(result.concern).toMatchObject({ summary: 'Loud music at night', priority: 'high', status: 'acknowledged', tags: ['parks', 'night'], updatedBy: 'Ben at desk 2' });
    expect(result.changes.map((c) => c.field).sort()).toEqual(['contact.name', 'priority', 'status', 'summary', 'tags']);
    expect(await db.tags.toArray()).toEqual([{ tag: 'night', count: 1 }, { tag: 'parks', count: 1 }]);
  });

  it('says in plain words that a concern removed meanwhile cannot be edited', async () => {
    const db = freshDb();
    const id = testId(Date.parse(at));
    await createConcern(db, id, fields(), ctx(new Date(at)));
    await runLocalMutation(db, 'deleteConcern', { id }, author);
    await expect(updateConcern(db, id, fields({ summary: 'Edited' }), ctx(new Date(at)))).rejects.toThrow(
      'Someone else deleted this concern, so your change was not saved.',
    );
  });
});
