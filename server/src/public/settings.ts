/**
 * The public page's settings (table public_pages, migration 011): read and saved by the office's admins, and
 * looked up by slug or office id for the public routes. An office gets its row, with a slug made from its name,
 * the first time an admin opens the settings; until then, and until an admin publishes it, there is no page.
 */
import type { LogoType, PublicPageSettings, PublicPageUpdate } from '@shared/api/public-page';
import { isPublicSlug, publicPagePath } from '@shared/api/public-page';
import type { Db, Queryable } from '../db/db';
import { AuthError } from '../auth/errors';

/** A public_pages row with the office's name. */
export interface PublicPageRow {
  readonly officeId: string;
  readonly officeName: string;
  readonly slug: string;
  readonly displayName: string;
  readonly introduction: string;
  readonly websiteUrl: string;
  readonly isPublished: boolean;
  readonly embedOrigins: readonly string[];
  readonly logoType: LogoType | null;
  readonly logoBytes: number;
  readonly logoUpdatedAt: Date | null;
  readonly updatedAt: Date;
}

interface SqlRow {
  office_id: string;
  office_name: string;
  slug: string;
  display_name: string;
  introduction: string;
  website_url: string;
  is_published: boolean;
  embed_origins: unknown;
  logo_type: LogoType | null;
  logo_bytes: number | null;
  logo_updated_at: Date | null;
  updated_at: Date;
}

const COLUMNS = `p.office_id, o.name as office_name, p.slug, p.display_name, p.introduction, p.website_url, p.is_published,
  p.embed_origins, p.logo_type, octet_length(p.logo)::int as logo_bytes, p.logo_updated_at, p.updated_at`;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toRow(row: SqlRow): PublicPageRow {
  const origins = Array.isArray(row.embed_origins) ? row.embed_origins.filter((o): o is string => typeof o === 'string') : [];
  return {
    officeId: row.office_id,
    officeName: row.office_name,
    slug: row.slug,
    displayName: row.display_name,
    introduction: row.introduction,
    websiteUrl: row.website_url,
    isPublished: row.is_published,
    embedOrigins: origins,
    logoType: row.logo_type,
    logoBytes: row.logo_bytes ?? 0,
    logoUpdatedAt: row.logo_updated_at,
    updatedAt: row.updated_at,
  };
}

/** The slug an office's name suggests: "Town Hall of Elmford" -> "town-hall-of-elmford"; "office" when nothing is left. */
export function slugFromName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug === '' ? 'office' : slug;
}

async function readRow(db: Queryable, officeId: string): Promise<PublicPageRow | undefined> {
  const { rows } = await db.query<SqlRow>(
    `select ${COLUMNS} from public_pages p join offices o on o.id = p.office_id where p.office_id = $1`,
    [officeId],
  );
  return rows[0] === undefined ? undefined : toRow(rows[0]);
}

/**
 * The office's settings, made on first use with a free slug from its name (town-hall, then town-hall-2, …).
 * Two admins opening it at once both get the one row: the insert does nothing on a conflict of office.
 */
export async function ensurePublicPage(db: Db, officeId: string): Promise<PublicPageRow> {
  const existing = await readRow(db, officeId);
  if (existing !== undefined) return existing;
  const { rows } = await db.query<{ name: string }>('select name from offices where id = $1', [officeId]);
  const base = slugFromName(rows[0]?.name ?? '');
  for (let n = 1; n < 1000; n += 1) {
    const slug = n === 1 ? base : `${base}-${n}`;
    // Nothing is inserted when the slug is taken (try the next) or another admin's request made the row first.
    await db.query('insert into public_pages (office_id, slug) values ($1, $2) on conflict do nothing', [officeId, slug]);
    const row = await readRow(db, officeId);
    if (row !== undefined) return row;
  }
  throw new Error(`No free public page address for office ${officeId}`);
}

/** The settings as admins see them. */
export function toSettings(row: PublicPageRow): PublicPageSettings {
  return {
    slug: row.slug,
    displayName: row.displayName,
    officeName: row.officeName,
    introduction: row.introduction,
    websiteUrl: row.websiteUrl,
    isPublished: row.isPublished,
    embedOrigins: [...row.embedOrigins],
    logo:
      row.logoType === null || row.logoUpdatedAt === null
        ? null
        : { type: row.logoType, bytes: row.logoBytes, updatedAt: row.logoUpdatedAt.toISOString() },
    path: publicPagePath(row.slug),
  };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
}

/** Saves an admin's settings; a slug another office has is a 409 in plain words, and nothing is changed. */
export async function savePublicPage(db: Db, officeId: string, staffId: string, update: PublicPageUpdate): Promise<PublicPageRow> {
  await ensurePublicPage(db, officeId);
  try {
    await db.query(
      `update public_pages set slug = $2, display_name = $3, introduction = $4, website_url = $5, is_published = $6,
         embed_origins = $7::json, updated_at = now(), updated_by = $8
       where office_id = $1`,
      [officeId, update.slug, update.displayName, update.introduction, update.websiteUrl, update.isPublished, JSON.stringify(update.embedOrigins), staffId],
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AuthError(409, 'slug-taken', `Another office on this server already uses the address "${update.slug}". Choose another.`, {
        issues: [{ path: 'slug', message: 'Another office on this server already uses this address' }],
      });
    }
    throw error;
  }
  const saved = await readRow(db, officeId);
  if (saved === undefined) throw new Error('The public page row vanished while saving');
  return saved;
}

/** Stores a logo already checked by logo.ts, or removes it (null). */
export async function saveLogo(db: Db, officeId: string, staffId: string, logo: { bytes: Uint8Array; type: LogoType } | null): Promise<PublicPageRow> {
  await ensurePublicPage(db, officeId);
  await db.query(
    `update public_pages set logo = $2, logo_type = $3, logo_updated_at = case when $2::bytea is null then null else now() end,
       updated_at = now(), updated_by = $4
     where office_id = $1`,
    [officeId, logo === null ? null : Buffer.from(logo.bytes), logo?.type ?? null, staffId],
  );
  const saved = await readRow(db, officeId);
  if (saved === undefined) throw new Error('The public page row vanished while saving the logo');
  return saved;
}

/**
 * The published page at an address: a slug, or an office id (which keeps working after a slug change).
 * Undefined for an address that is neither, an unknown office, or a page not published: all the same to the
 * public, so nobody can tell an unpublished office from a missing one.
 */
export async function findPublishedPage(db: Queryable, address: string): Promise<PublicPageRow | undefined> {
  const byId = UUID.test(address);
  if (!byId && !isPublicSlug(address)) return undefined;
  const { rows } = await db.query<SqlRow>(
    `select ${COLUMNS} from public_pages p join offices o on o.id = p.office_id
     where ${byId ? 'p.office_id = $1::uuid' : 'p.slug = $1'} and p.is_published`,
    [byId ? address.toLowerCase() : address],
  );
  return rows[0] === undefined ? undefined : toRow(rows[0]);
}

/** The logo's bytes and type, for a published page. */
export async function readLogo(db: Queryable, officeId: string): Promise<{ bytes: Buffer; type: LogoType; updatedAt: Date } | undefined> {
  const { rows } = await db.query<{ logo: Buffer | null; logo_type: LogoType | null; logo_updated_at: Date | null }>(
    'select logo, logo_type, logo_updated_at from public_pages where office_id = $1',
    [officeId],
  );
  const row = rows[0];
  if (row?.logo == null || row.logo_type === null || row.logo_updated_at === null) return undefined;
  return { bytes: row.logo, type: row.logo_type, updatedAt: row.logo_updated_at };
}
