/**
 * The meeting's records through the real sync engine on two desks (fake-indexeddb, the in-process server):
 * made offline, kept through a sync that brings the other desk's changes, and the same at both desks after.
 */
import { describe, expect, it } from 'vitest';
import type { ThemeSignature } from '@shared/domain/meeting';
import { agendaPositionBetween } from '@shared/sync/mutators/meeting';
import { agendaOf, allCorrections, correctionsInForce, countPending, decisionsOf, runLocalMutation, type NotebookDb } from '../../../renderer/src/db';
import { openDesk, snapshotOf } from './desks';
import { createFakeServer } from './fake-server';

const lights: ThemeSignature = { terms: [{ term: 'streetlight', weight: 1 }] };
const bins: ThemeSignature = { terms: [{ term: 'bin', weight: 1 }] };
let second = 0;
const as = (by: string) => ({ at: new Date(Date.UTC(2026, 11, 3, 10, 0, second++)).toISOString(), by });

/** What the meeting view shows at a desk. */
async function meetingView(db: NotebookDb) {
  return {
    corrections: await correctionsInForce(db),
    undoList: await allCorrections(db),
    agenda: await agendaOf(db, '2026-11'),
    decisions: await decisionsOf(db, '2026-11'),
  };
}

describe('the meeting across two desks', () => {
  it('keeps both desks\' offline work and shows the same meeting at both once they sync', async () => {
    const server = createFakeServer({ pageSize: 2 });
    const [fay, gina] = [openDesk(server, 'Fay Moss'), openDesk(server, 'Gina Go-to')];
    await runLocalMutation(fay.db, 'pinToAgenda', { period: '2026-11', subject: { kind: 'figure', figure: 'places' } }, as('Fay Moss'));
    await fay.engine.syncNow();
    await gina.engine.syncNow();

    // Both offline: Fay corrects and pins; Gina moves Fay's pin ahead of hers and records an action.
    fay.faults.offline = true;
    gina.faults.offline = true;
    await runLocalMutation(fay.db, 'correctTheme', { kind: 'rename', signature: lights, label: 'Street lights out' }, as('Fay Moss'));
    await runLocalMutation(fay.db, 'correctTheme', { kind: 'hide', signature: bins }, as('Fay Moss'));
    await runLocalMutation(fay.db, 'pinToAgenda', { period: '2026-11', subject: { kind: 'theme', signature: lights, label: 'Street lights out' } }, as('Fay Moss'));
    const [places] = await agendaOf(gina.db, '2026-11');
    await runLocalMutation(gina.db, 'pinToAgenda', { period: '2026-11', subject: { kind: 'figure', figure: 'channels' } }, as('Gina Go-to'));
    await runLocalMutation(gina.db, 'moveAgendaItem', { id: places!.id, position: agendaPositionBetween(undefined, places!.position) }, as('Gina Go-to'));
    await runLocalMutation(gina.db, 'recordDecision', { period: '2026-11', kind: 'action', signature: lights, themeLabel: 'Street lights out', text: 'Call the contractor', owner: 'Gina Go-to', due: '2026-12-15' }, as('Gina Go-to'));
    const hide = (await allCorrections(fay.db)).find((c) => c.kind === 'hide')!;
    await runLocalMutation(fay.db, 'withdrawCorrection', { id: hide.id }, as('Fay Moss'));

    fay.faults.offline = false;
    gina.faults.offline = false;
    for (let round = 0; round < 3; round += 1) for (const desk of [gina, fay]) await desk.engine.syncNow();

    expect(await countPending(fay.db)).toBe(0);
    expect(await countPending(gina.db)).toBe(0);
    expect(await snapshotOf(fay.db)).toEqual(server.store.snapshot());
    expect(await snapshotOf(gina.db)).toEqual(server.store.snapshot());
    const view = await meetingView(fay.db);
    expect(await meetingView(gina.db)).toEqual(view);
    expect(view.corrections.map((c) => c.kind)).toEqual(['rename']);
    expect(view.undoList).toHaveLength(2);
    expect(view.agenda.map((item) => (item.subject.kind === 'figure' ? item.subject.figure : item.subject.label))).toEqual([
      'places',
      'Street lights out',
      'channels',
    ]);
    expect(view.decisions.map((d) => [d.text, d.owner])).toEqual([['Call the contractor', 'Gina Go-to']]);
  });

  it('tells the desk, about no concern, when its edit of a decision another desk withdrew did not take effect', async () => {
    const server = createFakeServer({ pageSize: 10 });
    const [fay, gina] = [openDesk(server, 'Fay Moss'), openDesk(server, 'Gina Go-to')];
    const action = { period: '2026-11', kind: 'action', signature: lights, themeLabel: 'Street lights out', text: 'Call the contractor', owner: 'Gina Go-to' } as const;
    await runLocalMutation(fay.db, 'recordDecision', action, as('Fay Moss'));
    await fay.engine.syncNow();
    await gina.engine.syncNow();
    const [decision] = await decisionsOf(gina.db, '2026-11');

    gina.faults.offline = true;
    await runLocalMutation(gina.db, 'editDecision', { id: decision!.id, due: '2026-12-01' }, as('Gina Go-to'));
    await runLocalMutation(fay.db, 'withdrawDecision', { id: decision!.id }, as('Fay Moss'));
    await fay.engine.syncNow();
    gina.faults.offline = false;
    await gina.engine.syncNow();
    await gina.engine.syncNow();

    expect(gina.rejections).toEqual([
      expect.objectContaining({ name: 'editDecision', concernId: undefined, code: 'withdrawn', reason: expect.stringMatching(/withdrew this decision, so it was not changed\.$/) }),
    ]);
    expect(await decisionsOf(gina.db, '2026-11')).toEqual([]);
    expect(await countPending(gina.db)).toBe(0);
  });
});
