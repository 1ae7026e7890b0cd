/**
 * The meeting's records on a desk: made through the mutators (runLocalMutation, so each also waits in the
 * outbox), received by pull, and read back the way the meeting view reads them.
 */
import { describe, expect, it } from 'vitest';
import { liveQuery } from 'dexie';
import { encodeCursor } from '@shared/sync/cursor';
import type { MeetingDecision, ThemeSignature } from '@shared/domain/meeting';
import { agendaPositionBetween, MEETING_SCOPE } from '@shared/sync/mutators/meeting';
import {
  agendaOf,
  allCorrections,
  applyPulledPage,
  CURRENT_VERSION,
  correctionsInForce,
  decisionsOf,
  decisionsOfMonthBefore,
  monthBefore,
  readSyncState,
  runLocalMutation,
  type NotebookDb,
} from '../../../renderer/src/db';
import { freshDb } from '../../helpers/fake-db';

const lights: ThemeSignature = { terms: [{ term: 'streetlight', weight: 1 }] };
const bins: ThemeSignature = { terms: [{ term: 'bin', weight: 1 }] };
let second = 0;
/** Fay at this desk, one second later each time. */
const fay = () => ({ at: new Date(Date.UTC(2026, 11, 3, 10, 0, second++)).toISOString(), by: 'Fay Moss' });

describe('meeting reads', () => {
  it('lists corrections in force oldest first, and every correction newest first for undo', async () => {
    const db = freshDb();
    await runLocalMutation(db, 'correctTheme', { kind: 'rename', signature: lights, label: 'Street lights' }, fay());
    await runLocalMutation(db, 'correctTheme', { kind: 'hide', signature: bins }, fay());
    await runLocalMutation(db, 'correctTheme', { kind: 'merge', signatures: [lights, bins], label: 'Street care' }, fay());
    const [rename, hide, merge] = (await db.theme_corrections.toArray()).sort((a, b) => a.at.localeCompare(b.at));
    await runLocalMutation(db, 'withdrawCorrection', { id: hide!.id }, fay());

    expect((await correctionsInForce(db)).map((c) => c.kind)).toEqual(['rename', 'merge']);
    expect((await allCorrections(db)).map((c) => [c.id, c.withdrawnAt !== null])).toEqual([
      [merge!.id, false],
      [hide!.id, true],
      [rename!.id, false],
    ]);
    expect((await db.outbox.toArray()).map((e) => [e.name, e.concernId])).toEqual([
      ['correctTheme', MEETING_SCOPE],
      ['correctTheme', MEETING_SCOPE],
      ['correctTheme', MEETING_SCOPE],
      ['withdrawCorrection', MEETING_SCOPE],
    ]);
  });

  it('reads a month\'s agenda in the facilitator\'s order, without items taken off or of other months', async () => {
    const db = freshDb();
    const pin = (period: string, figure: 'places' | 'channels' | 'priorities') =>
      runLocalMutation(db, 'pinToAgenda', { period, subject: { kind: 'figure', figure } }, fay());
    await pin('2026-11', 'places');
    await pin('2026-11', 'channels');
    await pin('2026-11', 'priorities');
    await pin('2026-10', 'places');
    const [places, channels, priorities] = await agendaOf(db, '2026-11');
    // Priorities to the top, then channels off the agenda.
    await runLocalMutation(db, 'moveAgendaItem', { id: priorities!.id, position: agendaPositionBetween(undefined, places!.position) }, fay());
    await runLocalMutation(db, 'unpinFromAgenda', { id: channels!.id }, fay());
    const figures = async (period: string) => (await agendaOf(db, period)).map((item) => item.subject.kind === 'figure' && item.subject.figure);
    expect(await figures('2026-11')).toEqual(['priorities', 'places']);
    expect(await figures('2026-10')).toEqual(['places']);
    expect(await agendaOf(db, '2026-12')).toEqual([]);
  });

  it('reads a month\'s decisions in the order recorded, and the month before\'s for next month\'s view', async () => {
    const db = freshDb();
    const record = (period: string, text: string) =>
      runLocalMutation(db, 'recordDecision', { period, kind: 'action', signature: lights, themeLabel: 'Street lights', text, owner: 'Ben', due: '2027-01-15' }, fay());
    await record('2026-12', 'Call the contractor');
    await record('2026-12', 'Survey Elm St');
    await record('2026-12', 'Recorded in error');
    await record('2027-01', 'Check the contractor came');
    const mistake = (await decisionsOf(db, '2026-12')).find((d) => d.text === 'Recorded in error')!;
    await runLocalMutation(db, 'withdrawDecision', { id: mistake.id }, fay());
    const first = (await decisionsOf(db, '2026-12'))[0]!;
    await runLocalMutation(db, 'completeDecision', { id: first.id, done: true }, fay());

    const texts = (rows: readonly MeetingDecision[]) => rows.map((d) => [d.text, d.doneBy]);
    expect(texts(await decisionsOf(db, '2026-12'))).toEqual([['Call the contractor', 'Fay Moss'], ['Survey Elm St', null]]);
    expect(texts(await decisionsOfMonthBefore(db, '2027-01'))).toEqual(texts(await decisionsOf(db, '2026-12')));
    expect(texts(await decisionsOfMonthBefore(db, '2026-12'))).toEqual([]);
  });

  it('names the month before across a year', () => {
    expect(monthBefore('2027-01')).toBe('2026-12');
    expect(monthBefore('2026-10')).toBe('2026-09');
  });

  it('updates a live query when a pulled page brings another desk\'s correction', async () => {
    const db = freshDb();
    const seen: number[] = [];
    const subscription = liveQuery(() => correctionsInForce(db)).subscribe((rows) => seen.push(rows.length));
    await waitFor(() => seen.length > 0);
    const row = {
      id: '0195f1a0-0000-7000-8000-000000000001',
      kind: 'hide' as const,
      signature: bins,
      by: 'Ben Cole',
      at: '2026-12-03T09:00:00.000Z',
      withdrawnAt: null,
      withdrawnBy: null,
    };
    await pull(db, [{ table: 'theme_corrections', id: row.id, row }]);
    await waitFor(() => seen.at(-1) === 1);
    subscription.unsubscribe();
    expect(seen).toEqual([0, 1]);
  });
});

