/**
 * A first draft of a month's newsletter (NewsletterContent), built from what the app already knows: the themes the
 * pattern engine found in the month's concerns (facilitators' corrections applied: their labels and counts), the
 * office's PUBLIC projects (status, progress, "you said, we did" text, and whether their status changed in the
 * month), and how many of the month's concerns are resolved, by category. Staff then edit it.
 *
 * Private by construction: no concern's text, contact or address is read here (only theme labels, counts and
 * categories), and every text written passes redactDraftText with the month's personal data, so a name typed
 * into a theme's label or a project's public text is replaced by a placeholder. Pure and deterministic: the same
 * input gives the same draft (projects are taken in a fixed order, ties broken by id).
 *
 * Example: draftNewsletter({ month: '2026-11', officeName: 'Riverside council', timeZone: 'Europe/London',
 *   themes: [{ label: 'Street lights · Oak lane', count: 12, people: 14 }], projects, resolved, personal })
 *   -> { subject: 'What you told us in November 2026, and what we are doing about it', intro: '…', sections:
 *   [{ id: 'themes', kind: 'themes', heading: 'What you told us', body: '- Street lights · Oak lane: 12 concerns
 *   from 14 people' }, { id: 'doing', kind: 'projects', … }, { id: 'done', kind: 'resolved', … }], closing: '…' }
 */
import type { Month } from '../domain/meeting';
import { NEWSLETTER_LIMITS, type NewsletterContent, type NewsletterSection } from '../domain/newsletter';
import { projectProgress, type Project } from '../domain/project';
import { monthEndIso, monthName, monthStartIso } from '../patterns/months';
import { redactDraftText } from './draft-privacy';
import { ENGLISH_DRAFT_WORDS, type DraftWords } from './draft-words';

/** A theme as the draft needs it (shared/patterns Theme: label, count and people after corrections). */
export interface DraftTheme {
  readonly label: string;
  readonly count: number;
  readonly people: number;
}

/** One of the month's concerns as the resolved counts need it: only its status and category, never its words. */
export interface DraftConcern {
  readonly status: string;
  readonly category: string;
}

/** What a draft is built from. */
export interface NewsletterDraftInput {
  readonly month: Month;
  readonly officeName: string;
  /** The office's time zone: which month a project's status change falls in. */
  readonly timeZone: string;
  /** The month's themes, biggest first (Analysis.themes; hidden ones are not in it). */
  readonly themes: readonly DraftTheme[];
  /** The office's projects; only public ones are used. */
  readonly projects: readonly Project[];
  /** The concerns logged in the month (duplicates merged away): resolved ones are counted by category. */
  readonly concerns: readonly DraftConcern[];
  /** People who raised the month's concerns (their raisedCount summed). */
  readonly people: number;
  /** The month's personal data (names, emails, phones, addresses): removed from every text. */
  readonly personal: readonly string[];
  /** The words to write in (default English). */
  readonly words?: DraftWords;
}

/** Themes listed at most: a newsletter is read in a minute, not studied. */
export const DRAFT_MAX_THEMES = 5;
/** Projects listed at most per section. */
export const DRAFT_MAX_PROJECTS = 6;
/** Categories listed at most in the resolved counts (the rest are summed as other matters). */
export const DRAFT_MAX_CATEGORIES = 5;
/** A project's public text is cut at a word near this length in the draft. */
const SUMMARY_CHARS = 400;

const RESOLVED = new Set(['resolved', 'closed']);

/** Cuts `text` at a word boundary to at most `max` characters, with an ellipsis when cut. */
function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const head = flat.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** Joins lines into a section body while it fits the limit; lines that do not fit are left out whole. */
function bodyOf(lines: readonly string[], prefix = ''): string {
  let body = prefix;
  for (const line of lines) {
    const next = body === '' ? line : `${body}\n${line}`;
    if (next.length > NEWSLETTER_LIMITS.body) break;
    body = next;
  }
  return body;
}

