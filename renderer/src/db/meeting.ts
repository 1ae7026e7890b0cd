/**
 * The monthly meeting's records as this desk knows them (theme_corrections, meeting_agenda, meeting_decisions;
 * shared/domain/meeting.ts), for the meeting view. Each read is a plain async function over the tables, so it
 * runs inside Dexie's liveQuery and the view updates when a record arrives by sync or is made at this desk.
 * Changes go through the mutators (shared/sync/mutators/meeting.ts) with runLocalMutation, never here.
 *
 * Corrections are a few dozen rows per office and read whole; agenda items and decisions are read by month.
 * Every list has one order at every desk: ties are broken by id.
 */
import type { AgendaItem, MeetingDecision, Month, ThemeCorrection } from '@shared/domain/meeting';
import type { NotebookDb } from './database';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byTime = (a: { at: string; id: string }, b: { at: string; id: string }) => (a.at < b.at ? -1 : a.at > b.at ? 1 : byId(a, b));

/** The month before `period` ("2026-01" gives "2025-12"). */
export function monthBefore(period: Month): Month {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
}

/**
 * The corrections in force (not withdrawn), oldest first: the order the pattern engine applies them in, so a
 * rename made after a merge names the merged theme.
 */
export async function correctionsInForce(db: NotebookDb): Promise<ThemeCorrection[]> {
  return (await db.theme_corrections.toArray()).filter((c) => c.withdrawnAt === null).sort(byTime);
}

/** Every correction, withdrawn ones included, newest first: the list a facilitator undoes (or redoes) from. */
export async function allCorrections(db: NotebookDb): Promise<ThemeCorrection[]> {
  return (await db.theme_corrections.toArray()).sort((a, b) => byTime(b, a));
}

/** The agenda of a month: the items still pinned, in the facilitator's order (by position, then id). */
export async function agendaOf(db: NotebookDb, period: Month): Promise<AgendaItem[]> {
  const items = await db.meeting_agenda.where('period').equals(period).toArray();
  return items.filter((item) => item.removedAt === null).sort((a, b) => a.position - b.position || byId(a, b));
}

/** The decisions and action items a month's meeting recorded, not withdrawn, in the order they were recorded. */
export async function decisionsOf(db: NotebookDb, period: Month): Promise<MeetingDecision[]> {
  const decisions = await db.meeting_decisions.where('period').equals(period).toArray();
  return decisions.filter((d) => d.withdrawnAt === null).sort(byTime);
}

/**
 * The decisions and action items of the meeting before `period`'s (not withdrawn, in the order recorded): this
 * month's view shows them beside the themes they were about, done or still open.
 */
export async function decisionsOfMonthBefore(db: NotebookDb, period: Month): Promise<MeetingDecision[]> {
  return decisionsOf(db, monthBefore(period));
}
