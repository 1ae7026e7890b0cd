/**
 * A concern's timeline, the office's audit trail: every row that says what happened to it, from every table,
 * as one list of events, oldest first, each with when and who (null: the office server did it). It spans the
 * concern and every concern merged into it (timelineConcernIds): a merge moves no rows, so a duplicate's
 * history, comments and flags are read under the duplicate's own id, and each event names the concern it came
 * from (`sourceId`). Read-only: nothing here writes.
 *
 * Sources: history (one entry per save, groupSaves; a response's own 'response' field is left out, the
 * response event says it), concern_flags (raised; reviewed), concern_comments, concern_responses,
 * concern_escalations (queued, sent, failed, handled), escalation_fallbacks, citizen_acknowledgements
 * (queued, sent, failed). Assignments and merges are history changes (assignees, mergedFrom, mergedInto).
 */
import type { Concern } from '@shared/domain/concern';
import type { FieldChange } from '@shared/domain/history';
import type { ConcernComment, ConcernFlag, ConcernResponse } from '@shared/domain/review';
import { timelineConcernIds } from '@shared/domain/review-merge';
import type { CitizenAcknowledgement, ConcernEscalation, EscalationFallback } from '@shared/sync/store';
import type { NotebookDb } from './database';
import { groupSaves } from './history';
import { fromStored } from './stored-concern';

/** What an event is, with the row it came from. */
export type TimelineEventBody =
  | { readonly kind: 'created' }
  | { readonly kind: 'edited'; readonly changes: readonly FieldChange[] }
  | { readonly kind: 'flagged'; readonly flag: ConcernFlag }
  | { readonly kind: 'flagReviewed'; readonly flag: ConcernFlag }
  | { readonly kind: 'comment'; readonly comment: ConcernComment }
  | { readonly kind: 'response'; readonly response: ConcernResponse }
  | { readonly kind: 'escalation'; readonly state: 'queued' | 'sent' | 'failed' | 'handled'; readonly escalation: ConcernEscalation }
  | { readonly kind: 'fallback'; readonly fallback: EscalationFallback }
  | { readonly kind: 'acknowledgement'; readonly state: 'queued' | 'sent' | 'failed'; readonly acknowledgement: CitizenAcknowledgement };

/** One event of a timeline. */
export type TimelineEvent = TimelineEventBody & {
  /** Unique within the timeline (a React key). */
  readonly key: string;
  /** When, ISO 8601 UTC. */
  readonly at: string;
  /** Who, by name; null when the office server did it (emails). */
  readonly by: string | null;
  /** The concern the row belongs to: the opened one, or one merged into it. */
  readonly sourceId: string;
};

/** A concern's timeline and what its words need. */
export interface Timeline {
  readonly concern: Concern;
  readonly events: readonly TimelineEvent[];
  /** Display names of the office's staff by id (assignees, mentions). */
  readonly staffNames: ReadonlyMap<string, string>;
}

// Within one instant: the concern's creation first, then the rest by kind, then by key: a stable order at every desk.
const KIND_RANK: Readonly<Record<TimelineEventBody['kind'], number>> = {
  created: 0,
  edited: 1,
  response: 2,
  flagged: 3,
  flagReviewed: 4,
  comment: 5,
  fallback: 6,
  escalation: 7,
  acknowledgement: 8,
};

/** Orders events oldest first (see KIND_RANK for one instant). */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.at !== b.at) return a.at < b.at ? -1 : 1;
  if (a.kind !== b.kind) return KIND_RANK[a.kind] - KIND_RANK[b.kind];
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function escalationEvents(row: ConcernEscalation): TimelineEvent[] {
  const base = { kind: 'escalation' as const, escalation: row, by: null, sourceId: row.concernId };
  const out: TimelineEvent[] = [{ ...base, state: 'queued', key: `escalation:${row.id}:queued`, at: row.queuedAt }];
  if (row.sentAt !== null) out.push({ ...base, state: 'sent', key: `escalation:${row.id}:sent`, at: row.sentAt });
  if (row.state === 'failed' && row.failedAt !== null) out.push({ ...base, state: 'failed', key: `escalation:${row.id}:failed`, at: row.failedAt });
  if (row.state === 'handled' && row.handledAt != null) out.push({ ...base, state: 'handled', key: `escalation:${row.id}:handled`, at: row.handledAt });
  return out;
}

function acknowledgementEvents(row: CitizenAcknowledgement): TimelineEvent[] {
  const base = { kind: 'acknowledgement' as const, acknowledgement: row, by: null, sourceId: row.concernId };
  const out: TimelineEvent[] = [{ ...base, state: 'queued', key: `ack:${row.id}:queued`, at: row.queuedAt }];
  if (row.sentAt !== null) out.push({ ...base, state: 'sent', key: `ack:${row.id}:sent`, at: row.sentAt });
  if (row.state === 'failed' && row.failedAt !== null) out.push({ ...base, state: 'failed', key: `ack:${row.id}:failed`, at: row.failedAt });
  return out;
}

