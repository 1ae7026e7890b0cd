/**
 * A concern's timeline read from a desk's database: every table's events, those of the concerns merged into
 * it (named by where they came from), oldest first, each with who and when.
 */
import { describe, expect, it } from 'vitest';
import type { OfficeStaff } from '@shared/domain/review';
import { concernEscalationId } from '@shared/sync/store';
import { runLocalMutation, type NotebookDb } from '../../../renderer/src/db';
import { reviewPanelOf, timelineOf, type TimelineEvent } from '../../../renderer/src/db/timeline';
import { freshDb } from '../../helpers/fake-db';
import { fields, testId } from '../../helpers/concerns';

const BEN: OfficeStaff = { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca401', displayName: 'Ben Cole', role: 'goto', isActive: true };
const ANA: OfficeStaff = { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca402', displayName: 'Ana Ruiz', role: 'goto', isActive: true };

const minute = (n: number) => new Date(Date.parse('2026-12-03T09:00:00.000Z') + n * 60_000).toISOString();
const as = (by: string, n: number) => ({ at: minute(n), by });

/** What an event says in short: minute, kind, who, and where from when not the opened concern. */
function brief(event: TimelineEvent, openedId: string): string {
  const m = (Date.parse(event.at) - Date.parse(minute(0))) / 60_000;
  const extra =
    event.kind === 'edited'
      ? `(${event.changes.map((c) => c.field).join(',')})`
      : event.kind === 'escalation' || event.kind === 'acknowledgement'
        ? `(${event.state})`
        : '';
  return `${m} ${event.kind}${extra} ${event.by ?? 'server'}${event.sourceId === openedId ? '' : ' [dup]'}`;
}

async function desk(): Promise<{ db: NotebookDb; keep: string; dup: string }> {
  const db = freshDb();
  await db.office_staff.bulkPut([BEN, ANA]);
  const keep = testId(Date.parse(minute(0)));
  const dup = testId(Date.parse(minute(1)));
  await runLocalMutation(db, 'logConcern', { id: keep, fields: fields({ summary: 'Fallen oak on Elm St', priority: 'top' }) }, as('Ana Ruiz', 0));
  await runLocalMutation(db, 'logConcern', { id: dup, fields: fields({ summary: 'Tree across Elm Street' }) }, as('Carl', 1));
  return { db, keep, dup };
}

describe('timelineOf', () => {
  it('lists events from every table and from merged duplicates, oldest first, with who and when', async () => {
    const { db, keep, dup } = await desk();
    await runLocalMutation(db, 'flagConcern', { id: dup, reason: 'Same tree as this morning?' }, as('Carl', 2));
    await runLocalMutation(db, 'addComment', { id: dup, text: '@Ben Cole can you look?', mentions: [BEN.id] }, as('Carl', 3));
    await runLocalMutation(db, 'assignConcern', { id: keep, staffId: BEN.id }, as('Ana Ruiz', 4));
    await runLocalMutation(db, 'recordResponse', { id: keep, method: 'phone', text: 'Crew on the way' }, as('Ben Cole', 5));
    await runLocalMutation(db, 'mergeConcerns', { id: keep, duplicateId: dup }, as('Ben Cole', 6));
    const flag = (await db.concern_flags.toArray())[0]!;
    await runLocalMutation(db, 'reviewFlags', { id: keep, flagIds: [flag.id] }, as('Ben Cole', 7));
    await runLocalMutation(db, 'recordEscalationFallback', { id: keep, method: 'phone', note: 'Called Dee' }, as('Ana Ruiz', 1));
    await db.concern_escalations.put({
      id: concernEscalationId(keep, 1),
      concernId: keep,
      escalationNumber: 1,
      state: 'failed',
      to: ['duty@town.example'],
      queuedAt: minute(0),
      nextAttemptAt: null,
      sentAt: null,
      failedAt: minute(2),
      attempts: 3,
      lastError: 'Mailbox full.',
    });
    await db.citizen_acknowledgements.put({
      id: dup,
      concernId: dup,
      state: 'sent',
      to: 'carl@example.org',
      queuedAt: minute(1),
      nextAttemptAt: null,
      sentAt: minute(2),
      failedAt: null,
      attempts: 1,
      lastError: null,
    });

    const timeline = await timelineOf(db, keep);
    expect(timeline?.concern.id).toBe(keep);
    // Two history entries of one instant and one kind (a merge's) are ordered by their ids, which every desk
    // shares but this test's random client id makes either way round: compare them as a set.
    const briefs = timeline?.events.map((e) => brief(e, keep)) ?? [];
    const merge = briefs.filter((line) => line.startsWith('6 edited'));
    expect(merge.sort()).toEqual(['6 edited(mergedFrom,raisedCount) Ben Cole', '6 edited(mergedInto,status) Ben Cole [dup]']);
    expect(briefs.map((line) => (line.startsWith('6 edited') ? '6 merge' : line))).toEqual([
      '0 created Ana Ruiz',
      '0 escalation(queued) server',
      '1 created Carl [dup]',
      '1 fallback Ana Ruiz',
      '1 acknowledgement(queued) server [dup]',
      '2 flagged Carl [dup]',
      '2 escalation(failed) server',
      '2 acknowledgement(sent) server [dup]',
      '3 comment Carl [dup]',
      '4 edited(assignees) Ana Ruiz',
      // The response's own history field is left to the response event; the clock stop stays.
      '5 edited(firstResponseAt) Ben Cole',
      '5 response Ben Cole',
      // A merge writes on both concerns at one instant: two events, not one save.
      '6 merge',
      '6 merge',
      '7 flagReviewed Ben Cole [dup]',
    ]);
    expect(timeline?.staffNames.get(BEN.id)).toBe('Ben Cole');
  });

  it('reads only the duplicate\'s own rows when the duplicate is opened', async () => {
    const { db, keep, dup } = await desk();
    await runLocalMutation(db, 'addComment', { id: keep, text: 'On the survivor', mentions: [] }, as('Ana Ruiz', 2));
    await runLocalMutation(db, 'mergeConcerns', { id: keep, duplicateId: dup }, as('Ben Cole', 3));
    const timeline = await timelineOf(db, dup);
    expect(timeline?.events.map((e) => brief(e, dup))).toEqual(['1 created Carl', '3 edited(mergedInto,status) Ben Cole']);
  });

  it('is undefined for a concern this desk does not have', async () => {
    const { db } = await desk();
    expect(await timelineOf(db, testId(Date.parse(minute(9))))).toBeUndefined();
  });
});

describe('reviewPanelOf', () => {
  it('gives the open flags of the concern and of its duplicates, oldest first, and leaves reviewed ones out', async () => {
    const { db, keep, dup } = await desk();
    await runLocalMutation(db, 'flagConcern', { id: keep, reason: 'Second call today' }, as('Carl', 3));
    await runLocalMutation(db, 'flagConcern', { id: dup, reason: 'Blocking the bus' }, as('Carl', 2));
    await runLocalMutation(db, 'flagConcern', { id: keep, reason: 'Old one' }, as('Carl', 1));
    const old = (await db.concern_flags.toArray()).find((f) => f.reason === 'Old one')!;
    await runLocalMutation(db, 'reviewFlags', { id: keep, flagIds: [old.id] }, as('Ben Cole', 4));
    await runLocalMutation(db, 'mergeConcerns', { id: keep, duplicateId: dup }, as('Ben Cole', 5));
    const data = await reviewPanelOf(db, keep);
    expect(data?.openFlags.map((f) => f.reason)).toEqual(['Blocking the bus', 'Second call today']);
    expect(data?.staffNames.get(ANA.id)).toBe('Ana Ruiz');
  });
});
