/** Today's date key, updated at local midnight so a desk left open overnight starts a new page. */
import { useEffect, useState } from 'react';
import { msUntilNextDay, toDayKey } from '../lib/dates';

/** "YYYY-MM-DD" of today, re-rendering when the day turns. */
export function useToday(): string {
  const [today, setToday] = useState(() => toDayKey(new Date()));
  useEffect(() => {
    // A second past midnight, so the clock has surely turned even if the timer fires a little early.
    const timer = setTimeout(() => setToday(toDayKey(new Date())), msUntilNextDay(new Date()) + 1000);
    return () => clearTimeout(timer);
  }, [today]);
  return today;
}
