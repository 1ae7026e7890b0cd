/**
 * One day of the notebook. Only that day's range is read (an indexed range on createdAt), so the page opens
 * as fast with a hundred thousand concerns on the desk as with ten; useLiveQuery shows changes at once.
 * The entry just saved at this desk is shown as soon as its write has committed, without waiting for the live
 * query to read the day again: the caller is still at the counter and the entry should already be there.
 */
import { useId, useMemo, type ReactNode } from 'react';
import { CalendarDays, NotebookPen } from 'lucide-react';
import type { Concern } from '@shared/domain/concern';
import { listConcernsBetween, useLiveQuery } from '../../db';
import { useDesk } from '../../app/desk-context';
import { EmptyState } from '../../components/EmptyState';
import { Skeleton } from '../../components/Skeleton';
import { dayRange } from '../../lib/dates';
import { formatDay } from '../../lib/format';
import { t } from '../../i18n';
import { DayNav } from './DayNav';
import { EntryList } from './EntryList';
import { withFresh } from './with-fresh';
import './notebook.css';

/** Props of NotebookPage. */
export interface NotebookPageProps {
  readonly day: string;
  readonly today: string;
  /** The concern just saved at this desk (already committed), which slides in. */
  readonly fresh: Concern | undefined;
  /** The shortcut that focuses the quick line, as shown to people. */
  readonly captureKeys: string;
  readonly onDayChange: (day: string) => void;
  readonly onEdit: (concern: Concern) => void;
}

/** The day page: heading, navigation, then the entries, a loading shape or the empty state. */
export function NotebookPage({ day, today, fresh, captureKeys, onDayChange, onEdit }: NotebookPageProps): ReactNode {
  const { db } = useDesk();
  const headingId = useId();
  const { from, to } = dayRange(day);
  // The day travels with its rows: useLiveQuery keeps the previous day's rows while the next day loads.
  const page = useLiveQuery(async () => ({ day, concerns: await listConcernsBetween(db, from, to) }), [db, day, from, to]);
  const read = page?.day === day ? page.concerns : undefined;
  const concerns = useMemo(() => withFresh(read, fresh, from, to), [read, fresh, from, to]);
  return (
    <section className="page" aria-labelledby={headingId}>
      <DayNav day={day} today={today} count={concerns?.length} headingId={headingId} onChange={onDayChange} />
      {concerns === undefined && <Skeleton label={t('notebook.loading')} />}
      {concerns?.length === 0 &&
        (day === today ? (
          <EmptyState level={3} icon={NotebookPen} title={t('notebook.emptyToday.title')}>
            <p>{t('notebook.emptyToday.body', { keys: captureKeys })}</p>
          </EmptyState>
        ) : (
          <EmptyState level={3} icon={CalendarDays} title={t('notebook.emptyDay.title')}>
            <p>{t('notebook.emptyDay.body')}</p>
          </EmptyState>
        ))}
      {concerns !== undefined && concerns.length > 0 && (
        <>
          <EntryList key={day} concerns={concerns} label={t('notebook.entriesLabel', { day: formatDay(day) })} today={today} freshId={fresh?.id} onEdit={onEdit} />
          <p className="list-hint">{t('notebook.listHint')}</p>
        </>
      )}
    </section>
  );
}
