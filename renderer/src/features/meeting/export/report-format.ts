/**
 * Numbers as the meeting's slides and exports write them: counts with thousands separators, shares as whole
 * percentages, durations as a person would say them. Pure, so slides, Markdown and CSV agree to the letter.
 */
const COUNT = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** "12,034". */
export function countText(count: number): string {
  return COUNT.format(count);
}

/** "3.5". */
export function decimalText(value: number): string {
  return DECIMAL.format(value);
}

/** "14%", "<1%" for a share above 0 that would round to 0. */
export function shareText(share: number): string {
  if (share > 0 && share < 0.005) return '<1%';
  return `${Math.round(share * 100)}%`;
}

/** "45 min", "3 h 20 min", "2 days 4 h". */
export function minutesText(minutes: number): string {
  const total = Math.max(0, Math.round(minutes));
  if (total < 60) return `${total} min`;
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours < 24) return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  const unit = days === 1 ? 'day' : 'days';
  return restHours === 0 ? `${days} ${unit}` : `${days} ${unit} ${restHours} h`;
}
