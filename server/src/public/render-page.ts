/**
 * The public page as HTML, rendered on the server from what public-projects.ts read (already redacted): no
 * script, one inlined style sheet. Landmarks (banner, navigation, main, contentinfo), a skip link, one h1, a
 * heading per status and per project; progress as a <progress> with its percentage in words beside it; dates
 * as <time>. Every text goes through escapeMarkup.
 */
import type { ProjectStatus } from '@shared/domain/project';
import { escapeMarkup } from './escape';
import { formatDay, paragraphs, timeElement } from './format';
import { PUBLIC_MESSAGES as M } from './messages';
import { PAGE_STYLE } from './page-style';
import { groupByStatus, type PublicProject } from './public-projects';

/** Everything the page shows. */
export interface PageView {
  /** The office's name as shown (redacted). */
  readonly name: string;
  /** The introduction (redacted); '' for none. */
  readonly introduction: string;
  readonly websiteUrl: string;
  /** The logo's address, or undefined for none. */
  readonly logoUrl: string | undefined;
  /** The page's own path, like /public/town-hall/ (the feeds are beside it). */
  readonly basePath: string;
  readonly projects: readonly PublicProject[];
  /** Embedded in another site (?embed=1): the banner with logo and link back is left out, the site has its own. */
  readonly isEmbedded: boolean;
}

function statusBadge(status: ProjectStatus): string {
  return `<span class="badge status-${status}">${escapeMarkup(M.status[status])}</span>`;
}

function dateRows(project: PublicProject): string {
  const rows: [string, string][] = [];
  if (project.startDate !== '') rows.push([M.started, timeElement(project.startDate)]);
  if (project.completedDate !== '') {
    rows.push([project.status === 'declined' ? M.declinedOn : M.completed, timeElement(project.completedDate)]);
  } else if (project.targetDate !== '' && project.status !== 'declined') {
    rows.push([M.target, timeElement(project.targetDate)]);
  }
  rows.push([M.statusSince, timeElement(project.statusChangedAt)]);
  const shown = rows.filter(([, value]) => value !== '');
  return `<dl class="dates">${shown.map(([term, value]) => `<dt>${escapeMarkup(term)}</dt><dd>${value}</dd>`).join('')}</dl>`;
}

function milestoneList(project: PublicProject): string {
  if (project.milestones.length === 0) return '';
  const items = project.milestones.map((m) => {
    const mark = `<span class="mark">${escapeMarkup(m.isDone ? M.milestoneDone : M.milestoneOpen)}:</span>`;
    const due = m.due === '' || m.isDone ? '' : ` <span class="muted">(${escapeMarkup(M.milestoneDue(formatDay(m.due)))})</span>`;
    return `<li>${mark} ${escapeMarkup(m.title)}${due}</li>`;
  });
  return `<h4 id="project-${escapeMarkup(project.id)}-milestones">${escapeMarkup(M.milestones)}</h4>
<ul class="milestones" aria-labelledby="project-${escapeMarkup(project.id)}-milestones">${items.join('')}</ul>`;
}

function progressBlock(project: PublicProject): string {
  if (project.status === 'declined' || project.status === 'proposed') return '';
  const id = `progress-${escapeMarkup(project.id)}`;
  return `<div class="progress"><label for="${id}">${escapeMarkup(M.progress)}</label>
<progress id="${id}" max="100" value="${project.progress}">${project.progress}%</progress>
<span>${escapeMarkup(M.progressText(project.progress))}</span></div>`;
}

/** One project's card. */
export function renderProject(project: PublicProject): string {
  const id = `project-${escapeMarkup(project.id)}`;
  const summary = project.summary.trim() === '' ? `<p class="muted">${escapeMarkup(M.noSummary)}</p>` : paragraphs(project.summary);
  return `<li><article class="project" id="${id}" aria-labelledby="${id}-title">
<h3 id="${id}-title">${escapeMarkup(project.title)}</h3>
<ul class="badges"><li>${statusBadge(project.status)}</li><li class="raised">${escapeMarkup(M.raisedBy(project.raisedBy))}</li></ul>
<div class="summary">${summary}</div>
${progressBlock(project)}
${dateRows(project)}
${milestoneList(project)}
</article></li>`;
}