const byOrder = (a: Project, b: Project) => (a.statusChangedAt > b.statusChangedAt ? -1 : a.statusChangedAt < b.statusChangedAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Counts of the resolved concerns by category, biggest first, ties by name; blank categories as one. */
function resolvedByCategory(concerns: readonly DraftConcern[], uncategorised: string): { total: number; categories: [string, number][] } {
  const counts = new Map<string, number>();
  let total = 0;
  for (const concern of concerns) {
    if (!RESOLVED.has(concern.status)) continue;
    total += 1;
    const key = concern.category.trim() === '' ? uncategorised : concern.category.trim();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  if (sorted.length <= DRAFT_MAX_CATEGORIES) return { total, categories: sorted };
  // The rest are summed with the uncategorised ones, listed last.
  const kept = sorted.filter(([key]) => key !== uncategorised).slice(0, DRAFT_MAX_CATEGORIES - 1);
  const rest = total - kept.reduce((sum, [, n]) => sum + n, 0);
  return { total, categories: [...kept, [uncategorised, rest]] };
}

/** Builds the month's draft newsletter (see the module comment). */
export function draftNewsletter(input: NewsletterDraftInput): NewsletterContent {
  const words = input.words ?? ENGLISH_DRAFT_WORDS;
  const clean = (text: string) => redactDraftText(text, input.personal);
  const month = monthName(input.month);
  const office = cut(clean(input.officeName), 120) || 'Your local office';
  const [start, end] = [monthStartIso(input.month, input.timeZone), monthEndIso(input.month, input.timeZone)];
  const inMonth = (at: string) => at >= start && at < end;
  const total = input.concerns.length;

  const themeLines = input.themes.slice(0, DRAFT_MAX_THEMES).map((theme) => words.theme(cut(clean(theme.label), 120), theme.count, theme.people));
  const themes: NewsletterSection = { id: 'themes', kind: 'themes', heading: words.themesHeading, body: themeLines.length > 0 ? bodyOf(themeLines) : words.noThemes(total) };

  const visible = input.projects.filter((p) => p.isPublic).sort(byOrder);
  const summaryOf = (p: Project) => cut(clean(p.publicSummary), SUMMARY_CHARS);
  const titleOf = (p: Project) => cut(clean(p.title), 120);
  const open = visible.filter((p) => p.status === 'in-progress' || p.status === 'planned');
  // In progress before planned: what is being done now is the news.
  open.sort((a, b) => (a.status === b.status ? 0 : a.status === 'in-progress' ? -1 : 1));
  const doingLines = open
    .slice(0, DRAFT_MAX_PROJECTS)
    .map((p) => words.project(titleOf(p), p.status as 'planned' | 'in-progress', projectProgress(p), inMonth(p.statusChangedAt), summaryOf(p)));
  const doing: NewsletterSection = { id: 'doing', kind: 'projects', heading: words.doingHeading, body: doingLines.length > 0 ? bodyOf(doingLines) : words.noProjects };

  // Done: the projects finished this month first, then others finished before (the most recent), up to the cap.
  const done = visible.filter((p) => p.status === 'done').slice(0, DRAFT_MAX_PROJECTS);
  const doneLines = done.map((p) => words.doneProject(titleOf(p), inMonth(p.statusChangedAt), summaryOf(p)));
  const { total: resolved, categories } = resolvedByCategory(input.concerns, words.uncategorised);
  const resolvedLines = total === 0 ? [] : [words.resolved(resolved, total, month), ...categories.map(([category, n]) => words.resolvedCategory(cut(clean(category), 80), n))];
  const doneParts = [doneLines.join('\n'), resolvedLines.join('\n')].filter((part) => part !== '');
  const doneBody = doneParts.length > 0 ? bodyOf(doneParts.join('\n\n').split('\n')) : words.noneDone;
  const doneSection: NewsletterSection = { id: 'done', kind: 'resolved', heading: words.doneHeading, body: doneBody };

  return {
    subject: cut(clean(words.subject(month)), NEWSLETTER_LIMITS.subject),
    intro: cut(words.intro(office, month, total, Math.max(input.people, total)), NEWSLETTER_LIMITS.intro),
    sections: [themes, doing, doneSection],
    closing: words.closing(office).slice(0, NEWSLETTER_LIMITS.closing),
  };
}
