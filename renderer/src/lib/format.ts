/**
 * Dates and times as people read them, in the desk's own locale (undefined lets the browser or the operating
 * system choose, which is what staff expect on their own machine). Formatters are made once per locale and
 * kept: creating an Intl.DateTimeFormat costs far more than using one, and a busy day page formats hundreds.
 */
import { dayStart } from './dates';

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(name: string, locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${name}:${locale ?? ''}`;
  let found = cache.get(key);
  if (found === undefined) {
    found = new Intl.DateTimeFormat(locale, options);
    cache.set(key, found);
  }
  return found;
}

/** "Tuesday 4 March 2025" (word order follows the locale). */
export function formatDay(key: string, locale?: string): string {
  return formatter('day', locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(dayStart(key));
}

/** "Tue 4 Mar": compact, for due dates and search results. */
export function formatShortDay(key: string, locale?: string): string {
  return formatter('shortDay', locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(dayStart(key));
}

/** "10:42" (or "10:42 AM") from a stored timestamp. */
export function formatTime(iso: string, locale?: string): string {
  return formatter('time', locale, { hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

/** "4 Mar 2025, 10:42" from a stored timestamp. */
export function formatDateTime(iso: string, locale?: string): string {
  return formatter('dateTime', locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
