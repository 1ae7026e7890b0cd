/**
 * The review queue's query on a desk database (fake-indexeddb), with every change made the way the app makes
 * it (the synced mutators): which open concerns wait for review, and what each row says.
 */
import { describe, expect, it } from 'vitest';
import { defaultResponsePolicy } from '@shared/domain/response-clock';
import type { OfficeStaff } from '@shared/domain/review';
import { createConcern, runLocalMutation, type NotebookDb } from '../../../renderer/src/db';
import { readReviewQueue, type QueueRow } from '../../../renderer/src/db/review-queue';
import { freshDb } from '../../helpers/fake-db';
import { ctx, fields, testId } from '../../helpers/concerns';

const policy = defaultResponsePolicy('Europe/Berlin');
// Tuesday 10 March 2026, 10:00 in Berlin: a normal concern logged that morning is due on the 17th.
const logged = new Date('2026-03-10T09:00:00.000Z');
const sameDay = Date.parse('2026-03-10T15:00:00.000Z');
const nextMonth = Date.parse('2026-04-10T10:00:00.000Z');
const ben: OfficeStaff = { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca402', displayName: 'Ben Cole', role: 'goto', isActive: true };
const by = (minutes: number) => ({ at: new Date(logged.getTime() + minutes * 60_000).toISOString(), by: 'Ana at desk 1' });

async function logConcern(db: NotebookDb, summary: string, changes: Parameters<typeof fields>[0] = {}): Promise<string> {
  const id = testId(logged.getTime());
  await createConcern(db, id, fields({ summary, ...changes }), ctx(logged));
  return id;
}

const summaries = (rows: readonly QueueRow[]) => rows.map((row) => row.summary).sort();

describe('the review queue on a desk', () => {
  it('holds flagged, high and top, overdue and assigned open concerns, and nothing else', async () => {
    const db = freshDb();
    await db.office_staff.put(ben);
    await logConcern(db, 'quiet normal one');
    const flagged = await logConcern(db, 'flagged');
    await runLocalMutation(db, 'flagConcern', { id: flagged, reason: 'Third call this week' }, by(5));
    await logConcern(db, 'high', { priority: 'high' });
    await logConcern(db, 'top', { priority: 'top' });
    const assigned = await logConcern(db, 'assigned');
    await runLocalMutation(db, 'assignConcern', { id: assigned, staffId: ben.id }, by(6));

    expect(summaries(await readReviewQueue(db, policy, sameDay))).toEqual(['assigned', 'flagged', 'high', 'top']);
    // A month on, the quiet one's answer is overdue; everything else is still there.
    const later = await readReviewQueue(db, policy, nextMonth);
    expect(summaries(later)).toEqual(['assigned', 'flagged', 'high', 'quiet normal one', 'top']);
    expect(later.find((row) => row.summary === 'quiet normal one')?.reasons).toEqual(['overdue']);
    expect(later.find((row) => row.summary === 'top')?.reasons).toEqual(['priority', 'overdue']);
  });

  it('says who is assigned and what the latest open flag says, and drops a flag once reviewed', async () => {
    const db = freshDb();
    await db.office_staff.put(ben);
    const id = await logConcern(db, 'Tree down on Mill Lane', { location: { address: '4 Mill Lane', area: 'Riverside' }, tags: ['trees'] });
    await runLocalMutation(db, 'flagConcern', { id, reason: 'Blocking the road' }, by(1));
    await runLocalMutation(db, 'flagConcern', { id, reason: 'Now a car is stuck' }, by(2));
    await runLocalMutation(db, 'assignConcern', { id, staffId: ben.id }, by(3));
    const [row] = await readReviewQueue(db, policy, sameDay);
    expect(row).toMatchObject({
      summary: 'Tree down on Mill Lane',
      area: 'Riverside',
      address: '4 Mill Lane',
      tags: ['trees'],
      createdBy: 'Ana at desk 1',
      assignees: [{ id: ben.id, name: 'Ben Cole' }],
      flags: { count: 2, latestReason: 'Now a car is stuck', latestBy: 'Ana at desk 1' },
      isOverdue: false,
      answeredAt: null,
      raisedCount: 1,
      reasons: ['flagged', 'assigned'],
    });
    expect(row?.reference).toHaveLength(8);

    const flagIds = (await db.concern_flags.where('concernId').equals(id).toArray()).map((flag) => flag.id);
    await runLocalMutation(db, 'reviewFlags', { id, flagIds }, by(4));
    const [after] = await readReviewQueue(db, policy, sameDay);
    expect(after?.flags).toBeNull();
    expect(after?.reasons).toEqual(['assigned']);
  });

  it('takes an answered concern off the overdue list: its clock stopped at the response', async () => {
    const db = freshDb();
    const answered = await logConcern(db, 'answered');
    const acknowledged = await logConcern(db, 'acknowledged');
    await logConcern(db, 'waiting');
    await runLocalMutation(db, 'recordResponse', { id: answered, method: 'phone', text: 'Called back' }, by(30));
    await runLocalMutation(db, 'acknowledgeConcern', { id: acknowledged }, by(40));
    const rows = await readReviewQueue(db, policy, nextMonth);
    expect(summaries(rows)).toEqual(['waiting']);
    // A high one answered stays (its priority keeps it) but is not overdue.
    const high = await logConcern(db, 'high answered', { priority: 'high' });
    await runLocalMutation(db, 'recordResponse', { id: high, method: 'email', text: '' }, by(50));
    const highRow = (await readReviewQueue(db, policy, nextMonth)).find((row) => row.id === high);
    expect(highRow).toMatchObject({ isOverdue: false, answeredAt: by(50).at, reasons: ['priority'] });
  });

  it('leaves out resolved, closed and merged concerns, and counts a duplicate\'s open flags on its survivor', async () => {
    const db = freshDb();
    const resolved = await logConcern(db, 'resolved', { priority: 'top' });
    await runLocalMutation(db, 'resolveConcern', { id: resolved, from: 'new', note: 'Fixed the light' }, by(5));
    await logConcern(db, 'closed', { priority: 'high', status: 'closed' });
    const survivor = await logConcern(db, 'survivor', { priority: 'high' });
    const duplicate = await logConcern(db, 'duplicate', { priority: 'high' });
    await runLocalMutation(db, 'flagConcern', { id: duplicate, reason: 'Same tree as the other one' }, by(6));
    await runLocalMutation(db, 'mergeConcerns', { id: survivor, duplicateId: duplicate }, by(7));

    const rows = await readReviewQueue(db, policy, sameDay);
    expect(summaries(rows)).toEqual(['survivor']);
    expect(rows[0]).toMatchObject({ raisedCount: 2, flags: { count: 1, latestReason: 'Same tree as the other one' }, reasons: ['flagged', 'priority'] });
  });
});
