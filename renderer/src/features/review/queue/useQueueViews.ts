/**
 * The queue's views and their counts: the built-in ones and those saved at this desk (read live from the
 * settings table), plus the office's go-to people for the workload panel.
 */
import { useCallback, useMemo } from 'react';
import { goToPeople, useLiveQuery } from '../../../db';
import { savedQueueViews, saveQueueViews } from '../../../db/review-queue-views';
import type { QueueRow } from '../../../db/review-queue';
import type { OfficeStaff } from '@shared/domain/review';
import { useDesk } from '../../../app/desk-context';
import { useAnnounce } from '../../../app/announcer';
import { t } from '../../../i18n';
import { newId } from '../../../lib/ids';
import { BUILT_IN_VIEWS, savedView, viewCounts, type FilterContext, type QueueFilter, type QueueView } from './queue-filter';

/** The views, their counts, and saving or deleting one. */
export interface QueueViewsState {
  readonly all: readonly QueueView[];
  readonly counts: ReadonlyMap<string, number>;
  readonly goTo: readonly OfficeStaff[];
  save(name: string, filter: QueueFilter): Promise<void>;
  remove(view: QueueView): void;
}

const NO_STAFF: readonly OfficeStaff[] = [];

/** Views over `rows` for the person at this desk. */
export function useQueueViews(rows: readonly QueueRow[], context: FilterContext): QueueViewsState {
  const { db } = useDesk();
  const announce = useAnnounce();
  const stored = useLiveQuery(() => savedQueueViews(db), [db]);
  const goTo = useLiveQuery(() => goToPeople(db), [db]) ?? NO_STAFF;
  const all = useMemo(
    () => [...BUILT_IN_VIEWS, ...(stored ?? []).map(savedView).filter((view) => view !== null)],
    [stored],
  );
  const counts = useMemo(() => viewCounts(rows, all, context), [rows, all, context]);
  const save = useCallback(
    async (name: string, filter: QueueFilter) => {
      const before = await savedQueueViews(db);
      await saveQueueViews(db, [...before, { id: newId(), name, filter }]);
      announce(t('reviewQueue.view.saved', { name }));
    },
    [db, announce],
  );
  const remove = useCallback(
    (view: QueueView) => {
      void (async () => {
        const before = await savedQueueViews(db);
        await saveQueueViews(db, before.filter((each) => each.id !== view.id));
        announce(t('reviewQueue.view.deleted', { name: 'text' in view.name ? view.name.text : '' }));
      })().catch((error: unknown) => console.warn('The view could not be deleted:', error));
    },
    [db, announce],
  );
  return { all, counts, goTo, save, remove };
}
