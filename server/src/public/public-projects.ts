/**
 * What the public page and its feeds show of an office: its public projects, each with only its public fields,
 * every text redacted, and how many people raised it (a number, never who).
 *
 * Redaction (shared/patterns/redact.ts) runs on every text with the personal data of the concerns linked to any
 * project shown: their contacts' names, emails and phones (merged contacts included), their street addresses,
 * and what the detectors find in the citizens' own words. A summary saying "Thanks to Maria Lopez of 12 Oak
 * Lane" is published as "Thanks to [name] of [address]", whichever project's concern she was on. The generic
 * detectors run too, so an email or phone number typed by anyone goes as well.
 */
import { createHash } from 'node:crypto';
import { PROJECT_STATUSES, ProjectSchema, projectProgress, type Project, type ProjectStatus } from '@shared/domain/project';
import { redact } from '@shared/patterns/redact';
import type { Queryable } from '../db/db';
import { personalDataOfConcernRow } from './personal-data';
import { indexPersonal, type PersonalIndex } from './personal-index';

/** A milestone as the public sees it. */
export interface PublicMilestone {
  readonly title: string;
  readonly due: string;
  readonly isDone: boolean;
}

/** A project as the public sees it: redacted texts, no staff names, no concerns. */
export interface PublicProject {
  readonly id: string;
  readonly title: string;
  readonly status: ProjectStatus;
  readonly summary: string;
  readonly progress: number;
  readonly milestones: readonly PublicMilestone[];
  readonly startDate: string;
  readonly targetDate: string;
  readonly completedDate: string;
  /** How many people raised the concerns behind it. */
  readonly raisedBy: number;
  readonly statusChangedAt: string;
  readonly updatedAt: string;
}

/** The order statuses are shown in: what is happening first, then what is next, done, proposed, declined. */
export const PUBLIC_STATUS_ORDER: readonly ProjectStatus[] = ['in-progress', 'planned', 'done', 'proposed', 'declined'];

function raisedCountOf(concern: unknown): number {
  const count = (concern as { raisedCount?: unknown } | null)?.raisedCount;
  return typeof count === 'number' && Number.isInteger(count) && count >= 1 ? count : 1;
}

function mergedIntoOf(concern: unknown): string | undefined {
  const into = (concern as { mergedInto?: unknown } | null)?.mergedInto;
  return typeof into === 'string' ? into : undefined;
}

/**
 * How many people raised a project: the sum of raisedCount of its linked concerns, where a concern merged into
 * another linked one counts nothing (its people are in that one's count already).
 */
export function raisedByOf(linked: readonly { concernId: string; concern: unknown }[]): number {
  const ids = new Set(linked.map((l) => l.concernId));
  let total = 0;
  for (const { concern } of linked) {
    const into = mergedIntoOf(concern);
    if (into !== undefined && ids.has(into)) continue;
    total += raisedCountOf(concern);
  }
  return total;
}

// No json operators (->>) on stored rows: a row may hold a string PostgreSQL cannot turn into text (\u0000, a
// lone surrogate), which the domain allows and which would fail the query. Rows are read whole and picked in JS.
async function readLinkedConcerns(db: Queryable, officeId: string, projectIds: readonly string[]): Promise<LinkedConcern[]> {
  if (projectIds.length === 0) return [];
  const wanted = new Set(projectIds);
  const { rows: links } = await db.query<{ row: unknown }>('select row from project_links where office_id = $1', [officeId]);
  const live = links
    .map(({ row }) => row as { projectId?: unknown; concernId?: unknown; unlinkedAt?: unknown } | null)
    .filter((l): l is { projectId: string; concernId: string } => typeof l?.projectId === 'string' && typeof l.concernId === 'string' && wanted.has(l.projectId) && l.unlinkedAt == null);
  if (live.length === 0) return [];
  const { rows } = await db.query<{ id: string; row: unknown }>('select id, row from concerns where office_id = $1 and id = any($2::text[])', [
    officeId,
    [...new Set(live.map((l) => l.concernId))],
  ]);
  const concerns = new Map(rows.map((r) => [r.id, r.row]));
  return live.filter((l) => concerns.has(l.concernId)).map((l) => ({ projectId: l.projectId, concernId: l.concernId, concern: concerns.get(l.concernId) }));
}

