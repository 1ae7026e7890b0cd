/**
 * The suggestion form's settings (table suggestion_forms, migration 013): on or off and the categories it
 * offers, per office, read and saved by the office's admins. The form lives at the public page's address
 * (public_pages.slug), so an office's form and status list share one slug and one list of websites that may
 * frame them; the form does not need the status list to be published.
 */
import { DEFAULT_CATEGORIES } from '@shared/domain/settings';
import type { SuggestionFormSettings, SuggestionFormUpdate } from '@shared/api/suggestion-form';
import { isPublicSlug } from '@shared/api/public-page';
import { suggestionFormPath, suggestionStatusPath } from '@shared/api/suggestion-form';
import type { Db, Queryable } from '../db/db';
import { ensurePublicPage, type PublicPageRow } from '../public/settings';

/** An office's form as the public routes need it. */
export interface FormOffice {
  readonly officeId: string;
  readonly slug: string;
  /** The name shown: the public page's display name, or the office's own. */
  readonly name: string;
  readonly websiteUrl: string;
  readonly embedOrigins: readonly string[];
  readonly hasLogo: boolean;
  readonly categories: readonly string[];
}

interface FormRow {
  is_enabled: boolean;
  categories: unknown;
}

function categoriesOf(stored: unknown): { categories: string[]; hasDefaultCategories: boolean } {
  if (!Array.isArray(stored)) return { categories: [...DEFAULT_CATEGORIES], hasDefaultCategories: true };
  return { categories: stored.filter((c): c is string => typeof c === 'string'), hasDefaultCategories: false };
}

async function readFormRow(q: Queryable, officeId: string): Promise<FormRow | undefined> {
  const { rows } = await q.query<FormRow>('select is_enabled, categories from suggestion_forms where office_id = $1', [officeId]);
  return rows[0];
}

function toSettings(page: PublicPageRow, row: FormRow | undefined): SuggestionFormSettings {
  return {
    isEnabled: row?.is_enabled ?? false,
    ...categoriesOf(row?.categories ?? null),
    formPath: suggestionFormPath(page.slug),
    statusPath: suggestionStatusPath(page.slug),
    embedScriptPath: `${suggestionFormPath(page.slug)}/embed.js`,
    embedOrigins: [...page.embedOrigins],
  };
}

/** The form's settings as admins see them (the office's public page row is made on first use, for its slug). */
export async function readFormSettings(db: Db, officeId: string): Promise<SuggestionFormSettings> {
  const page = await ensurePublicPage(db, officeId);
  return toSettings(page, await readFormRow(db, officeId));
}

/** Saves an admin's settings and returns them as saved. */
export async function saveFormSettings(db: Db, officeId: string, staffId: string, update: SuggestionFormUpdate): Promise<SuggestionFormSettings> {
  const page = await ensurePublicPage(db, officeId);
  await db.query(
    `insert into suggestion_forms (office_id, is_enabled, categories, updated_at, updated_by) values ($1, $2, $3::json, now(), $4)
     on conflict (office_id) do update set is_enabled = excluded.is_enabled, categories = excluded.categories,
       updated_at = now(), updated_by = excluded.updated_by`,
    [officeId, update.isEnabled, JSON.stringify(update.categories), staffId],
  );
  return toSettings(page, await readFormRow(db, officeId));
}

interface OfficeSqlRow {
  office_id: string;
  slug: string;
  display_name: string;
  office_name: string;
  website_url: string;
  embed_origins: unknown;
  has_logo: boolean;
  categories: unknown;
}

/**
 * The office whose form is at this slug and turned on; undefined for anything else (no such slug, a malformed
 * one, a form turned off): all the same to the public.
 */
export async function findOpenForm(q: Queryable, slug: string): Promise<FormOffice | undefined> {
  if (!isPublicSlug(slug)) return undefined;
  const { rows } = await q.query<OfficeSqlRow>(
    `select p.office_id, p.slug, p.display_name, o.name as office_name, p.website_url, p.embed_origins,
       p.logo is not null as has_logo, f.categories
     from public_pages p join offices o on o.id = p.office_id join suggestion_forms f on f.office_id = p.office_id
     where p.slug = $1 and f.is_enabled`,
    [slug],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  const origins = Array.isArray(row.embed_origins) ? row.embed_origins.filter((o): o is string => typeof o === 'string') : [];
  return {
    officeId: row.office_id,
    slug: row.slug,
    name: row.display_name.trim() === '' ? row.office_name : row.display_name,
    websiteUrl: row.website_url,
    embedOrigins: origins,
    hasLogo: row.has_logo,
    categories: categoriesOf(row.categories).categories,
  };
}
