/**
 * The dialog of a review action (action-request.ts): the form of request.kind for request.concernIds (one, or
 * several: a bulk action), run as synced mutations when confirmed, then closed. A person whose role may not do
 * the action is told so in a sentence instead of being shown a form the server would refuse.
 */
import type { ReactNode } from 'react';
import { t, type MessageKey } from '../../../i18n';
import { AppDialog } from '../../../components/AppDialog';
import { usePermissions, type Permissions } from '../permissions';
import type { ActionRequest, ReviewActionKind } from './action-request';
import { AcknowledgeForm, ReviewFlagsForm } from './ConfirmForms';
import { AssignForm } from './AssignForm';
import { PriorityForm, StatusForm } from './ChoiceForms';
import { CommentForm } from './CommentForm';
import { MergeForm } from './MergeForm';
import { FlagForm, ResolveForm, RespondForm } from './NoteForms';
import type { ActionFormProps } from './types';
import { useActionRunner } from './useActionRunner';
import { useSnapshots } from './useSnapshots';
import './review-actions.css';

/** Props of ReviewActionDialog. */
export interface ReviewActionDialogProps {
  /** The action to show; the dialog is closed while undefined. */
  readonly request: ActionRequest | undefined;
  readonly onClose: () => void;
  /** Called with the concerns the action was done for (also when it was done for only some of them). */
  readonly onDone?: (kind: ReviewActionKind, concernIds: readonly string[]) => void;
}

const FORMS: Readonly<Record<ReviewActionKind, (props: ActionFormProps) => ReactNode>> = {
  acknowledge: AcknowledgeForm,
  assign: AssignForm,
  comment: CommentForm,
  flag: FlagForm,
  reviewFlags: ReviewFlagsForm,
  priority: PriorityForm,
  status: StatusForm,
  respond: RespondForm,
  resolve: ResolveForm,
  merge: MergeForm,
};

/** True when the person may do this kind of action (a priority: raising one is enough to be offered it). */
export function mayDoKind(permissions: Pick<Permissions, 'may'>, kind: ReviewActionKind): boolean {
  return kind === 'priority' ? permissions.may('priority') || permissions.may('raisePriority') : permissions.may(kind);
}

/** The dialog's title. */
export const titleKey = (kind: ReviewActionKind): MessageKey => `reviewActions.title.${kind}`;

/** A stable key for a request, so a new request starts its form afresh. */
const requestKey = (request: ActionRequest) => `${request.kind}:${request.concernIds.join(',')}:${request.mergeInto ?? ''}`;

/** The modal; mounts the form once per request. */
export function ReviewActionDialog({ request, onClose, onDone }: ReviewActionDialogProps): ReactNode {
  return (
    <AppDialog
      isOpen={request !== undefined}
      onClose={onClose}
      title={request === undefined ? '' : t(titleKey(request.kind))}
      modalClassName="review-action-modal"
      className="dialog review-action-dialog"
    >
      {request !== undefined && <ActionBody key={requestKey(request)} request={request} onClose={onClose} onDone={onDone} />}
    </AppDialog>
  );
}

/** The form for the request, or why it cannot be shown. */
function ActionBody({ request, onClose, onDone }: { request: ActionRequest; onClose: () => void; onDone: ReviewActionDialogProps['onDone'] }): ReactNode {
  const permissions = usePermissions();
  const runner = useActionRunner(request, onClose, onDone);
  const snapshots = useSnapshots(runner.concernIds);
  if (!mayDoKind(permissions, request.kind)) return <Notice text={t(`reviewActions.notAllowed.${request.kind}`)} onClose={onClose} />;
  if (snapshots.isLoading) return <p className="review-action-hint" role="status">{t('reviewActions.loading')}</p>;
  if (snapshots.found.length === 0) return <Notice text={t('reviewActions.missing')} onClose={onClose} />;
  const Form = FORMS[request.kind];
  return (
    <Form
      request={request}
      snapshots={snapshots.found}
      isRunning={runner.isRunning}
      problem={runner.problem}
      run={runner.run}
      onCancel={onClose}
    />
  );
}

/** A sentence and a Close button that takes the cursor. */
function Notice({ text, onClose }: { text: string; onClose: () => void }): ReactNode {
  return (
    <div className="review-action-form">
      <p className="review-action-question">{text}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
}
