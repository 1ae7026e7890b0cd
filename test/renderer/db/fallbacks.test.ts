import { describe, expect, it } from 'vitest';
import { escalationsWaitingAtDesk, fallbacksOf, runLocalMutation } from '../../../renderer/src/db';
import { freshDb } from '../../helpers/fake-db';
import { fields, testId } from '../../helpers/concerns';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 9, minute)).toISOString();
const author = (minute: number) => ({ at: at(minute), by: 'Ben at the front desk' });
// testId makes a new id on every call: one per concern number, made once.
const ids = Array.from({ length: 10 }, (_, n) => testId(Date.UTC(2026, 11, 3, 8, n)));
const id = (n: number) => ids[n] ?? '';

describe('escalations waiting at the desk', () => {
  it('lists a concern logged as top priority while its change waits in the outbox, from when it was logged', async () => {
    const db = freshDb();
    await runLocalMutation(db, 'logConcern', { id: id(1), fields: fields({ priority: 'top', summary: 'Gas smell' }) }, author(0));
    await runLocalMutation(db, 'logConcern', { id: id(2), fields: fields({ priority: 'high' }) }, author(1));
    const waiting = await escalationsWaitingAtDesk(db);
    expect(waiting.map((w) => [w.concern.summary, w.since])).toEqual([['Gas smell', at(0)]]);
  });

  it('counts from the change that raised it, whether setPriority or an edit, oldest first', async () => {
    const db = freshDb();
    await runLocalMutation(db, 'logConcern', { id: id(1), fields: fields({ summary: 'Raised by priority' }) }, author(0));
    await runLocalMutation(db, 'logConcern', { id: id(2), fields: fields({ summary: 'Raised by edit' }) }, author(1));
    await runLocalMutation(db, 'editConcern', { id: id(2), patch: { priority: 'top' } }, author(3));
    await runLocalMutation(db, 'setPriority', { id: id(1), to: 'top' }, author(5));
    const waiting = await escalationsWaitingAtDesk(db);
    expect(waiting.map((w) => [w.concern.summary, w.since])).toEqual([
      ['Raised by edit', at(3)],
      ['Raised by priority', at(5)],
    ]);
  });

  it('drops a concern once it is lowered again, or once the desk has sent it on itself', async () => {
    const db = freshDb();
    await runLocalMutation(db, 'logConcern', { id: id(1), fields: fields({ priority: 'top' }) }, author(0));
    await runLocalMutation(db, 'logConcern', { id: id(2), fields: fields({ priority: 'top' }) }, author(1));
    await runLocalMutation(db, 'setPriority', { id: id(1), to: 'high' }, author(2));
    await runLocalMutation(db, 'recordEscalationFallback', { id: id(2), method: 'phone', note: 'Maria has it' }, author(12));
    expect(await escalationsWaitingAtDesk(db)).toEqual([]);
    expect(await fallbacksOf(db, id(2))).toEqual([
      expect.objectContaining({ concernId: id(2), method: 'phone', note: 'Maria has it', at: at(12), by: 'Ben at the front desk' }),
    ]);
  });

  it('asks again when the concern is raised again after its fallback', async () => {
    const db = freshDb();
    await runLocalMutation(db, 'logConcern', { id: id(1), fields: fields({ priority: 'top' }) }, author(0));
    await runLocalMutation(db, 'recordEscalationFallback', { id: id(1), method: 'email' }, author(11));
    await runLocalMutation(db, 'setPriority', { id: id(1), to: 'normal' }, author(20));
    await runLocalMutation(db, 'setPriority', { id: id(1), to: 'top' }, author(30));
    // The fallback covers the first raise only: lowered and raised again, the concern is a new escalation.
    const waiting = await escalationsWaitingAtDesk(db);
    expect(waiting.map((w) => w.since)).toEqual([at(30)]);
  });

  it('refuses a fallback for a concern the desk does not have, with a plain reason, saving nothing', async () => {
    const db = freshDb();
    await expect(runLocalMutation(db, 'recordEscalationFallback', { id: id(9), method: 'phone' }, author(0))).rejects.toThrow(/not in the notebook/);
    await expect(runLocalMutation(db, 'logConcern', { id: id(1), fields: fields({ priority: 'top' }) }, author(0))).resolves.toBeUndefined();
    await expect(
      runLocalMutation(db, 'recordEscalationFallback', { id: id(1), method: 'pigeon' as 'phone' }, author(1)),
    ).rejects.toThrow(/emailed or phoned/);
    expect(await db.escalation_fallbacks.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });
});
