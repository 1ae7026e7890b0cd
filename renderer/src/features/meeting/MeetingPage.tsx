/**
 * The monthly meeting (issue 6): the chosen month's patterns, found by the engine in a worker (useAnalysis).
 * States: progress while it runs, an empty month (how to import history), an error (nothing lost, retry), and
 * the dashboard, or one theme opened from it. Everything opens the concerns behind it (ConcernsDrill).
 * Facilitators correct the themes (CorrectionDialog, useThemeActions) and pin them to the agenda; everyone
 * reads. Keys: [ and ] (months, handled by the app), j/k between themes, Enter opens, Escape goes back, r m s h p.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { CalendarX, CircleAlert, RefreshCw } from 'lucide-react';
import type { Month } from '@shared/domain/meeting';
import type { Analysis } from '@shared/patterns/types';
import { monthName } from '@shared/patterns/months';
import { EmptyState } from '../../components/EmptyState';
import { t } from '../../i18n';
import { usePermissions } from '../review/permissions';
import { AnalysisLoading } from './AnalysisLoading';
import { ConcernsDrill, type Drill } from './ConcernsDrill';
import { Dashboard } from './Dashboard';
import { PeriodPicker } from './PeriodPicker';
import { useAnalysis } from './analysis/useAnalysis';
import { ExportMenu } from './export/ExportMenu';
import { meetingMemory } from './meeting-memory';
import './meeting.css';

/** Props of MeetingPage. */
export interface MeetingPageProps {
  readonly period: Month;
  /** The last complete month (the default). */
  readonly latest: Month;
  /** Shows another month; undefined goes back to the latest. */
  readonly onPeriodChange: (period: Month | undefined) => void;
}

/** The meeting view. */
export function MeetingPage({ period, latest, onPeriodChange }: MeetingPageProps): ReactNode {
  const { state, retry } = useAnalysis(period);
  const [drill, setDrillState] = useState<Drill | undefined>(() => meetingMemory.drillFor(period));
  const setDrill = useCallback(
    (next: Drill | undefined) => {
      meetingMemory.rememberDrill(period, next);
      setDrillState(next);
    },
    [period],
  );
  // A list shown again on the way back from a concern has no button that opened it to give the focus back to.
  const isReopened = useRef(drill !== undefined);
  const openConcerns = useCallback(
    (title: string, concernIds: readonly string[]) => {
      isReopened.current = false;
      setDrill({ title, concernIds });
    },
    [setDrill],
  );
  const closeDrill = () => {
    setDrill(undefined);
    if (!isReopened.current) return;
    isReopened.current = false;
    // Left on the page's body, the focus would strand a keyboard user: Escape and j/k are heard inside the view.
    requestAnimationFrame(() => (document.getElementById('meeting-detail-title') ?? title.current)?.focus({ preventScroll: true }));
  };
  const mayFacilitate = usePermissions().may('facilitate');
  // Alt+3 asks for the meeting: the keys that follow ([ ], j/k, Tab) belong to it, not to the quick line.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus({ preventScroll: true }), []);
  return (
    <section className="meeting" aria-labelledby="meeting-title" data-testid="meeting-view">
      <header className="meeting-header">
        <div>
          <h2 id="meeting-title" className="meeting-title" ref={title} tabIndex={-1}>{t('meeting.title')}</h2>
          <p className="meeting-intro">{t('meeting.intro', { month: monthName(period) })}</p>
        </div>
        <PeriodPicker period={period} latest={latest} onChange={onPeriodChange} />
        {state.status === 'ready' && !isEmpty(state.analysis) && <ExportMenu analysis={state.analysis} period={period} />}
        {state.status === 'ready' && state.isUpdating && (
          <p className="meeting-updating" role="status">
            <RefreshCw size={14} aria-hidden="true" /> {t('meeting.updating')}
          </p>
        )}
      </header>
      {state.status === 'loading' && <AnalysisLoading period={period} progress={state.progress} concerns={state.concerns} />}
      {state.status === 'error' && (
        <EmptyState icon={CircleAlert} title={t('meeting.error.title', { month: monthName(period) })} level={3}>
          <p>{t('meeting.error.body')}</p>
          <p className="meeting-muted">{t('meeting.error.detail', { message: state.message })}</p>
          <button type="button" className="button button-primary" onClick={retry}>
            {t('meeting.error.retry')}
          </button>
        </EmptyState>
      )}
      {state.status === 'ready' &&
        (isEmpty(state.analysis) ? (
          <EmptyState icon={CalendarX} title={t('meeting.empty.title', { month: monthName(period) })} level={3}>
            <p>{t('meeting.empty.body')}</p>
            {earlierCount(state.analysis) > 0 && <p className="meeting-muted">{t('meeting.empty.earlier', { count: earlierCount(state.analysis) })}</p>}
          </EmptyState>
        ) : (
          <Dashboard analysis={state.analysis} people={state.people} period={period} mayFacilitate={mayFacilitate} onOpenConcerns={openConcerns} />
        ))}
      <ConcernsDrill drill={drill} onClose={closeDrill} />
    </section>
  );
}

/** True when the period has no concerns. */
function isEmpty(analysis: Analysis): boolean {
  return (analysis.totals.find((m) => m.month === analysis.period)?.count ?? 0) === 0;
}

/** Concerns in the months before the period. */
function earlierCount(analysis: Analysis): number {
  return analysis.totals.filter((m) => m.month !== analysis.period).reduce((n, m) => n + m.count, 0);
}
