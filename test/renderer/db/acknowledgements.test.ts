/** A concern's acknowledgement to its citizen, as the desk receives it from the server in a pulled page. */
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '@shared/sync/cursor';
import type { CitizenAcknowledgement } from '@shared/sync/store';
import { acknowledgementOf, applyPulledPage, createConcern, readSyncState } from '../../../renderer/src/db';
import { freshDb } from '../../helpers/fake-db';
import { ctx, fields, testId } from '../../helpers/concerns';

const at = new Date('2026-12-03T10:42:00.000Z');

describe('a concern’s acknowledgement to its citizen', () => {
  it('is found by the concern’s id once pulled, and follows the server’s changes to it', async () => {
    const db = freshDb();
    const id = testId(at.getTime());
    await createConcern(db, id, fields({ contact: { ...fields().contact, email: 'x@y.example' } }), ctx(at));
    expect(await acknowledgementOf(db, id)).toBeUndefined();
    const queued: CitizenAcknowledgement = {
      id,
      concernId: id,
      state: 'queued',
      to: 'x@y.example',
      queuedAt: at.toISOString(),
      nextAttemptAt: at.toISOString(),
      sentAt: null,
      failedAt: null,
      attempts: 0,
      lastError: null,
    };
    const sent: CitizenAcknowledgement = { ...queued, state: 'sent', sentAt: at.toISOString(), nextAttemptAt: null, attempts: 1 };
    for (const [index, row] of [queued, sent].entries()) {
      const { cursor } = await readSyncState(db);
      const page = {
        changes: [{ table: 'citizen_acknowledgements' as const, id, row }],
        lastMutationId: 0,
        cursor: encodeCursor({ epoch: 'e1', xid: index + 1, seq: 1 }),
        epoch: 'e1',
      };
      await applyPulledPage(db, page, cursor, at.toISOString());
      expect(await acknowledgementOf(db, id)).toEqual(row);
    }
  });
});
