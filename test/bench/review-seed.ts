/**
 * The review queue bench's seeder, built into one script by the bench itself (review-queue.bench.ts) and
 * injected into a page of the served app, like seed.ts: it fills the app's own IndexedDB database with a year of
 * concerns as an office's desk holds them after a year, so the queue is measured on a realistic full desk:
 *   - the last two weeks mostly still open, older concerns mostly resolved or closed (a few percent left open);
 *   - 1% top and 3% high priority;
 *   - most concerns answered within a day or two (their response clocks stopped), the rest not;
 *   - a third of open concerns assigned to one of four go-to people, and flags on about 2% of concerns
 *     (those of resolved concerns long reviewed).
 * Deterministic for a given seed, so runs compare.
 */
import type { Concern, Priority, Status } from '@shared/domain/concern';
import { concernAssigneeId, type ConcernAssignee, type ConcernFlag, type OfficeStaff } from '@shared/domain/review';
import { searchTermsOfConcern } from '@shared/domain/search-terms';
import { uuidv7 } from '@shared/lib/uuidv7';
import { openNotebookDb } from '../../renderer/src/db/database';
import { seededRandom, syntheticConcerns } from './synthetic';

/** What the seeder wrote, for the bench to print. */
export interface ReviewSeedSummary {
  readonly total: number;
  readonly open: number;
  readonly openFlags: number;
  readonly assigned: number;
}

declare global {
  interface Window {
    seedReviewQueue?: (count: number, days: number, endMs: number) => Promise<ReviewSeedSummary>;
  }
}

const DAY = 86_400_000;
const STAFF: readonly OfficeStaff[] = [
  { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca401', displayName: 'Ana Ruiz', role: 'goto', isActive: true },
  { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca402', displayName: 'Ben Cole', role: 'goto', isActive: true },
  { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca403', displayName: 'Cleo Park', role: 'goto', isActive: true },
  { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca404', displayName: 'Dee Ray', role: 'admin', isActive: true },
];
const REASONS = ['Third call about this', 'Caller is vulnerable', 'Press have asked about it', 'Same street as last week', 'Councillor copied in'];

interface Shaped {
  readonly concern: Concern;
  readonly flags: ConcernFlag[];
  readonly assignees: ConcernAssignee[];
}

/** A synthetic concern given a life: status, priority, answer, assignee and flags by its age. */
function shape(base: Concern, endMs: number, random: () => number): Shaped {
  const createdMs = Date.parse(base.createdAt);
  const ageDays = (endMs - createdMs) / DAY;
  const openChance = ageDays < 3 ? 0.9 : ageDays < 14 ? 0.5 : 0.03;
  const isOpen = random() < openChance;
  const status: Status = isOpen ? (['new', 'acknowledged', 'in-progress'] as const)[Math.floor(random() * 3)] ?? 'new' : random() < 0.8 ? 'resolved' : 'closed';
  const roll = random();
  const priority: Priority = roll < 0.01 ? 'top' : roll < 0.04 ? 'high' : 'normal';
  const isAnswered = !isOpen || (ageDays > 1 && random() < 0.7);
  const firstResponseAt = isAnswered ? new Date(Math.min(endMs, createdMs + random() * 2 * DAY)).toISOString() : null;
  const bytes = () => crypto.getRandomValues(new Uint8Array(10));
  const assignees: ConcernAssignee[] = [];
  if (isOpen && random() < 0.33) {
    const staffId = STAFF[Math.floor(random() * STAFF.length)]?.id ?? '';
    assignees.push({ id: concernAssigneeId(base.id, staffId), concernId: base.id, staffId, addIds: [uuidv7(createdMs + 60_000, bytes())] });
  }
  const flags: ConcernFlag[] = [];
  if (random() < 0.02) {
    const at = new Date(createdMs + 3_600_000).toISOString();
    const isReviewed = !isOpen || random() < 0.5;
    flags.push({
      id: uuidv7(createdMs + 3_600_000, bytes()),
      concernId: base.id,
      reason: REASONS[Math.floor(random() * REASONS.length)] ?? 'Please look',
      by: 'Bench desk',
      at,
      reviewedAt: isReviewed ? new Date(createdMs + DAY).toISOString() : null,
      reviewedBy: isReviewed ? 'Ana Ruiz' : null,
    });
  }
  const concern: Concern = {
    ...base,
    status,
    priority,
    firstResponseAt,
    assignees: assignees.map((a) => a.staffId),
    raisedCount: random() < 0.02 ? 2 + Math.floor(random() * 4) : 1,
  };
  return { concern, flags, assignees };
}

window.seedReviewQueue = async (count, days, endMs) => {
  const db = openNotebookDb();
  await db.open();
  const random = seededRandom(7);
  const shaped = syntheticConcerns(count, days, endMs).map((c) => shape(c, endMs, random));
  const chunk = 5000;
  for (let i = 0; i < shaped.length; i += chunk) {
    const part = shaped.slice(i, i + chunk);
    await db.transaction('rw', [db.concerns, db.concern_flags, db.concern_assignees], async () => {
      await db.concerns.bulkAdd(part.map(({ concern }) => ({ ...concern, terms: searchTermsOfConcern(concern) })));
      await db.concern_flags.bulkAdd(part.flatMap((s) => s.flags));
      await db.concern_assignees.bulkAdd(part.flatMap((s) => s.assignees));
    });
  }
  await db.office_staff.bulkPut([...STAFF]);
  const summary: ReviewSeedSummary = {
    total: await db.concerns.count(),
    open: shaped.filter((s) => ['new', 'acknowledged', 'in-progress'].includes(s.concern.status)).length,
    openFlags: shaped.reduce((n, s) => n + s.flags.filter((f) => f.reviewedAt === null).length, 0),
    assigned: shaped.filter((s) => s.assignees.length > 0).length,
  };
  db.close();
  return summary;
};
