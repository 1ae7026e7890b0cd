/**
 * GET requests and GET requests/{id}: the office's concerns filed under an enabled service, as the public sees
 * them (request-view.ts). The spec's filters: service_request_id (a comma list, which overrides the rest),
 * service_code and status (comma lists), start_date and end_date on requested_datetime (the request's creation).
 * The window is the spec's: at most 90 days; the last 90 days when neither date is given, 90 days after
 * start_date or before end_date when only one is; and at most 1,000 requests, newest first.
 *
 * Rows are read whole and picked in JS (no json operators on stored rows: see public/public-projects.ts); a row
 * this server cannot parse is left out rather than shown half-known. Only the window's rows are read, through
 * the created_at column (migration 015), with the rows that have none, which the JS filter judges by their row.
 */
import { ConcernSchema, type Concern } from '@shared/domain/concern';
import type { Open311ServiceMapping } from '@shared/api/open311';
import type { Open311Request, Open311Status } from '@shared/open311/schemas';
import type { Queryable } from '../db/db';
import { formatReference, normalizeReference } from '../intake/intake';
import { readOfficeProfile } from '../office/profile';
import { PUBLIC_MESSAGES } from '../public/messages';
import { readPublicProjects } from '../public/public-projects';
import { requestView, type Open311Extras, type RequestSource } from './request-view';
import { readServices, type Open311Office } from './settings';

/** Most requests one answer lists, and the longest window, as the spec says. */
export const MAX_REQUESTS = 1000;
/** The longest window between start_date and end_date. */
export const MAX_WINDOW_MS = 90 * 24 * 3_600_000;

/** The filters of GET requests, checked (query.ts). */
export interface RequestFilters {
  /** Ids as sent; when given, the other filters are ignored. */
  readonly ids?: readonly string[];
  readonly serviceCodes?: readonly string[];
  readonly statuses?: readonly Open311Status[];
  readonly start: Date;
  readonly end: Date;
}

interface Stored {
  readonly concern: Concern;
  readonly service: Open311ServiceMapping;
}

/** Which concern rows to read: those with these ids, or those made in the window (and any without a time). */
type Wanted = { readonly ids: readonly string[] } | { readonly start: Date; readonly end: Date };

async function readStored(q: Queryable, officeId: string, wanted: Wanted): Promise<Stored[]> {
  const services = (await readServices(q, officeId)).filter((s) => s.isEnabled);
  const byCategory = new Map<string, Open311ServiceMapping>();
  // The first service of a category in the admin's order is the one its concerns show under.
  for (const s of services) if (!byCategory.has(s.category.toLowerCase())) byCategory.set(s.category.toLowerCase(), s);
  const { rows } =
    'ids' in wanted
      ? await q.query<{ row: unknown }>('select row from concerns where office_id = $1 and id = any($2::text[])', [officeId, wanted.ids])
      : await q.query<{ row: unknown }>(
          'select row from concerns where office_id = $1 and (created_at between $2::timestamptz and $3::timestamptz or created_at is null)',
          [officeId, wanted.start.toISOString(), wanted.end.toISOString()],
        );
  const stored: Stored[] = [];
  for (const { row } of rows) {
    const parsed = ConcernSchema.safeParse(row);
    if (!parsed.success) continue;
    const service = byCategory.get(parsed.data.category.toLowerCase());
    if (service !== undefined) stored.push({ concern: parsed.data, service });
  }
  return stored;
}

/** Concern ids of the ids a client sent: a reference (any way it is typed) or a concern's own id. */
async function concernIdsOf(q: Queryable, officeId: string, sent: readonly string[]): Promise<string[]> {
  // No stored id holds a NUL, and PostgreSQL refuses one in text outright: such an id is simply not found.
  const ids = sent.filter((id) => !id.includes('\u0000'));
  const references = ids.map(normalizeReference).filter((r): r is string => r !== undefined);
  const { rows } = await q.query<{ concern_id: string }>('select concern_id from intake_submissions where office_id = $1 and reference = any($2::text[])', [
    officeId,
    references,
  ]);
  return [...new Set([...ids.map((id) => id.toLowerCase()), ...rows.map((r) => r.concern_id)])];
}

