/**
 * The meeting's month, kept by the app like the notebook's day: the last complete month in the office's time
 * zone unless one is picked, and moving it ([ and ] in the meeting view, t back to the latest).
 */
import { useMemo, useState } from 'react';
import type { Month } from '@shared/domain/meeting';
import { lastCompleteMonth, nextMonth } from '@shared/patterns/months';

/** The month shown, the latest complete one, and how to show another (undefined: the latest). */
export interface MeetingMonth {
  readonly month: Month;
  readonly latest: Month;
  readonly show: (next: Month | undefined) => void;
}

/** The meeting's month; `today` (the desk's date) makes the latest month move on when a new one starts. */
export function useMeetingMonth(today: string, timeZone: string): MeetingMonth {
  const latest = useMemo(() => lastCompleteMonth(new Date().toISOString(), timeZone), [today, timeZone]); // eslint-disable-line react-hooks/exhaustive-deps -- today marks a new day
  const [picked, setPicked] = useState<Month>();
  // Up to the month under way (partly over), no further: later months have no concerns yet.
  const show = (next: Month | undefined) => setPicked(next === undefined || next === latest ? undefined : next > nextMonth(latest) ? nextMonth(latest) : next);
  return { month: picked ?? latest, latest, show };
}