describe('meeting sync on a desk', () => {
  it('re-runs a pending withdrawal on top of a pulled page, so the desk shows the server\'s rows plus its own change', async () => {
    const db = freshDb();
    const row = {
      id: '0195f1a0-0000-7000-8000-000000000002',
      kind: 'rename' as const,
      signature: lights,
      label: 'Lights',
      by: 'Ben Cole',
      at: '2026-12-03T09:00:00.000Z',
      withdrawnAt: null,
      withdrawnBy: null,
    };
    await pull(db, [{ table: 'theme_corrections', id: row.id, row }]);
    await runLocalMutation(db, 'withdrawCorrection', { id: row.id }, fay());
    // Ben renames it again meanwhile (the server's row moves on); the desk's withdrawal must still show.
    await pull(db, [{ table: 'theme_corrections', id: row.id, row: { ...row, label: 'Street lights' } }]);
    expect(await db.theme_corrections.get(row.id)).toMatchObject({ label: 'Street lights', withdrawnBy: 'Fay Moss' });
    expect(await correctionsInForce(db)).toEqual([]);
    expect(await db.outbox.count()).toBe(1);
  });

  it('upgrades a version 7 desk keeping its rows and outbox, and takes meeting changes at once', async () => {
    const name = `meeting-upgrade-${process.pid}`;
    const v7 = freshDb(7, name);
    const staff = { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca401', displayName: 'Ana', role: 'counter' as const, isActive: true };
    await v7.table('office_staff').add(staff);
    await v7.table('outbox').add({ mutationId: 4, name: 'addTags', args: {}, at: '2026-12-01T09:00:00.000Z', by: 'Ana', concernId: '*', undo: [] });
    v7.close();
    const db = freshDb(undefined, name);
    await runLocalMutation(db, 'correctTheme', { kind: 'hide', signature: bins }, fay());
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.office_staff.toArray()).toEqual([staff]);
    expect((await db.outbox.toArray()).map((e) => [e.mutationId, e.name])).toEqual([[4, 'addTags'], [5, 'correctTheme']]);
    expect(await correctionsInForce(db)).toHaveLength(1);
    db.close();
  });

  it('opens at the current version with the meeting tables and their month indexes', () => {
    const db = freshDb();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.meeting_agenda.schema.indexes.map((i) => i.name)).toEqual(['period']);
    expect(db.meeting_decisions.schema.indexes.map((i) => i.name)).toEqual(['period']);
  });
});

let position = 0;
/** Receives rows as the server sends them: in a pulled page on top of the desk's cursor. */
async function pull(db: NotebookDb, changes: Parameters<typeof applyPulledPage>[1]['changes']): Promise<void> {
  const { cursor } = await readSyncState(db);
  position += 1;
  const outcome = await applyPulledPage(db, { changes, lastMutationId: 0, cursor: encodeCursor({ epoch: 'e1', xid: position, seq: 1 }), epoch: 'e1' }, cursor, '2026-12-03T11:00:00.000Z');
  expect(outcome.status).toBe('applied');
}

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}