async function sourcesOf(q: Queryable, officeId: string, picked: readonly Stored[]): Promise<RequestSource[]> {
  const ids = picked.map((p) => p.concern.id);
  const { rows: refs } = await q.query<{ concern_id: string; reference: string }>(
    'select concern_id, reference from intake_submissions where office_id = $1 and concern_id = any($2::text[])',
    [officeId, ids],
  );
  const { rows: extras } = await q.query<{ concern_id: string; lat: number | null; long: number | null; address_id: string; media_url: string }>(
    'select concern_id, lat, long, address_id, media_url from open311_requests where office_id = $1 and concern_id = any($2::text[])',
    [officeId, ids],
  );
  const references = new Map(refs.map((r) => [r.concern_id, formatReference(r.reference)]));
  const extraOf = new Map<string, Open311Extras>(extras.map((e) => [e.concern_id, { lat: e.lat, long: e.long, addressId: e.address_id, mediaUrl: e.media_url }]));
  const projectOf = await publicProjectsOf(q, officeId, ids);
  return picked.map(({ concern, service }) => ({
    concern,
    service,
    requestId: references.get(concern.id) ?? concern.id,
    extras: extraOf.get(concern.id),
    project: projectOf.get(concern.id),
  }));
}

/** The public project (title and status, as the public page shows them) each of these concerns is part of. */
async function publicProjectsOf(q: Queryable, officeId: string, concernIds: readonly string[]): Promise<Map<string, { title: string; statusLabel: string }>> {
  const found = new Map<string, { title: string; statusLabel: string }>();
  const { projects } = await readPublicProjects(q, officeId);
  if (projects.length === 0) return found;
  const shown = new Map(projects.map((p) => [p.id, { title: p.title, statusLabel: PUBLIC_MESSAGES.status[p.status] }]));
  const wanted = new Set(concernIds);
  const { rows } = await q.query<{ row: unknown }>('select row from project_links where office_id = $1', [officeId]);
  for (const { row } of rows) {
    const link = row as { projectId?: unknown; concernId?: unknown; unlinkedAt?: unknown } | null;
    if (typeof link?.concernId !== 'string' || typeof link.projectId !== 'string' || link.unlinkedAt != null) continue;
    const project = shown.get(link.projectId);
    if (project !== undefined && wanted.has(link.concernId) && !found.has(link.concernId)) found.set(link.concernId, project);
  }
  return found;
}

function matches(stored: Stored, filters: RequestFilters): boolean {
  const { concern, service } = stored;
  if (filters.serviceCodes !== undefined && !filters.serviceCodes.some((c) => c.toLowerCase() === service.code.toLowerCase())) return false;
  const status = concern.status === 'resolved' || concern.status === 'closed' ? 'closed' : 'open';
  if (filters.statuses !== undefined && !filters.statuses.includes(status)) return false;
  const at = Date.parse(concern.createdAt);
  return at >= filters.start.getTime() && at <= filters.end.getTime();
}

/** The requests GET requests lists for these filters, newest first, at most MAX_REQUESTS. */
export async function listRequests(q: Queryable, office: Open311Office, filters: RequestFilters): Promise<Open311Request[]> {
  const ids = filters.ids === undefined ? undefined : await concernIdsOf(q, office.officeId, filters.ids);
  const stored = await readStored(q, office.officeId, ids === undefined ? { start: filters.start, end: filters.end } : { ids });
  const picked = (ids === undefined ? stored.filter((s) => matches(s, filters)) : stored)
    .sort((a, b) => b.concern.createdAt.localeCompare(a.concern.createdAt) || b.concern.id.localeCompare(a.concern.id))
    .slice(0, MAX_REQUESTS);
  const facts = { agencyName: office.agencyName, profile: await readOfficeProfile(q, office.officeId) };
  return (await sourcesOf(q, office.officeId, picked)).map((source) => requestView(source, facts));
}

/** One request by the id a client sent (its reference, or the concern's id); undefined when it is not public. */
export async function findRequest(q: Queryable, office: Open311Office, id: string): Promise<Open311Request | undefined> {
  const [found] = await listRequests(q, office, { ids: [id], start: new Date(0), end: new Date(0) });
  return found;
}
