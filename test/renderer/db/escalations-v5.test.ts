import { describe, expect, it } from 'vitest';
import { encodeCursor } from '@shared/sync/cursor';
import type { ConcernEscalation } from '@shared/sync/store';
import { concernReference } from '@shared/domain/reference';
import { CURRENT_VERSION, applyPulledPage, createConcern, openNotebookDb, searchConcerns } from '../../../renderer/src/db';
import { freshDb } from '../../helpers/fake-db';
import { ctx, fields, testId } from '../../helpers/concerns';

const at = new Date('2026-11-23T09:00:00.000Z');

describe('schema version 5: the state of priority emails', () => {
  it('adds an empty concern_escalations table to a version 4 desk, keeping its concerns and outbox', async () => {
    const name = `escalations-v5-${process.pid}`;
    const v4 = openNotebookDb(name, 4, { newClientId: () => '0195f1a0-0000-7000-8000-0000000000d1' });
    const id = testId(at.getTime());
    // Written as version 4 code left them: today's writes go through tables version 4 did not have.
    const stamps = { createdAt: at.toISOString(), createdBy: 'Ana', updatedAt: at.toISOString(), updatedBy: 'Ana' };
    await v4.table('concerns').add({ ...fields({ priority: 'top' }), id, ...stamps, terms: [] });
    await v4.table('outbox').add({ mutationId: 1, name: 'logConcern', args: { id }, at: at.toISOString(), by: 'Ana', concernId: id, undo: [] });
    v4.close();

    const v5 = openNotebookDb(name);
    await v5.open();
    expect(v5.verno).toBe(CURRENT_VERSION);
    expect(await v5.concerns.count()).toBe(1);
    expect(await v5.outbox.count()).toBe(1);
    expect(await v5.concern_escalations.count()).toBe(0);
    // Version 6 adds the short reference to the search terms of concerns already there.
    const [stored] = await v5.concerns.toArray();
    expect(stored?.terms).toContain(concernReference(id).toLowerCase());
    expect((await searchConcerns(v5, concernReference(id))).total).toBe(1);
    v5.close();
  });

  it("stores a pulled escalation row, findable by its concern, without re-running the desk's pending changes", async () => {
    const db = freshDb();
    const id = testId(at.getTime());
    await createConcern(db, id, fields({ priority: 'top' }), ctx(at));
    const row: ConcernEscalation = {
      id: `${id}:1`,
      concernId: id,
      escalationNumber: 1,
      state: 'sent',
      to: ['urgent@town.example'],
      queuedAt: at.toISOString(),
      nextAttemptAt: null,
      sentAt: at.toISOString(),
      failedAt: null,
      attempts: 1,
      lastError: null,
    };
    const page = { changes: [{ table: 'concern_escalations' as const, id: row.id, row }], lastMutationId: 0, cursor: encodeCursor({ epoch: 'e1', xid: 1, seq: 1 }), epoch: 'e1' };
    const outcome = await applyPulledPage(db, page, undefined, at.toISOString());
    expect(outcome).toMatchObject({ status: 'applied', pending: 1 });
    expect(await db.concern_escalations.where('concernId').equals(id).toArray()).toEqual([row]);
  });
});
