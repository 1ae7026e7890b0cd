/**
 * The review queue (issue 5): everything waiting for a go-to person in one table, with filters, views and
 * their counts, the go-to people's workload, and keyboard operation throughout: j/k or the arrows move the
 * current row, Enter opens it, x selects it, Shift+x selects all shown (or none), and each action key asks
 * for that action on the selected rows, or on the current row when none is selected. Only the actions the
 * person may do are offered, on keys and buttons alike.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { CircleAlert, Inbox, SearchX } from 'lucide-react';
import type { QueueRow } from '../../../db/review-queue';
import { EmptyState } from '../../../components/EmptyState';
import { Skeleton } from '../../../components/Skeleton';
import { useAnnounce } from '../../../app/announcer';
import { useOfficeProfile } from '../../../app/office-profile';
import { useNow } from '../../../lib/now';
import { t } from '../../../i18n';
import type { ActionRequest, ReviewActionKind } from '../actions/action-request';
import { usePermissions } from '../permissions';
import { BulkBar } from './BulkBar';
import { QueueFilters } from './QueueFilters';
import { QueueTable } from './QueueTable';
import { QueueViews } from './QueueViews';
import { WorkloadPanel } from './WorkloadPanel';
import { EMPTY_FILTER, filterRows, type QueueFilter } from './queue-filter';
import { allowedActions, queueIntent } from './queue-keys';
import { nextSort, sortRows, type QueueSort, type SortKey } from './queue-sort';
import { useQueueSelection } from './useQueueSelection';
import { useReviewQueue } from './useReviewQueue';
import { useQueueViews } from './useQueueViews';
import { LinkToProject, useLinkToProject } from '../../projects/LinkToProject';
import './review-queue.css';

/** Props of ReviewQueuePage. */
export interface ReviewQueuePageProps {
  /** Opens a concern. */
  readonly onOpen: (concernId: string) => void;
  /** Asks for a review action (the dialogs carry it out). */
  readonly onAction: (request: ActionRequest) => void;
  /** The signed-in person's staff id, for "Assigned to me". */
  readonly me?: string;
}

/** The review queue page. */
export function ReviewQueuePage({ onOpen, onAction, me }: ReviewQueuePageProps): ReactNode {
  const queue = useReviewQueue();
  return (
    <section className="review-queue" aria-labelledby="review-queue-title" data-testid="review-queue">
      <header className="review-queue-header">
        <h2 id="review-queue-title" className="review-queue-title">{t('reviewQueue.title')}</h2>
        <p className="review-queue-intro">{t('reviewQueue.intro')}</p>
      </header>
      {queue.status === 'loading' && <Skeleton rows={8} label={t('reviewQueue.loading')} />}
      {queue.status === 'error' && (
        <EmptyState icon={CircleAlert} title={t('reviewQueue.error.title')} level={3}>
          <p>{t('reviewQueue.error.body')}</p>
        </EmptyState>
      )}
      {queue.status === 'ready' && <QueueWorkspace rows={queue.rows} onOpen={onOpen} onAction={onAction} me={me} />}
    </section>
  );
}

