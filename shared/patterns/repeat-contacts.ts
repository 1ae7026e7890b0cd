/**
 * Repeat contacts: citizens who raised two or more concerns in the period, counted by their opaque contactKey
 * (from-concern.ts). Nothing here carries a key or a name out: only counts and concern ids.
 */
import { countOf } from './figure-counts';
import type { PatternConcern, RepeatContacts } from './types';

/** How many citizens came back in the period, with what, and how many had also come in earlier months. */
export function computeRepeatContacts(inPeriod: readonly PatternConcern[], earlier: readonly PatternConcern[]): RepeatContacts {
  const byCitizen = new Map<string, string[]>();
  for (const concern of inPeriod) {
    if (concern.contactKey === '') continue;
    const ids = byCitizen.get(concern.contactKey);
    if (ids === undefined) byCitizen.set(concern.contactKey, [concern.id]);
    else ids.push(concern.id);
  }
  const seenEarlier = new Set<string>();
  for (const concern of earlier) {
    if (concern.contactKey !== '' && byCitizen.has(concern.contactKey)) seenEarlier.add(concern.contactKey);
  }
  const repeats = [...byCitizen.values()].filter((ids) => ids.length >= 2);
  const bySize = new Map<number, string[]>();
  for (const ids of repeats) {
    const bucket = bySize.get(ids.length);
    if (bucket === undefined) bySize.set(ids.length, [...ids]);
    else bucket.push(...ids);
  }
  const distribution = [...bySize]
    .sort(([a], [b]) => a - b)
    .map(([size, ids]) => {
      const citizens = ids.length / size;
      return { ...countOf(String(size), ids, repeats.length), count: citizens, share: repeats.length > 0 ? citizens / repeats.length : 0 };
    });
  return {
    citizens: repeats.length,
    concernIds: repeats.flat(),
    distribution,
    returningFromEarlierMonths: seenEarlier.size,
  };
}
