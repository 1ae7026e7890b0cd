/** @mention alerts on a desk: which comments mention the person, and what the desk remembers of them. */
import { describe, expect, it } from 'vitest';
import { createConcern, runLocalMutation, type NotebookDb } from '../../../renderer/src/db';
import {
  MENTION_WINDOW_MS,
  isMentionOf,
  markMentionsSeen,
  mentionMarks,
  recentMentions,
  takeUnrungMentions,
  unseenMentions,
} from '../../../renderer/src/db/mentions';
import { freshDb } from '../../helpers/fake-db';
import { fields, testId } from '../../helpers/concerns';

const BEN = '1b4e28ba-2fa1-41d2-883f-0016d3cca401';
const ANA = '1b4e28ba-2fa1-41d2-883f-0016d3cca402';
const NOW = new Date('2026-12-03T12:00:00.000Z');
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const HOUR = 3_600_000;
const ben = { staffId: BEN, ownNames: ['Ben Cole', 'Ben at desk 2'] };

async function deskWithConcern(): Promise<{ db: NotebookDb; concernId: string }> {
  const db = freshDb();
  const concernId = testId(NOW.getTime() - 30 * 24 * HOUR);
  await createConcern(db, concernId, fields({ summary: 'Fallen oak on Elm St' }), { at: ago(30 * 24 * HOUR), by: 'Ana Ruiz' });
  return { db, concernId };
}

const comment = (db: NotebookDb, concernId: string, by: string, msAgo: number, text: string, mentions: string[]) =>
  runLocalMutation(db, 'addComment', { id: concernId, text, mentions }, { at: ago(msAgo), by });

describe('mentions', () => {
  it('lists comments of the last two weeks that mention the person, newest first, never their own', async () => {
    const { db, concernId } = await deskWithConcern();
    await comment(db, concernId, 'Ana Ruiz', 2 * HOUR, '@Ben Cole can you call the tree crew?', [BEN]);
    await comment(db, concernId, 'Ana Ruiz', 1 * HOUR, 'Done, thanks @Ben Cole', [BEN, ANA]);
    await comment(db, concernId, 'Ana Ruiz', 3 * HOUR, 'Note for me only', [ANA]);
    await comment(db, concernId, 'Ben Cole', 4 * HOUR, 'Reminding myself @Ben Cole', [BEN]);
    await comment(db, concernId, 'Ana Ruiz', MENTION_WINDOW_MS + HOUR, 'Long ago @Ben Cole', [BEN]);
    const found = await recentMentions(db, ben, NOW);
    expect(found.map((m) => m.comment.text)).toEqual(['Done, thanks @Ben Cole', '@Ben Cole can you call the tree crew?']);
    expect(found[0]).toMatchObject({ concernId, summary: 'Fallen oak on Elm St' });
  });

  it('drops a mention once seen, and remembers it across a reopened database', async () => {
    const { db, concernId } = await deskWithConcern();
    await comment(db, concernId, 'Ana Ruiz', HOUR, '@Ben Cole look', [BEN]);
    const [first] = await unseenMentions(db, ben, NOW);
    await markMentionsSeen(db, [first!.comment.id], NOW);
    expect(await unseenMentions(db, ben, NOW)).toEqual([]);
    db.close();
    await db.open();
    expect(await unseenMentions(db, ben, NOW)).toEqual([]);
    expect((await mentionMarks(db, 'seen')).has(first!.comment.id)).toBe(true);
  });

  it('rings each mention once: the second take gets nothing', async () => {
    const { db, concernId } = await deskWithConcern();
    await comment(db, concernId, 'Ana Ruiz', HOUR, '@Ben Cole look', [BEN]);
    const ids = (await unseenMentions(db, ben, NOW)).map((m) => m.comment.id);
    expect(await takeUnrungMentions(db, ids, NOW)).toEqual(ids);
    expect(await takeUnrungMentions(db, ids, NOW)).toEqual([]);
  });

  it('forgets marks older than the memory, keeping recent ones', async () => {
    const { db } = await deskWithConcern();
    await markMentionsSeen(db, ['old'], new Date(NOW.getTime() - 40 * 24 * HOUR));
    await markMentionsSeen(db, ['new'], NOW);
    expect([...(await mentionMarks(db, 'seen')).keys()]).toEqual(['new']);
  });

  it('tells a mention of the person from their own comment', () => {
    const base = { id: testId(NOW.getTime()), concernId: testId(NOW.getTime()), text: 'x', at: NOW.toISOString() };
    expect(isMentionOf({ ...base, by: 'Ana Ruiz', mentions: [BEN] }, ben)).toBe(true);
    expect(isMentionOf({ ...base, by: 'Ben at desk 2', mentions: [BEN] }, ben)).toBe(false);
    expect(isMentionOf({ ...base, by: 'Ana Ruiz', mentions: [ANA] }, ben)).toBe(false);
  });
});
