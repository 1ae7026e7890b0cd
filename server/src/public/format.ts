/**
 * Formats of the public page: dates in words ("12 March 2026", the same for every visitor: the server does not
 * know their zone, and a day is a day) and plain text as escaped paragraphs (a blank line starts a paragraph, a
 * single line break stays one). Nothing a staff member typed ever becomes markup.
 */
import { escapeMarkup } from './escape';

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "2026-03-12" or a timestamp -> "12 March 2026"; '' for '' or anything not a date. */
export function formatDay(isoDateOrTimestamp: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(isoDateOrTimestamp)?.[0];
  if (day === undefined) return '';
  const date = new Date(`${day}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) ? '' : DAY.format(date);
}

/** An escaped <time> of a date or timestamp, or '' when it is not one. */
export function timeElement(isoDateOrTimestamp: string): string {
  const text = formatDay(isoDateOrTimestamp);
  if (text === '') return '';
  return `<time datetime="${escapeMarkup(isoDateOrTimestamp.slice(0, 10))}">${escapeMarkup(text)}</time>`;
}

/** Plain text as escaped HTML paragraphs; '' for blank text. */
export function paragraphs(text: string): string {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${p.split(/\r?\n/).map(escapeMarkup).join('<br>')}</p>`)
    .join('\n');
}