function flagEvents(flag: ConcernFlag): TimelineEvent[] {
  const out: TimelineEvent[] = [{ kind: 'flagged', flag, key: `flag:${flag.id}`, at: flag.at, by: flag.by, sourceId: flag.concernId }];
  if (flag.reviewedAt !== null) {
    out.push({ kind: 'flagReviewed', flag, key: `flag:${flag.id}:reviewed`, at: flag.reviewedAt, by: flag.reviewedBy, sourceId: flag.concernId });
  }
  return out;
}

/** The history events of one concern: one per save, without the 'response' field its response event says. */
function historyEvents(entries: Parameters<typeof groupSaves>[0]): TimelineEvent[] {
  return groupSaves(entries).flatMap((entry): TimelineEvent[] => {
    const base = { key: `history:${entry.id}`, at: entry.at, by: entry.by, sourceId: entry.concernId };
    if (entry.kind === 'created') return [{ ...base, kind: 'created' }];
    const changes = entry.changes.filter((change) => change.field !== 'response');
    return changes.length === 0 ? [] : [{ ...base, kind: 'edited', changes }];
  });
}

/** The timeline of a concern and of every concern merged into it; undefined when the concern is not on this desk. */
export async function timelineOf(db: NotebookDb, concernId: string): Promise<Timeline | undefined> {
  const row = await db.concerns.get(concernId);
  if (row === undefined) return undefined;
  const concern = fromStored(row);
  const ids = timelineConcernIds(concern);
  const [history, flags, comments, responses, escalations, fallbacks, acknowledgements, staff] = await Promise.all([
    db.history.where('concernId').anyOf(ids).toArray(),
    db.concern_flags.where('concernId').anyOf(ids).toArray(),
    db.concern_comments.where('concernId').anyOf(ids).toArray(),
    db.concern_responses.where('concernId').anyOf(ids).toArray(),
    db.concern_escalations.where('concernId').anyOf(ids).toArray(),
    db.escalation_fallbacks.where('concernId').anyOf(ids).toArray(),
    // One acknowledgement per concern, keyed by the concern's id.
    db.citizen_acknowledgements.bulkGet(ids),
    db.office_staff.toArray(),
  ]);
  const events: TimelineEvent[] = [
    // Grouped per concern: a merge writes an entry on both concerns at the same instant, which are not one save.
    ...ids.flatMap((id) => historyEvents(history.filter((entry) => entry.concernId === id))),
    ...flags.flatMap(flagEvents),
    ...comments.map((comment): TimelineEvent => ({ kind: 'comment', comment, key: `comment:${comment.id}`, at: comment.at, by: comment.by, sourceId: comment.concernId })),
    ...responses.map((response): TimelineEvent => ({ kind: 'response', response, key: `response:${response.id}`, at: response.at, by: response.by, sourceId: response.concernId })),
    ...escalations.flatMap(escalationEvents),
    ...fallbacks.map((fallback): TimelineEvent => ({ kind: 'fallback', fallback, key: `fallback:${fallback.id}`, at: fallback.at, by: fallback.by, sourceId: fallback.concernId })),
    ...acknowledgements.flatMap((ack) => (ack === undefined ? [] : acknowledgementEvents(ack))),
  ];
  return { concern, events: events.sort(compareEvents), staffNames: new Map(staff.map((member) => [member.id, member.displayName])) };
}

/** What the review panel shows besides the timeline: the concern, its open flags (its own and its duplicates'), staff names. */
export interface ReviewPanelData {
  readonly concern: Concern;
  /** Flags not yet reviewed, oldest first. */
  readonly openFlags: readonly ConcernFlag[];
  readonly staffNames: ReadonlyMap<string, string>;
}

/** The review panel's data; undefined when the concern is not on this desk. */
export async function reviewPanelOf(db: NotebookDb, concernId: string): Promise<ReviewPanelData | undefined> {
  const row = await db.concerns.get(concernId);
  if (row === undefined) return undefined;
  const concern = fromStored(row);
  const [flags, staff] = await Promise.all([
    db.concern_flags.where('concernId').anyOf(timelineConcernIds(concern)).toArray(),
    db.office_staff.toArray(),
  ]);
  const openFlags = flags.filter((flag) => flag.reviewedAt === null).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : 1));
  return { concern, openFlags, staffNames: new Map(staff.map((member) => [member.id, member.displayName])) };
}
