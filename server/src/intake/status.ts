/**
 * What the public may learn about a submission from its reference: its status, when it was received and first
 * answered, its category, whether it was combined with a similar one, and the projects it led to that the
 * office shows on its published status list (redacted there already, public-projects.ts). Never the summary or
 * details, the citizen's name or contact, nor any staff name: a reference can be read over a shoulder.
 *
 * A concern merged into another (a duplicate) takes the status of the one it was merged into, since that is
 * where the work happens. Rows are read loosely, as the public page does: a field this server cannot read is
 * left out rather than guessed.
 */
import type { Status } from '@shared/domain/concern';
import { STATUSES } from '@shared/domain/concern';
import type { Queryable } from '../db/db';
import { readPublicProjects, type PublicProject } from '../public/public-projects';
import type { SubmissionRecord } from './intake';

/** A submission's status as the public sees it. */
export interface PublicSubmissionStatus {
  /** Canonical (10 characters, no dash). */
  readonly reference: string;
  readonly receivedAt: Date;
  /** The concern's status, or 'removed' when the office deleted it. */
  readonly status: Status | 'removed';
  /** It was combined with a similar submission; the status is that one's. */
  readonly isMerged: boolean;
  /** The category it is filed under; '' for none. */
  readonly category: string;
  /** When the office first answered (ISO 8601), or null. */
  readonly firstResponseAt: string | null;
  /** The public projects it is part of, when the office's status list is published. */
  readonly projects: readonly PublicProject[];
}

/** Most merges followed: a chain longer than this is a damaged row, not a real history. */
const MAX_MERGE_HOPS = 10;

function field(row: unknown, name: string): unknown {
  return typeof row === 'object' && row !== null ? (row as Record<string, unknown>)[name] : undefined;
}

async function readConcern(q: Queryable, officeId: string, id: string): Promise<unknown> {
  const { rows } = await q.query<{ row: unknown }>('select row from concerns where office_id = $1 and id = $2', [officeId, id]);
  return rows[0]?.row;
}

/** The concern and those it was merged into, in order (the last is where the work happens). */
async function mergeChain(q: Queryable, officeId: string, concernId: string): Promise<{ ids: string[]; rows: unknown[] }> {
  const ids = [concernId];
  const rows = [await readConcern(q, officeId, concernId)];
  for (let hop = 0; hop < MAX_MERGE_HOPS; hop += 1) {
    const into = field(rows.at(-1), 'mergedInto');
    if (typeof into !== 'string' || ids.includes(into)) break;
    const next = await readConcern(q, officeId, into);
    if (next === undefined) break;
    ids.push(into);
    rows.push(next);
  }
  return { ids, rows };
}

async function isPagePublished(q: Queryable, officeId: string): Promise<boolean> {
  const { rows } = await q.query<{ is_published: boolean }>('select is_published from public_pages where office_id = $1', [officeId]);
  return rows[0]?.is_published === true;
}

/** The public projects linked (and not unlinked) to any of the concerns. */
async function projectsOf(q: Queryable, officeId: string, concernIds: readonly string[]): Promise<PublicProject[]> {
  if (!(await isPagePublished(q, officeId))) return [];
  const { rows } = await q.query<{ row: unknown }>('select row from project_links where office_id = $1', [officeId]);
  const linked = new Set<string>();
  for (const { row } of rows) {
    const projectId = field(row, 'projectId');
    if (typeof projectId === 'string' && concernIds.includes(String(field(row, 'concernId'))) && field(row, 'unlinkedAt') == null) linked.add(projectId);
  }
  if (linked.size === 0) return [];
  const { projects } = await readPublicProjects(q, officeId);
  return projects.filter((p) => linked.has(p.id));
}

/** The public status of a stored submission. */
export async function concernStatusOf(q: Queryable, submission: SubmissionRecord): Promise<PublicSubmissionStatus> {
  const { ids, rows } = await mergeChain(q, submission.officeId, submission.concernId);
  const own = rows[0];
  const current = rows.at(-1);
  const status = field(current, 'status');
  const category = field(own, 'category');
  const firstResponseAt = field(own, 'firstResponseAt') ?? field(current, 'firstResponseAt');
  return {
    reference: submission.reference,
    receivedAt: submission.receivedAt,
    status: own === undefined ? 'removed' : (STATUSES as readonly unknown[]).includes(status) ? (status as Status) : 'new',
    isMerged: ids.length > 1,
    category: typeof category === 'string' ? category : '',
    firstResponseAt: typeof firstResponseAt === 'string' ? firstResponseAt : null,
    projects: own === undefined ? [] : await projectsOf(q, submission.officeId, ids),
  };
}
