/**
 * The desk's side of failed priority emails: which escalations the failure alerts list (failed in the last
 * week, with a concern to open, plus the ones being followed after a resend), and the memory that keeps a
 * failure from ringing twice or coming back once dismissed, across restarts. Escalation rows arrive as the
 * server sends them, in pulled pages.
 */
import { describe, expect, it } from 'vitest';
import { encodeCursor } from '@shared/sync/cursor';
import type { ConcernEscalation } from '@shared/sync/store';
import {
  alertedConcerns,
  applyPulledPage,
  createConcern,
  dismissFailure,
  dismissedFailures,
  escalationAlerts,
  failureKey,
  markAlerted,
  readSyncState,
  takeUnrungFailures,
  type NotebookDb,
} from '../../../renderer/src/db';
import { freshDb } from '../../helpers/fake-db';
import { ctx, fields, testId } from '../../helpers/concerns';

const now = new Date('2026-12-03T10:00:00.000Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();
const weekAgo = hoursAgo(7 * 24);
let seq = 0;

/** Applies the server's escalation rows to the desk as a pull would. */
async function pull(db: NotebookDb, rows: readonly ConcernEscalation[]): Promise<void> {
  const { cursor } = await readSyncState(db);
  seq += 1;
  const page = {
    changes: rows.map((row) => ({ table: 'concern_escalations' as const, id: row.id, row })),
    lastMutationId: 0,
    cursor: encodeCursor({ epoch: 'e1', xid: seq, seq }),
    epoch: 'e1',
  };
  expect(await applyPulledPage(db, page, cursor, now.toISOString())).toMatchObject({ status: 'applied' });
}

function escalation(concernId: string, changes: Partial<ConcernEscalation> = {}): ConcernEscalation {
  const number = changes.escalationNumber ?? 1;
  return {
    id: `${concernId}:${number}`,
    concernId,
    escalationNumber: number,
    state: 'failed',
    to: ['urgent@town.example'],
    queuedAt: hoursAgo(3),
    nextAttemptAt: null,
    sentAt: null,
    failedAt: hoursAgo(2),
    attempts: 1,
    lastError: 'The mail server refused the email with code 550.',
    ...changes,
  };
}

async function topConcern(db: NotebookDb, summary: string): Promise<string> {
  const id = testId(now.getTime() - 4 * 3_600_000);
  await createConcern(db, id, fields({ summary, priority: 'top' }), ctx(new Date(hoursAgo(4))));
  return id;
}

describe('the failed priority emails the alerts list', () => {
  it('lists failures of the last week with their concern, newest first, leaving out other states and older failures', async () => {
    const db = freshDb();
    const [older, newer, sent, queued, stale] = await Promise.all(
      ['Gas smell', 'Burst main', 'Fallen tree', 'Broken lift', 'Old pothole'].map((summary) => topConcern(db, summary)),
    );
    await pull(db, [
      escalation(older!, { failedAt: hoursAgo(5) }),
      escalation(newer!, { failedAt: hoursAgo(1) }),
      escalation(sent!, { state: 'sent', sentAt: hoursAgo(1), failedAt: null, lastError: null }),
      escalation(queued!, { state: 'queued', failedAt: null, attempts: 0, lastError: null }),
      escalation(stale!, { failedAt: hoursAgo(8 * 24) }),
    ]);

    const alerts = await escalationAlerts(db, weekAgo);

    expect(alerts.map(({ concern }) => concern.summary)).toEqual(['Burst main', 'Gas smell']);
    expect(alerts[0]?.escalation.lastError).toBe('The mail server refused the email with code 550.');
  });

  it('leaves out a failure whose concern this desk does not have, since there is nothing to open', async () => {
    const db = freshDb();
    await pull(db, [escalation(testId(now.getTime()))]);
    expect(await escalationAlerts(db, weekAgo)).toEqual([]);
  });

  it('keeps following a resent email through queued and sent while it is followed', async () => {
    const db = freshDb();
    const id = await topConcern(db, 'Gas smell');
    await pull(db, [escalation(id)]);
    await pull(db, [escalation(id, { state: 'queued', failedAt: null, attempts: 0, lastError: null })]);
    expect(await escalationAlerts(db, weekAgo)).toEqual([]);
    const [followed] = await escalationAlerts(db, weekAgo, [`${id}:1`]);
    expect(followed?.escalation.state).toBe('queued');

    await pull(db, [escalation(id, { state: 'sent', sentAt: now.toISOString(), failedAt: null, attempts: 1, lastError: null })]);
    expect((await escalationAlerts(db, weekAgo, [`${id}:1`]))[0]?.escalation.state).toBe('sent');
  });
});

describe('the memory of failures that rang', () => {
  it('rings each failure once, also after the desk is closed and opened again', async () => {
    const name = `failures-restart-${process.pid}`;
    const first = freshDb(undefined, name);
    const id = await topConcern(first, 'Gas smell');
    await pull(first, [escalation(id)]);
    const [alert] = await escalationAlerts(first, weekAgo);
    const key = failureKey(alert!.escalation);
    expect(await takeUnrungFailures(first, [key], now)).toEqual([key]);
    expect(await takeUnrungFailures(first, [key], now)).toEqual([]);
    first.close();

    const again = freshDb(undefined, name);
    expect(await takeUnrungFailures(again, [key], new Date(now.getTime() + 3_600_000))).toEqual([]);
    again.close();
  });

  it('gives a failure to only one of two windows asking at once', async () => {
    const db = freshDb();
    const key = failureKey(escalation(testId(now.getTime())));
    const [one, two] = await Promise.all([takeUnrungFailures(db, [key], now), takeUnrungFailures(db, [key], now)]);
    expect([...one, ...two]).toEqual([key]);
  });

  it('rings again when a resent email fails again: that is a new failure', async () => {
    const db = freshDb();
    const concernId = testId(now.getTime());
    const first = failureKey(escalation(concernId, { failedAt: hoursAgo(3) }));
    const second = failureKey(escalation(concernId, { failedAt: hoursAgo(1) }));
    expect(first).not.toBe(second);
    await takeUnrungFailures(db, [first], now);
    expect(await takeUnrungFailures(db, [first, second], now)).toEqual([second]);
  });

  it('forgets marks after a week, and keeps the duty alerts’ memory apart', async () => {
    const db = freshDb();
    await markAlerted(db, ['duty-concern'], now);
    await takeUnrungFailures(db, ['old-failure'], new Date(now.getTime() - 8 * 24 * 3_600_000));
    await takeUnrungFailures(db, ['new-failure'], now);
    expect(await takeUnrungFailures(db, ['old-failure', 'new-failure'], now)).toEqual(['old-failure']);
    expect([...(await alertedConcerns(db)).keys()]).toEqual(['duty-concern']);
  });

  it('remembers a dismissed failure across a restart', async () => {
    const name = `failures-dismissed-${process.pid}`;
    const first = freshDb(undefined, name);
    await dismissFailure(first, 'some-escalation:1@2026-12-03T08:00:00.000Z', now);
    first.close();
    const again = freshDb(undefined, name);
    expect(await dismissedFailures(again)).toEqual(new Set(['some-escalation:1@2026-12-03T08:00:00.000Z']));
    again.close();
  });
});
