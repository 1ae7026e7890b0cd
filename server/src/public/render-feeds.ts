/**
 * The public page's feeds, one entry per public project, from the same redacted projects as the page:
 *
 *   JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/)   application/feed+json
 *   RSS 2.0 (https://www.rssboard.org/rss-specification)    application/rss+xml, with atom:link rel="self"
 *   Atom (RFC 4287)                                         application/atom+xml
 *
 * An entry keeps its id for life (the project's id; Atom's is urn:uuid:<id>) and carries the status in its
 * title ("In progress: Fix the lights on Elm Street"); its date is when the status last changed, and its
 * modified date when the project last changed, so readers show it again when the status moves.
 * URLs are absolute (feeds are read away from the page): `origin` is the server's address as the visitor used it.
 */
import { escapeMarkup, xmlSafe } from './escape';
import { formatDay, paragraphs } from './format';
import { PUBLIC_MESSAGES as M } from './messages';
import { lastChangeOf } from './render-page';
import type { PublicProject } from './public-projects';

/** What every feed needs besides the projects. */
export interface FeedView {
  /** The office's id: the Atom feed's id is urn:uuid:<it>, the same whatever address the feed was read at. */
  readonly officeId: string;
  readonly name: string;
  /** Absolute URL of the page, like https://notebook.town.example/public/town-hall/. */
  readonly pageUrl: string;
  readonly logoUrl: string | undefined;
  readonly projects: readonly PublicProject[];
}

function entryTitle(project: PublicProject): string {
  return `${M.status[project.status]}: ${project.title}`;
}

function entryText(project: PublicProject): string {
  const lines = [project.summary.trim() === '' ? M.noSummary : project.summary, '', M.raisedBy(project.raisedBy)];
  if (project.status !== 'declined' && project.status !== 'proposed') lines.push(`${M.progress}: ${M.progressText(project.progress)}`);
  if (project.targetDate !== '' && project.completedDate === '') lines.push(`${M.target}: ${formatDay(project.targetDate)}`);
  if (project.completedDate !== '') lines.push(`${project.status === 'declined' ? M.declinedOn : M.completed}: ${formatDay(project.completedDate)}`);
  return lines.join('\n');
}

function entryHtml(project: PublicProject): string {
  const facts = [M.raisedBy(project.raisedBy)];
  if (project.status !== 'declined' && project.status !== 'proposed') facts.push(`${M.progress}: ${M.progressText(project.progress)}`);
  const summary = project.summary.trim() === '' ? `<p>${escapeMarkup(M.noSummary)}</p>` : paragraphs(project.summary);
  return `<p><strong>${escapeMarkup(M.status[project.status])}</strong></p>${summary}<ul>${facts.map((f) => `<li>${escapeMarkup(f)}</li>`).join('')}</ul>`;
}

function entryUrl(view: FeedView, project: PublicProject): string {
  return `${view.pageUrl}#project-${project.id}`;
}

/** The latest change of the feed as a timestamp; the epoch for an empty feed (Atom needs one). */
function feedUpdated(projects: readonly PublicProject[]): string {
  const last = lastChangeOf(projects);
  return last === '' ? '1970-01-01T00:00:00.000Z' : last;
}

/** JSON Feed 1.1. */
export function renderJsonFeed(view: FeedView): string {
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: xmlSafe(M.pageTitle(view.name)),
    home_page_url: view.pageUrl,
    feed_url: `${view.pageUrl}feed.json`,
    description: xmlSafe(M.feedDescription(view.name)),
    ...(view.logoUrl === undefined ? {} : { icon: view.logoUrl }),
    authors: [{ name: xmlSafe(view.name) }],
    language: 'en',
    items: view.projects.map((p) => ({
      id: p.id,
      url: entryUrl(view, p),
      title: xmlSafe(entryTitle(p)),
      content_html: entryHtml(p),
      content_text: xmlSafe(entryText(p)),
      summary: xmlSafe(p.summary),
      date_published: p.statusChangedAt,
      date_modified: p.updatedAt,
      tags: [M.status[p.status]],
    })),
  };
  return JSON.stringify(feed, null, 2);
}

/** RFC 822 date of a timestamp, as RSS 2.0 wants: "Fri, 04 Dec 2026 03:05:15 GMT". */
export function rfc822(timestamp: string): string {
  const date = new Date(timestamp);
  return Number.isNaN(date.getTime()) ? new Date(0).toUTCString() : date.toUTCString();
}

/** RSS 2.0. */
export function renderRss(view: FeedView): string {
  const x = escapeMarkup;
  const items = view.projects.map(
    (p) => `<item>
<title>${x(entryTitle(p))}</title>
<link>${x(entryUrl(view, p))}</link>
<guid isPermaLink="false">${x(p.id)}</guid>
<category>${x(M.status[p.status])}</category>
<description>${x(entryHtml(p))}</description>
<pubDate>${rfc822(p.statusChangedAt)}</pubDate>
</item>`,
  );
  const image =
    view.logoUrl === undefined ? '' : `<image><url>${x(view.logoUrl)}</url><title>${x(M.pageTitle(view.name))}</title><link>${x(view.pageUrl)}</link></image>\n`;
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${x(M.pageTitle(view.name))}</title>
<link>${x(view.pageUrl)}</link>
<description>${x(M.feedDescription(view.name))}</description>
<language>en</language>
<lastBuildDate>${rfc822(feedUpdated(view.projects))}</lastBuildDate>
<atom:link href="${x(`${view.pageUrl}feed.rss`)}" rel="self" type="application/rss+xml"/>
${image}${items.join('\n')}
</channel>
</rss>
`;
}

/** Atom (RFC 4287). */
export function renderAtom(view: FeedView): string {
  const x = escapeMarkup;
  const entries = view.projects.map(
    (p) => `<entry>
<id>urn:uuid:${x(p.id)}</id>
<title type="text">${x(entryTitle(p))}</title>
<link rel="alternate" type="text/html" href="${x(entryUrl(view, p))}"/>
<category term="${x(p.status)}" label="${x(M.status[p.status])}"/>
<published>${x(p.statusChangedAt)}</published>
<updated>${x(p.updatedAt)}</updated>
<summary type="text">${x(entryText(p))}</summary>
<content type="html">${x(entryHtml(p))}</content>
</entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<id>urn:uuid:${x(view.officeId)}</id>
<title type="text">${x(M.pageTitle(view.name))}</title>
<subtitle type="text">${x(M.feedDescription(view.name))}</subtitle>
<link rel="alternate" type="text/html" href="${x(view.pageUrl)}"/>
<link rel="self" type="application/atom+xml" href="${x(`${view.pageUrl}feed.atom`)}"/>
<updated>${x(feedUpdated(view.projects))}</updated>
<author><name>${x(view.name)}</name></author>
${view.logoUrl === undefined ? '' : `<logo>${x(view.logoUrl)}</logo>\n`}${entries.join('\n')}
</feed>
`;
}