/** The loaded queue: views and workload beside the filters, the bulk bar and the table. */
export function QueueWorkspace({ rows, onOpen, onAction, me }: ReviewQueuePageProps & { rows: readonly QueueRow[] }): ReactNode {
  const announce = useAnnounce();
  const now = useNow();
  const { responsePolicy } = useOfficeProfile();
  const permissions = usePermissions();
  const actions = useMemo(() => allowedActions((action) => permissions.may(action)), [permissions]);
  const [filter, setFilter] = useState<QueueFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<QueueSort>(null);
  const context = useMemo(() => (me === undefined ? {} : { me }), [me]);
  const shown = useMemo(() => sortRows(filterRows(rows, filter, context), sort), [rows, filter, context, sort]);
  const selection = useQueueSelection(shown);
  const views = useQueueViews(rows, context);
  const link = useLinkToProject();

  // Say how many are shown after the person changed the filters, not on every live update.
  const announcedFilter = useRef(filter);
  useEffect(() => {
    if (announcedFilter.current === filter) return;
    announcedFilter.current = filter;
    announce(t('reviewQueue.announce.count', { count: shown.length }));
  }, [filter, shown.length, announce]);

  const ask = useCallback(
    (kind: ReviewActionKind) => {
      const ids = selection.selected.size > 0 ? shown.filter((row) => selection.selected.has(row.id)).map((row) => row.id) : [selection.currentId];
      const concernIds = ids.filter((id) => id !== undefined);
      if (concernIds.length > 0) onAction({ kind, concernIds });
    },
    [selection.selected, selection.currentId, shown, onAction],
  );
  const selectedOrCurrent = () =>
    selection.selected.size > 0 ? shown.filter((row) => selection.selected.has(row.id)).map((row) => row.id) : selection.currentId === undefined ? [] : [selection.currentId];
  const announceSelected = (count: number) => announce(count === 0 ? t('reviewQueue.announce.noneSelected') : t('reviewQueue.announce.selected', { count }));

  const onKeyDown = (event: KeyboardEvent) => {
    const intent = queueIntent(event, selection.current, shown.length, actions);
    if (intent === undefined) return void link.onKey(event, selectedOrCurrent());
    event.preventDefault();
    if (intent.type === 'move') selection.moveTo(intent.to, true);
    else if (intent.type === 'open' && selection.currentId !== undefined) onOpen(selection.currentId);
    else if (intent.type === 'select' && selection.currentId !== undefined) announceSelected(selection.toggle(selection.currentId));
    else if (intent.type === 'selectAll') announceSelected(selection.toggleAll());
    else if (intent.type === 'action') ask(intent.kind);
  };

  return (
    <div className="review-queue-layout">
      <aside className="review-queue-side">
        <QueueViews views={views.all} counts={views.counts} filter={filter} onChoose={(view) => setFilter(view.filter)} onSave={(name) => views.save(name, filter)} onDelete={views.remove} />
        <WorkloadPanel rows={rows} goTo={views.goTo} onOpen={onOpen} />
      </aside>
      <div className="review-queue-main">
        <QueueFilters filter={filter} onChange={setFilter} rows={rows} hasMe={me !== undefined} />
        <p className="review-queue-count" data-testid="queue-count">
          {t('reviewQueue.count', { shown: shown.length, total: rows.length })}
          {sort === null && <span className="review-queue-order"> · {t('reviewQueue.sort.default')}</span>}
        </p>
        <BulkBar count={selection.selected.size} actions={actions} onAction={ask} onClear={() => { selection.clear(); announceSelected(0); }} extra={link.button(selectedOrCurrent)} />
        <LinkToProject link={link} />
        {rows.length === 0 ? (
          <EmptyState icon={Inbox} title={t('reviewQueue.empty.title')} level={3}>
            <p>{t('reviewQueue.empty.body')}</p>
          </EmptyState>
        ) : shown.length === 0 ? (
          <EmptyState icon={SearchX} title={t('reviewQueue.noMatch.title')} level={3}>
            <p>{t('reviewQueue.noMatch.body', { total: rows.length })}</p>
            <button type="button" className="button button-secondary" onClick={() => setFilter(EMPTY_FILTER)}>{t('reviewQueue.filters.clear')}</button>
          </EmptyState>
        ) : (
          <QueueTable
            rows={shown}
            sort={sort}
            onSort={(key: SortKey) => setSort((now) => nextSort(now, key))}
            current={selection.current}
            focusToken={selection.focusToken}
            onCurrent={(index) => selection.moveTo(index, false)}
            selected={selection.selected}
            onToggle={(id) => announceSelected(selection.toggle(id))}
            onToggleAll={() => announceSelected(selection.toggleAll())}
            onOpen={onOpen}
            onKeyDown={onKeyDown}
            policy={responsePolicy}
            now={now}
          />
        )}
      </div>
    </div>
  );
}
