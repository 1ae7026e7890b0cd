/**
 * The open concern as a reviewer needs it, presentational: header (reference, summary, priority, status,
 * channel, how many raised it, assignees, response clock), the merge notices, open flags with their reasons,
 * the action bar, the facts, then the similar concerns and the timeline passed in (they read the desk
 * themselves). ConcernReviewPanel gives it its data and keys.
 */
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { GitMerge, Flag, Pencil } from 'lucide-react';
import { reviewStateOf, type Concern } from '@shared/domain/concern';
import { concernReference } from '@shared/domain/reference';
import type { ReviewPanelData } from '../../../db/timeline';
import { ChannelIcon } from '../../../components/ChannelIcon';
import { PriorityBadge } from '../../../components/PriorityBadge';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n';
import type { ActionRequest, ReviewActionKind } from '../actions/action-request';
import { staffName } from '../timeline/describe-event';
import { ConcernFacts } from './ConcernFacts';
import { ariaKeysOf } from './panel-actions';
import './review-panel.css';

/** Props of ReviewPanelView. */
export interface ReviewPanelViewProps {
  readonly data: ReviewPanelData;
  /** The actions to offer, in order (panel-actions.ts). */
  readonly actions: readonly ReviewActionKind[];
  readonly canEdit: boolean;
  readonly onAction: (request: ActionRequest) => void;
  readonly onOpen: (concernId: string) => void;
  readonly onEdit: (concern: Concern) => void;
  /** The response clock badge, when the concern is still waiting. */
  readonly clock?: ReactNode;
  readonly similar?: ReactNode;
  /** The reply composer and the negative mark (features/review/reply). */
  readonly reply?: ReactNode;
  readonly timeline: ReactNode;
}

function Header({ data, clock }: { data: ReviewPanelData; clock?: ReactNode }): ReactNode {
  const { concern, staffNames } = data;
  const { raisedCount, assignees } = reviewStateOf(concern);
  return (
    <header className="review-header">
      <p className="review-reference muted">{t('reviewConcern.panel.reference', { reference: concernReference(concern.id) })}</p>
      <h2 id={`review-${concern.id}`} className="review-summary">
        {concern.summary}
      </h2>
      <p className="review-badges">
        <PriorityBadge priority={concern.priority} showNormal />
        <span className="badge badge-status" data-status={concern.status}>
          {t(`status.${concern.status}`)}
        </span>
        <ChannelIcon channel={concern.channel} />
        {raisedCount > 1 && <span className="review-raised">{t('reviewConcern.panel.raisedBy', { count: raisedCount })}</span>}
        <span className="review-assignees">
          {assignees.length === 0
            ? t('reviewConcern.panel.unassigned')
            : t('reviewConcern.panel.assignedTo', { names: assignees.map((id) => staffName(staffNames, id)).join(', ') })}
        </span>
        {clock}
      </p>
    </header>
  );
}

function MergeNotices({ concern, onOpen }: { concern: Concern; onOpen: (concernId: string) => void }): ReactNode {
  const { mergedInto, mergedFrom } = reviewStateOf(concern);
  return (
    <>
      {mergedInto !== null && (
        <div className="review-notice" role="note">
          <GitMerge size={18} aria-hidden="true" />
          <p>{t('reviewConcern.panel.mergedInto', { reference: concernReference(mergedInto) })}</p>
          <Button className="button button-secondary" onPress={() => onOpen(mergedInto)}>
            {t('reviewConcern.panel.openMerged', { reference: concernReference(mergedInto) })}
          </Button>
        </div>
      )}
      {mergedFrom.length > 0 && (
        <div className="review-merged-from">
          <p>{t('reviewConcern.panel.mergedFrom', { references: mergedFrom.map(concernReference).join(', ') })}</p>
          <ul className="review-merged-list">
            {mergedFrom.map((id) => (
              <li key={id}>
                <Button className="button button-secondary review-open-merged" onPress={() => onOpen(id)}>
                  {t('reviewConcern.panel.openMerged', { reference: concernReference(id) })}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function OpenFlags({ data }: { data: ReviewPanelData }): ReactNode {
  if (data.openFlags.length === 0) return null;
  const headingId = `review-flags-${data.concern.id}`;
  return (
    <section className="review-flags" aria-labelledby={headingId}>
      <h3 id={headingId} className="review-section-title">
        <Flag size={16} aria-hidden="true" />
        {t('reviewConcern.panel.flagsTitle', { count: data.openFlags.length })}
      </h3>
      <ul className="review-flag-list">
        {data.openFlags.map((flag) => (
          <li key={flag.id} className="review-flag">
            <p className="review-flag-reason">{flag.reason}</p>
            <p className="muted">
              {t('reviewConcern.panel.flagBy', { by: flag.by, at: formatDateTime(flag.at) })}
              {flag.concernId !== data.concern.id && ` ${t('reviewConcern.timeline.fromMerged', { reference: concernReference(flag.concernId) })}`}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

// Native buttons: react-aria's Button drops aria-keyshortcuts, which tells assistive technology the key of each action.
function ActionBar(props: Pick<ReviewPanelViewProps, 'data' | 'actions' | 'canEdit' | 'onAction' | 'onEdit'>): ReactNode {
  const { data, actions, canEdit, onAction, onEdit } = props;
  if (actions.length === 0 && !canEdit) return <p className="review-no-actions muted">{t('reviewConcern.panel.noActions')}</p>;
  return (
    <div className="review-actions" role="group" aria-label={t('reviewConcern.panel.actions')}>
      {actions.map((kind) => {
        const keys = ariaKeysOf(kind);
        return (
          <button
            key={kind}
            type="button"
            className="button button-secondary review-action"
            aria-keyshortcuts={keys}
            data-action={kind}
            onClick={() => onAction({ kind, concernIds: [data.concern.id] })}
          >
            {t(`reviewConcern.action.${kind}`)}
            <kbd className="review-action-key" aria-hidden="true">
              {keys}
            </kbd>
          </button>
        );
      })}
      {canEdit && (
        <button type="button" className="button button-secondary review-action" aria-keyshortcuts="e" data-action="edit" onClick={() => onEdit(data.concern)}>
          <Pencil size={16} aria-hidden="true" />
          {t('reviewConcern.panel.edit')}
          <kbd className="review-action-key" aria-hidden="true">
            e
          </kbd>
        </button>
      )}
    </div>
  );
}

/** The panel. */
export function ReviewPanelView(props: ReviewPanelViewProps): ReactNode {
  const { data, onOpen, clock, similar, reply, timeline } = props;
  return (
    <article className="review-panel" aria-labelledby={`review-${data.concern.id}`} data-testid="review-panel">
      <Header data={data} clock={clock} />
      <MergeNotices concern={data.concern} onOpen={onOpen} />
      <OpenFlags data={data} />
      <ActionBar {...props} />
      {reply}
      <ConcernFacts concern={data.concern} />
      {similar}
      <section className="review-timeline" aria-labelledby={`review-timeline-${data.concern.id}`}>
        <h3 id={`review-timeline-${data.concern.id}`} className="review-section-title">
          {t('reviewConcern.timeline.title')}
        </h3>
        {timeline}
      </section>
    </article>
  );
}
