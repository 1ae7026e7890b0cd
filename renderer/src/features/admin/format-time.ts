/** Times on the devices table: "last seen" as people say it, other times as a date and time. */
import { t } from '../../i18n';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A date and time in one consistent short form ("3 Mar 2026, 14:05" in en-GB). */
export function formatDateTime(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** How long ago `iso` was, at `now`: "just now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago". */
export function formatLastSeen(iso: string, now: Date, locale?: string): string {
  const ago = now.getTime() - new Date(iso).getTime();
  // A clock a little ahead of the server's would otherwise say "in 1 minute".
  if (ago < MINUTE) return t('admin.devices.justNow');
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (ago < HOUR) return relative.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return relative.format(-Math.floor(ago / HOUR), 'hour');
  return relative.format(-Math.floor(ago / DAY), 'day');
}
