/**
 * The public page and its feeds for a published office: reads its public projects (redacted), redacts the
 * office's own texts with the same personal data, and renders. The logo's address carries its upload time, so
 * a new logo is a new address and the old one can be cached for a day.
 */
import { publicPagePath } from '@shared/api/public-page';
import { redact } from '@shared/patterns/redact';
import type { Queryable } from '../db/db';
import { indexPersonal } from './personal-index';
import { readPublicProjects, type PublicProject } from './public-projects';
import { renderPage } from './render-page';
import { renderAtom, renderJsonFeed, renderRss } from './render-feeds';
import type { PublicPageRow } from './settings';

/** What a page and its feeds show, redacted. */
export interface PublicContent {
  readonly name: string;
  readonly introduction: string;
  readonly basePath: string;
  readonly logoPath: string | undefined;
  readonly projects: readonly PublicProject[];
  /** The latest change shown: a project's or the settings'. */
  readonly lastModified: Date;
}

/** Reads what an office's public page shows. */
export async function readPublicContent(db: Queryable, page: PublicPageRow): Promise<PublicContent> {
  const { projects, personal } = await readPublicProjects(db, page.officeId);
  const basePath = publicPagePath(page.slug);
  const index = indexPersonal(personal);
  const clean = (text: string) => redact(text, index.relevantTo(text));
  const latest = projects.reduce((max, p) => Math.max(max, Date.parse(p.updatedAt) || 0), page.updatedAt.getTime());
  return {
    // The office's own texts are redacted too: an admin pasting a citizen's thank-you note must not publish it.
    name: clean(page.displayName.trim() === '' ? page.officeName : page.displayName) || page.officeName,
    introduction: clean(page.introduction),
    basePath,
    logoPath: page.logoUpdatedAt === null ? undefined : `${basePath}logo?v=${page.logoUpdatedAt.getTime()}`,
    projects,
    lastModified: new Date(latest),
  };
}

/** The page's HTML. */
export function pageHtml(content: PublicContent, websiteUrl: string, isEmbedded: boolean): string {
  return renderPage({
    name: content.name,
    introduction: content.introduction,
    websiteUrl,
    logoUrl: content.logoPath,
    basePath: content.basePath,
    projects: content.projects,
    isEmbedded,
  });
}

/** A feed's text in one of the three formats; `origin` like https://notebook.town.example. */
export function feedText(content: PublicContent, officeId: string, origin: string, format: 'json' | 'rss' | 'atom'): string {
  const view = {
    officeId,
    name: content.name,
    pageUrl: `${origin}${content.basePath}`,
    logoUrl: content.logoPath === undefined ? undefined : `${origin}${content.logoPath}`,
    projects: content.projects,
  };
  if (format === 'json') return renderJsonFeed(view);
  return format === 'rss' ? renderRss(view) : renderAtom(view);
}
