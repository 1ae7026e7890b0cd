/**
 * Calendar days in the desk's local time zone. A notebook page is one local day, named by its key
 * "YYYY-MM-DD"; concerns are stamped in UTC, so a page reads the UTC range between two local midnights.
 * Everything here is pure: callers pass the current time in.
 */

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the text is a real calendar date written YYYY-MM-DD. */
export function isDayKey(text: string): boolean {
  const match = DAY_KEY.exec(text);
  if (match === null) return false;
  const date = dayStart(text);
  return toDayKey(date) === text;
}

/** The local calendar day of a moment, as "YYYY-MM-DD". */
export function toDayKey(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Local midnight at the start of the day. */
export function dayStart(key: string): Date {
  const match = DAY_KEY.exec(key);
  if (match === null) throw new RangeError(`Not a day: ${key}`);
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** The day `count` days after (or before, when negative) the given one. */
export function addDays(key: string, count: number): string {
  const start = dayStart(key);
  // Built from calendar parts, not by adding 24 h, so days stay whole across daylight-saving changes.
  return toDayKey(new Date(start.getFullYear(), start.getMonth(), start.getDate() + count));
}

/** The UTC timestamps bounding a local day: [from, to), as stored createdAt values compare. */
export function dayRange(key: string): { from: string; to: string } {
  return { from: dayStart(key).toISOString(), to: dayStart(addDays(key, 1)).toISOString() };
}

/** The first Monday-to-Friday day after the given one: when a follow-up is due by default. */
export function nextWorkingDay(key: string): string {
  let next = addDays(key, 1);
  while ([0, 6].includes(dayStart(next).getDay())) next = addDays(next, 1);
  return next;
}

/** Milliseconds from `now` until the next local midnight, for re-rendering when the day turns. */
export function msUntilNextDay(now: Date): number {
  return dayStart(addDays(toDayKey(now), 1)).getTime() - now.getTime();
}
