/**
 * Which open concerns are in the review queue, and what the queue's table shows of each (pure: no database).
 * An open concern (status new, acknowledged or in progress; a concern merged into another is closed) is in the
 * queue when any of these holds, and the row says which:
 *   - flagged: a colleague flagged it and no reviewer has marked the flag reviewed (the flags of concerns merged
 *     into it count as its own, as shared/sync/mutators/review.ts reviews them there);
 *   - priority: it is high or top priority;
 *   - overdue: nobody has answered the citizen (Concern.firstResponseAt) and its first-response target passed;
 *   - assigned: someone is assigned to it.
 */
import { reviewStateOf, type Channel, type Concern, type Priority, type Status } from '@shared/domain/concern';
import { concernReference } from '@shared/domain/reference';
import type { ConcernFlag, OfficeStaff } from '@shared/domain/review';
import { dueAt, type ResponsePolicy } from '@shared/domain/response-clock';

/** Why a concern is in the queue. */
export type QueueReason = 'flagged' | 'priority' | 'overdue' | 'assigned';

/** A concern's open flags: how many, and the latest one's reason, author and time. */
export interface QueueFlags {
  readonly count: number;
  readonly latestReason: string;
  readonly latestBy: string;
  readonly latestAt: string;
}

/** Someone a concern is assigned to; name null when this desk does not know them (not yet synced). */
export interface QueueAssignee {
  readonly id: string;
  readonly name: string | null;
}

/** One row of the review queue. */
export interface QueueRow {
  readonly id: string;
  readonly reference: string;
  readonly summary: string;
  readonly priority: Priority;
  readonly status: Status;
  readonly channel: Channel;
  readonly category: string;
  readonly tags: readonly string[];
  readonly area: string;
  readonly address: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly assignees: readonly QueueAssignee[];
  /** Its open flags, null when none. */
  readonly flags: QueueFlags | null;
  /** When the first response is (or was) due, ISO 8601 UTC; '' when its times cannot be read. */
  readonly dueAt: string;
  /** When the citizen was first answered (the clock stopped), null while nobody has. */
  readonly answeredAt: string | null;
  readonly isOverdue: boolean;
  readonly raisedCount: number;
  /** Why it is in the queue, in the order of QueueReason. */
  readonly reasons: readonly QueueReason[];
  /** The concern itself, for its clock badge and for whoever opens it. */
  readonly concern: Concern;
}

// Due times depend only on when a concern was logged, its priority and the policy; every tick of the clock
// re-checks thousands of rows, so each is worked out once per policy (business-day arithmetic is not free).
// Keyed by the policy's content, not its object: the queue warmed at start and the page share the work.
const dueCache = new Map<string, Map<string, number>>();
let lastPolicy: { readonly policy: ResponsePolicy; readonly key: string } | undefined;

function cacheOf(policy: ResponsePolicy): Map<string, number> {
  if (lastPolicy?.policy !== policy) lastPolicy = { policy, key: JSON.stringify(policy) };
  let cache = dueCache.get(lastPolicy.key);
  if (cache === undefined) {
    // One policy at a time in practice; an office changing its hours leaves the old times to be collected.
    dueCache.clear();
    cache = new Map();
    dueCache.set(lastPolicy.key, cache);
  }
  return cache;
}

function dueMsOf(concern: Concern, policy: ResponsePolicy): number {
  const cache = cacheOf(policy);
  const key = `${concern.createdAt}|${concern.priority}`;
  let due = cache.get(key);
  if (due === undefined) {
    try {
      due = Date.parse(dueAt(concern.createdAt, concern.priority, policy));
    } catch {
      // A malformed time (never written by this app) must not empty the queue: no clock for that one.
      due = Number.NaN;
    }
    cache.set(key, due);
  }
  return due;
}

/** Open flags grouped by the concern they now belong to (a duplicate's flags go to its survivor). */
function flagsByConcern(concerns: readonly Concern[], openFlags: readonly ConcernFlag[]): Map<string, QueueFlags> {
  const survivorOf = new Map<string, string>();
  for (const concern of concerns) {
    for (const duplicate of reviewStateOf(concern).mergedFrom) survivorOf.set(duplicate, concern.id);
  }
  const grouped = new Map<string, QueueFlags>();
  for (const flag of openFlags) {
    const owner = survivorOf.get(flag.concernId) ?? flag.concernId;
    const before = grouped.get(owner);
    const isLatest = before === undefined || flag.at > before.latestAt;
    grouped.set(owner, {
      count: (before?.count ?? 0) + 1,
      latestReason: isLatest ? flag.reason : before.latestReason,
      latestBy: isLatest ? flag.by : before.latestBy,
      latestAt: isLatest ? flag.at : before.latestAt,
    });
  }
  return grouped;
}

const OPEN = new Set<Status>(['new', 'acknowledged', 'in-progress']);

/**
 * The queue's rows, in no particular order: the concerns of `concerns` that are in the queue at `now` (ms),
 * with their open flags and assignees' names.
 */
export function queueRowsOf(
  source: { readonly concerns: readonly Concern[]; readonly openFlags: readonly ConcernFlag[]; readonly staff: readonly OfficeStaff[] },
  policy: ResponsePolicy,
  now: number,
): QueueRow[] {
  const flags = flagsByConcern(source.concerns, source.openFlags);
  const names = new Map(source.staff.map((member) => [member.id, member.displayName]));
  const rows: QueueRow[] = [];
  for (const concern of source.concerns) {
    const state = reviewStateOf(concern);
    if (!OPEN.has(concern.status) || state.mergedInto !== null) continue;
    const due = dueMsOf(concern, policy);
    const isOverdue = state.firstResponseAt === null && now > due;
    const flagged = flags.get(concern.id) ?? null;
    const reasons: QueueReason[] = [];
    if (flagged !== null) reasons.push('flagged');
    if (concern.priority !== 'normal') reasons.push('priority');
    if (isOverdue) reasons.push('overdue');
    if (state.assignees.length > 0) reasons.push('assigned');
    if (reasons.length === 0) continue;
    rows.push({
      id: concern.id,
      reference: concernReference(concern.id),
      summary: concern.summary,
      priority: concern.priority,
      status: concern.status,
      channel: concern.channel,
      category: concern.category,
      tags: concern.tags,
      area: concern.location.area,
      address: concern.location.address,
      createdAt: concern.createdAt,
      createdBy: concern.createdBy,
      assignees: state.assignees.map((id) => ({ id, name: names.get(id) ?? null })),
      flags: flagged,
      dueAt: Number.isNaN(due) ? '' : new Date(due).toISOString(),
      answeredAt: state.firstResponseAt,
      isOverdue,
      raisedCount: state.raisedCount,
      reasons,
      concern,
    });
  }
  return rows;
}
