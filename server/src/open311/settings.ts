/**
 * An office's Open311 settings (migration 014): on or off, and its services. The first time an admin opens them,
 * the office gets its rows: the public page's slug (public/settings.ts, the endpoint's address) and a service for
 * each of its categories: the suggestion form's list when its admin saved one (else the standard list), then
 * every other category its concerns use (the desks keep their own lists, so those are where the server sees
 * them); all on, the endpoint off.
 */
import { DEFAULT_CATEGORIES } from '@shared/domain/settings';
import { LIMITS } from '@shared/domain/limits';
import type { Open311ServiceMapping, UpdateOpen311Request } from '@shared/api/open311';
import type { Db, Queryable } from '../db/db';
import { ensurePublicPage, slugFromName } from '../public/settings';

/** An office whose endpoint is on. */
export interface Open311Office {
  readonly officeId: string;
  readonly slug: string;
  /** The agency responsible: the public page's display name, else the office's name. */
  readonly agencyName: string;
  readonly updatedAt: Date;
}

interface ServiceRow {
  code: string;
  category: string;
  name: string;
  description: string;
  group_name: string;
  keywords: string;
  is_enabled: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SLUG = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** The categories an office's services start from: the standard ones, then those its concerns use, each once. */
async function categoriesOf(db: Queryable, officeId: string): Promise<string[]> {
  // Rows are read whole (no json operators on stored rows: see public/public-projects.ts).
  const { rows } = await db.query<{ row: unknown }>('select row from concerns where office_id = $1', [officeId]);
  // The suggestion form's list (migration 013) when its admin saved one: the office's own choice for the public.
  const { rows: forms } = await db.query<{ categories: unknown }>('select categories from suggestion_forms where office_id = $1', [officeId]);
  const formList = forms[0]?.categories;
  const first = Array.isArray(formList) ? formList.filter((c): c is string => typeof c === 'string') : DEFAULT_CATEGORIES;
  const found = new Map<string, string>();
  for (const name of first) found.set(name.trim().toLowerCase(), name.trim());
  for (const { row } of rows) {
    const category = (row as { category?: unknown } | null)?.category;
    if (typeof category !== 'string') continue;
    const name = category.trim();
    if (name !== '' && name.length <= LIMITS.category && !found.has(name.toLowerCase())) found.set(name.toLowerCase(), name);
  }
  return [...found.values()].slice(0, 200);
}

/** Default services: one per category, its code made from the name ("Streets and sidewalks" → streets-and-sidewalks). */
export function defaultServices(categories: readonly string[]): Open311ServiceMapping[] {
  const codes = new Set<string>();
  return categories.map((category) => {
    const base = slugFromName(category).slice(0, 36);
    let code = base;
    for (let n = 2; codes.has(code); n += 1) code = `${base}-${n}`;
    codes.add(code);
    return { code, category, name: category, description: '', group: '', keywords: '', isEnabled: true };
  });
}

/** The office's services in the admin's order. */
export async function readServices(db: Queryable, officeId: string): Promise<Open311ServiceMapping[]> {
  const { rows } = await db.query<ServiceRow>(
    'select code, category, name, description, group_name, keywords, is_enabled from open311_services where office_id = $1 order by position',
    [officeId],
  );
  return rows.map((r) => ({ code: r.code, category: r.category, name: r.name, description: r.description, group: r.group_name, keywords: r.keywords, isEnabled: r.is_enabled }));
}

async function writeServices(q: Queryable, officeId: string, services: readonly Open311ServiceMapping[]): Promise<void> {
  await q.query('delete from open311_services where office_id = $1', [officeId]);
  if (services.length === 0) return;
  await q.query(
    `insert into open311_services (office_id, code, category, name, description, group_name, keywords, is_enabled, position)
     select $1, u.code, u.category, u.name, u.description, u.group_name, u.keywords, u.is_enabled, u.position - 1
     from unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[]) with ordinality
       as u (code, category, name, description, group_name, keywords, is_enabled, position)`,
    [
      officeId,
      services.map((s) => s.code),
      services.map((s) => s.category),
      services.map((s) => s.name),
      services.map((s) => s.description),
      services.map((s) => s.group),
      services.map((s) => s.keywords),
      services.map((s) => s.isEnabled),
    ],
  );
}

/** Makes the office's rows on first use (see the module comment); returns whether the endpoint is on and its slug. */
export async function ensureOpen311(db: Db, officeId: string): Promise<{ isEnabled: boolean; slug: string }> {
  const page = await ensurePublicPage(db, officeId);
  const { rows } = await db.query<{ is_enabled: boolean }>('select is_enabled from open311_settings where office_id = $1', [officeId]);
  if (rows[0] !== undefined) return { isEnabled: rows[0].is_enabled, slug: page.slug };
  const services = defaultServices(await categoriesOf(db, officeId));
  await db.transaction(async (tx) => {
    // Two admins opening it at once: the second insert does nothing, and only the first writes the services.
    const { rows: made } = await tx.query('insert into open311_settings (office_id) values ($1) on conflict do nothing returning office_id', [officeId]);
    if (made.length > 0) await writeServices(tx, officeId, services);
  });
  return { isEnabled: false, slug: page.slug };
}

/** Saves an admin's settings: on or off, and the whole list of services in order. */
export async function saveOpen311(db: Db, officeId: string, staffId: string, update: Required<UpdateOpen311Request>): Promise<void> {
  await ensureOpen311(db, officeId);
  await db.transaction(async (tx) => {
    await tx.query('update open311_settings set is_enabled = $2, updated_at = now(), updated_by = $3 where office_id = $1', [officeId, update.isEnabled, staffId]);
    await writeServices(tx, officeId, update.services as Open311ServiceMapping[]);
  });
}

/**
 * The office at an endpoint's address (its public page slug, or its id, which keeps working after a slug
 * change), only while its endpoint is on. Unknown, off and malformed addresses are all the same undefined.
 */
export async function findOpen311Office(db: Queryable, address: string): Promise<Open311Office | undefined> {
  const byId = UUID.test(address);
  if (!byId && !(address.length <= 48 && SLUG.test(address))) return undefined;
  const { rows } = await db.query<{ office_id: string; slug: string; display_name: string; name: string; updated_at: Date }>(
    `select p.office_id, p.slug, p.display_name, o.name, s.updated_at from open311_settings s
       join public_pages p on p.office_id = s.office_id join offices o on o.id = s.office_id
     where s.is_enabled and ${byId ? 'p.office_id = $1::uuid' : 'p.slug = $1'}`,
    [byId ? address.toLowerCase() : address],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  const agencyName = row.display_name.trim() === '' ? row.name : row.display_name.trim();
  return { officeId: row.office_id, slug: row.slug, agencyName, updatedAt: row.updated_at };
}
