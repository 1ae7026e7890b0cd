/**
 * The open concern's review panel: its data read live from the desk (db/timeline.ts reviewPanelOf), the
 * actions the person may take (usePermissions, panel-actions.ts), its similar concerns and its timeline.
 *
 * Keys: each offered action's key (a s c f v p u r d m, app/shortcuts.ts where 'review') asks for it, and e
 * edits, while focus is in the panel or in the element hosting it (the page's back button), never while typing
 * in a text field nor when a modifier is held. Listening on the document rather than on the panel lets the host
 * keep focus outside the panel (on its way back) and the keys still work; the host check keeps them from acting
 * when focus is in a dialog opened over it.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { Concern } from '@shared/domain/concern';
import { reviewStateOf } from '@shared/domain/concern';
import { useLiveQuery } from '../../../db';
import { reviewPanelOf } from '../../../db/timeline';
import { useDesk } from '../../../app/desk-context';
import { isShortcut } from '../../../app/shortcuts';
import { ResponseClockBadge } from '../../../components/ResponseClockBadge';
import { Skeleton } from '../../../components/Skeleton';
import { EmptyState } from '../../../components/EmptyState';
import { SearchX } from 'lucide-react';
import { t } from '../../../i18n';
import type { ActionRequest } from '../actions/action-request';
import { usePermissions } from '../permissions';
import { SimilarConcerns } from '../similar/SimilarConcerns';
import { ConcernTimeline } from '../timeline/ConcernTimeline';
import { ReplySection } from '../reply/ReplySection';
import { actionOfKey, panelActions } from './panel-actions';
import { ReviewPanelView } from './ReviewPanelView';

/** Props of ConcernReviewPanel. */
export interface ConcernReviewPanelProps {
  readonly concernId: string;
  readonly onAction: (request: ActionRequest) => void;
  readonly onOpen: (concernId: string) => void;
  readonly onEdit: (concern: Concern) => void;
}

/** True when the key press comes from a place that takes text. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable="true"], [role="textbox"]') !== null;
}

/** The panel of one concern. */
export function ConcernReviewPanel({ concernId, onAction, onOpen, onEdit }: ConcernReviewPanelProps): ReactNode {
  const { db } = useDesk();
  const permissions = usePermissions();
  const rootRef = useRef<HTMLDivElement>(null);
  // null once read and not found, told apart from undefined (still loading).
  const data = useLiveQuery(async () => (await reviewPanelOf(db, concernId)) ?? null, [db, concernId]);
  const actions = data ? panelActions(data.concern, data.openFlags.length, permissions) : [];
  const canEdit = data ? permissions.may('edit') && reviewStateOf(data.concern).mergedInto === null : false;

  // The latest values for the document listener, so it is added once per panel rather than on every render.
  const latest = useRef({ data, actions, canEdit, onAction, onEdit });
  useEffect(() => {
    latest.current = { data, actions, canEdit, onAction, onEdit };
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const root = rootRef.current;
      const { data: now, actions: offered, canEdit: mayEdit } = latest.current;
      if (event.defaultPrevented || root === null || !now || isTyping(event.target)) return;
      const scope = root.parentElement ?? root;
      if (!(event.target instanceof Node) || !scope.contains(event.target)) return;
      const kind = actionOfKey(event, offered);
      if (kind !== undefined) {
        event.preventDefault();
        latest.current.onAction({ kind, concernIds: [now.concern.id] });
      } else if (mayEdit && isShortcut(event, 'list.edit')) {
        event.preventDefault();
        latest.current.onEdit(now.concern);
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div ref={rootRef} className="review-panel-host">
      {data === undefined ? (
        <Skeleton label={t('reviewConcern.loading')} />
      ) : data === null ? (
        <EmptyState icon={SearchX} title={t('reviewConcern.notFound')} />
      ) : (
        <ReviewPanelView
          data={data}
          actions={actions}
          canEdit={canEdit}
          onAction={onAction}
          onOpen={onOpen}
          onEdit={onEdit}
          clock={<ResponseClockBadge concern={data.concern} />}
          similar={<SimilarConcerns concern={data.concern} onOpen={onOpen} onMerge={onAction} />}
          reply={<ReplySection concern={data.concern} permissions={permissions} />}
          timeline={<ConcernTimeline concernId={data.concern.id} />}
        />
      )}
    </div>
  );
}
