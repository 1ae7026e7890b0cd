import type { Concern } from '@shared/domain/concern';

/** The day's rows as read, plus the fresh concern if it belongs to the day and the read does not have it yet. */
export function withFresh(
  read: readonly Concern[] | undefined,
  fresh: Concern | undefined,
  from: string,
  to: string,
): readonly Concern[] | undefined {
  if (read === undefined || fresh === undefined || fresh.createdAt < from || fresh.createdAt >= to) return read;
  if (read.some((c) => c.id === fresh.id)) return read;
  return [...read, fresh].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
}
