/**
 * @mention alerts: comments that mention a staff member (concern_comments.mentions holds staff ids), and what
 * this desk remembers of them, as the failure alerts remember theirs (alerts.ts): two sync_state keys, each a
 * map of comment id to when it was marked, written in one transaction so two windows never both take an id:
 *   seenMentions   mentions opened or dismissed here: no longer listed
 *   rungMentions   mentions that already raised a desktop notification: never ring again, even after a restart
 * Only comments of the last MENTION_WINDOW_MS are looked at, read through the primary key (comment ids are
 * UUIDv7, made when the comment was written, so they sort by time): the table is never read whole. Marks are
 * kept a while longer than the window, so nothing inside it comes back after its mark is pruned.
 */
import type { ConcernComment } from '@shared/domain/review';
import { concernReference } from '@shared/domain/reference';
import { uuidv7 } from '@shared/lib/uuidv7';
import { tablesOf, type NotebookDb } from './database';

/** The sync_state keys of the mention memories. */
export const MENTION_MEMORIES = { seen: 'seenMentions', rung: 'rungMentions' } as const;

/** Name of a mention memory. */
export type MentionMemory = keyof typeof MENTION_MEMORIES;

/** How far back mentions are listed: two weeks covers a holiday; older ones are in the concern's timeline. */
export const MENTION_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;

/** How long a mark is kept: longer than the window, so a mention never shows or rings twice. */
export const MENTION_MEMORY_MS = MENTION_WINDOW_MS + 7 * 24 * 60 * 60 * 1000;

/** A comment mentioning the person, with the concern it is on (when this desk has it). */
export interface MentionAlert {
  readonly comment: ConcernComment;
  readonly concernId: string;
  /** The concern's summary, or undefined while the concern itself has not reached this desk. */
  readonly summary: string | undefined;
  readonly reference: string;
}

/** Who the person is: their staff id (mentions) and the names their own comments carry. */
export interface MentionReader {
  readonly staffId: string;
  readonly ownNames: readonly string[];
}

function parseMarks(value: unknown): Map<string, string> {
  const entries = value !== null && typeof value === 'object' ? Object.entries(value as Record<string, unknown>) : [];
  return new Map(entries.filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** The ids marked in a mention memory, with when. */
export async function mentionMarks(db: NotebookDb, memory: MentionMemory): Promise<Map<string, string>> {
  return parseMarks((await db.sync_state.get(MENTION_MEMORIES[memory]))?.value);
}

/**
 * Marks these comment ids in a mention memory (now), forgetting marks older than MENTION_MEMORY_MS; resolves
 * with the ids not marked before (an id already marked keeps its first mark).
 */
export async function markMentions(db: NotebookDb, memory: MentionMemory, ids: readonly string[], now: Date = new Date()): Promise<string[]> {
  return db.transaction('rw', db.sync_state, async (tx) => {
    const table = tablesOf(tx).sync_state;
    const known = parseMarks((await table.get(MENTION_MEMORIES[memory]))?.value);
    const fresh = [...new Set(ids)].filter((id) => !known.has(id));
    if (fresh.length === 0) return fresh;
    for (const id of fresh) known.set(id, now.toISOString());
    const cutoff = new Date(now.getTime() - MENTION_MEMORY_MS).toISOString();
    await table.put({ key: MENTION_MEMORIES[memory], value: Object.fromEntries([...known].filter(([, at]) => at >= cutoff)) });
    return fresh;
  });
}

/** True when the comment mentions the reader and is not their own. */
export function isMentionOf(comment: ConcernComment, reader: MentionReader): boolean {
  return comment.mentions.includes(reader.staffId) && !reader.ownNames.includes(comment.by);
}

/** The smallest UUIDv7 of an instant: every id made at or after it sorts at or after this one. */
function firstIdAt(ms: number): string {
  return uuidv7(Math.max(0, ms), new Uint8Array(10));
}

/** Comments of the window that mention the reader (not their own), newest first, seen ones included. */
export async function recentMentions(db: NotebookDb, reader: MentionReader, now: Date = new Date()): Promise<MentionAlert[]> {
  const since = now.getTime() - MENTION_WINDOW_MS;
  const comments = (await db.concern_comments.where('id').aboveOrEqual(firstIdAt(since)).toArray()).filter((c) => isMentionOf(c, reader));
  if (comments.length === 0) return [];
  const concerns = await db.concerns.bulkGet([...new Set(comments.map((c) => c.concernId))]);
  const summaries = new Map(concerns.flatMap((row) => (row === undefined ? [] : [[row.id, row.summary] as const])));
  return comments
    .sort((a, b) => (a.at > b.at ? -1 : a.at < b.at ? 1 : a.id < b.id ? 1 : -1))
    .map((comment) => ({
      comment,
      concernId: comment.concernId,
      summary: summaries.get(comment.concernId),
      reference: concernReference(comment.concernId),
    }));
}

/** The mentions of the reader not yet opened or dismissed at this desk, newest first. */
export async function unseenMentions(db: NotebookDb, reader: MentionReader, now: Date = new Date()): Promise<MentionAlert[]> {
  const [all, seen] = await Promise.all([recentMentions(db, reader, now), mentionMarks(db, 'seen')]);
  return all.filter((alert) => !seen.has(alert.comment.id));
}

/** Marks mentions seen (opened or dismissed): they leave the list at this desk. */
export async function markMentionsSeen(db: NotebookDb, commentIds: readonly string[], now: Date = new Date()): Promise<void> {
  await markMentions(db, 'seen', commentIds, now);
}

/** Marks mentions as rung and resolves with those that had not rung before: ring only for these. */
export async function takeUnrungMentions(db: NotebookDb, commentIds: readonly string[], now: Date = new Date()): Promise<string[]> {
  return markMentions(db, 'rung', commentIds, now);
}