function groups(projects: readonly PublicProject[]): { nav: string; sections: string } {
  const grouped = groupByStatus(projects);
  if (grouped.length === 0) return { nav: '', sections: `<p>${escapeMarkup(M.empty)}</p>` };
  const nav = `<nav aria-label="${escapeMarkup(M.byStatusNav)}"><ul>${grouped
    .map((g) => `<li><a href="#${g.status}">${escapeMarkup(M.status[g.status])} (${g.projects.length})</a></li>`)
    .join('')}</ul></nav>`;
  const sections = grouped
    .map(
      (g) => `<section id="${g.status}" aria-labelledby="${g.status}-heading">
<h2 id="${g.status}-heading">${escapeMarkup(M.status[g.status])} <span class="muted">(${escapeMarkup(M.count(g.projects.length))})</span></h2>
<p class="group-intro">${escapeMarkup(M.statusIntro[g.status])}</p>
<ul class="projects">${g.projects.map(renderProject).join('\n')}</ul>
</section>`,
    )
    .join('\n');
  return { nav, sections };
}

function banner(view: PageView): string {
  if (view.isEmbedded) return '';
  const logo = view.logoUrl === undefined ? '' : `<img src="${escapeMarkup(view.logoUrl)}" alt="${escapeMarkup(M.logoAlt(view.name))}">`;
  const back = view.websiteUrl === '' ? '' : `<a href="${escapeMarkup(view.websiteUrl)}">${escapeMarkup(M.backToWebsite(view.name))}</a>`;
  return `<header class="banner"><div class="wrap">${logo}<p class="office">${escapeMarkup(view.name)}</p>${back}</div></header>`;
}

/** The date of the latest change shown, as a timestamp; '' when nothing is shown. */
export function lastChangeOf(projects: readonly PublicProject[]): string {
  return projects.reduce((latest, p) => (p.updatedAt > latest ? p.updatedAt : latest), '');
}

/** The whole page. */
export function renderPage(view: PageView): string {
  const base = escapeMarkup(view.basePath);
  const { nav, sections } = groups(view.projects);
  const last = lastChangeOf(view.projects);
  const target = view.isEmbedded ? ' target="_blank" rel="noopener"' : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<title>${escapeMarkup(M.pageTitle(view.name))}</title>
<link rel="alternate" type="application/feed+json" title="${escapeMarkup(M.feedJson)}" href="${base}feed.json">
<link rel="alternate" type="application/rss+xml" title="${escapeMarkup(M.feedRss)}" href="${base}feed.rss">
<link rel="alternate" type="application/atom+xml" title="${escapeMarkup(M.feedAtom)}" href="${base}feed.atom">
<style>${PAGE_STYLE}</style>
</head>
<body>
<a class="skip" href="#main">${escapeMarkup(M.skipLink)}</a>
${banner(view)}
<main id="main" tabindex="-1"><div class="wrap">
<h1>${escapeMarkup(M.heading)}</h1>
${view.introduction.trim() === '' ? '' : `<div class="intro">${paragraphs(view.introduction)}</div>`}
${nav}
${sections}
</div></main>
<footer><div class="wrap">
<p>${escapeMarkup(M.followUpdates)} <a href="${base}feed.json"${target}>${escapeMarkup(M.feedJson)}</a>, <a href="${base}feed.rss"${target}>${escapeMarkup(M.feedRss)}</a>, <a href="${base}feed.atom"${target}>${escapeMarkup(M.feedAtom)}</a></p>
${last === '' ? '' : `<p class="muted">${escapeMarkup(M.lastUpdated)}: ${timeElement(last)}</p>`}
</div></footer>
</body>
</html>
`;
}

/** A small page for an error (404, 400, 5xx) in the same style, in plain words, with no details. */
export function renderErrorPage(title: string, message: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeMarkup(title)}</title>
<style>${PAGE_STYLE}</style>
</head>
<body>
<main id="main"><div class="wrap">
<h1>${escapeMarkup(title)}</h1>
<p>${escapeMarkup(message)}</p>
</div></main>
</body>
</html>
`;
}