function toPublic(project: Project, raisedBy: number, personal: PersonalIndex): PublicProject {
  const clean = (text: string) => redact(text, personal.relevantTo(text));
  return {
    id: project.id,
    title: clean(project.title),
    status: project.status,
    summary: clean(project.publicSummary),
    progress: projectProgress(project),
    milestones: project.milestones.map((m) => ({ title: clean(m.title), due: m.due, isDone: m.doneAt !== null })),
    startDate: project.startDate,
    targetDate: project.targetDate,
    completedDate: project.completedDate,
    raisedBy,
    statusChangedAt: project.statusChangedAt,
    updatedAt: project.updatedAt,
  };
}

/** A concern linked to a project (by a link not unlinked), as stored. */
export interface LinkedConcern {
  readonly projectId: string;
  readonly concernId: string;
  readonly concern: unknown;
}

/**
 * The public view of stored project rows (rows that do not parse, or are not public, are left out) and the
 * concerns linked to them: redacted, newest status change first, with the personal data they were redacted of.
 */
export function publicProjectsOf(rows: readonly unknown[], linked: readonly LinkedConcern[]): { projects: PublicProject[]; personal: string[] } {
  const projects: Project[] = [];
  // A row this server cannot read is left out rather than shown half-known: the page shows only what is sure.
  for (const row of rows) {
    const parsed = ProjectSchema.safeParse(row);
    if (parsed.success && parsed.data.isPublic) projects.push(parsed.data);
  }
  const personal = new Set<string>();
  for (const { concern } of linked) for (const value of personalDataOfConcernRow(concern)) personal.add(value);
  const personalList = [...personal];
  const index = indexPersonal(personalList);
  const shown = projects
    .map((project) => toPublic(project, raisedByOf(linked.filter((l) => l.projectId === project.id)), index))
    .sort((a, b) => b.statusChangedAt.localeCompare(a.statusChangedAt) || a.id.localeCompare(b.id));
  return { projects: shown, personal: personalList };
}

/** The office's public projects, redacted, newest status change first; and the personal data they were redacted of. */
export async function readPublicProjects(db: Queryable, officeId: string): Promise<{ projects: PublicProject[]; personal: string[] }> {
  const { rows } = await db.query<{ row: unknown }>('select row from projects where office_id = $1', [officeId]);
  const candidates = rows.map((r) => r.row).filter((row) => (row as { isPublic?: unknown } | null)?.isPublic === true);
  const ids = candidates.map((row) => (row as { id?: unknown }).id).filter((id): id is string => typeof id === 'string');
  const linked = await readLinkedConcerns(db, officeId, ids);
  // Redacting is the slow part (about a second for 200 projects linked to 2,000 concerns); reading is not. The
  // same rows give the same page, so an unchanged office is redacted once, whoever asks and however often.
  const key = createHash('sha256').update(JSON.stringify([candidates, linked])).digest('base64');
  const cached = recent.get(officeId);
  if (cached?.key === key) return cached.value;
  const value = publicProjectsOf(candidates, linked);
  recent.delete(officeId);
  recent.set(officeId, { key, value });
  // Oldest first in a Map: keep the offices asked about last.
  for (const old of recent.keys()) {
    if (recent.size <= CACHED_OFFICES) break;
    recent.delete(old);
  }
  return value;
}

const CACHED_OFFICES = 50;
const recent = new Map<string, { key: string; value: { projects: PublicProject[]; personal: string[] } }>();

/** The projects by status, in PUBLIC_STATUS_ORDER, leaving out statuses with none. */
export function groupByStatus(projects: readonly PublicProject[]): { status: ProjectStatus; projects: PublicProject[] }[] {
  return PUBLIC_STATUS_ORDER.filter((s) => (PROJECT_STATUSES as readonly string[]).includes(s))
    .map((status) => ({ status, projects: projects.filter((p) => p.status === status) }))
    .filter((group) => group.projects.length > 0);
}
