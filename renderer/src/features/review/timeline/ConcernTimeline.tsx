/**
 * The timeline of a concern, read live from the desk (db/timeline.ts): it follows every change, comment and
 * email as it arrives, from this desk or through sync.
 */
import type { ReactNode } from 'react';
import { useLiveQuery } from '../../../db';
import { timelineOf } from '../../../db/timeline';
import { useDesk } from '../../../app/desk-context';
import { Skeleton } from '../../../components/Skeleton';
import { t } from '../../../i18n';
import { TimelineList } from './TimelineList';

/** The concern's timeline, oldest first; a skeleton while it loads. */
export function ConcernTimeline({ concernId }: { concernId: string }): ReactNode {
  const { db } = useDesk();
  // null once read and not found, so "not on this desk" is told apart from "still loading" (undefined).
  const timeline = useLiveQuery(async () => (await timelineOf(db, concernId)) ?? null, [db, concernId]);
  if (timeline === undefined) return <Skeleton label={t('reviewConcern.timeline.loading')} />;
  if (timeline === null) return <p className="muted">{t('reviewConcern.notFound')}</p>;
  return <TimelineList timeline={timeline} />;
}
