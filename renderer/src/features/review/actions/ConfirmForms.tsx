/**
 * The one-step actions: acknowledge (and mark the open flags reviewed, when the person may), and mark the open
 * flags reviewed, listing each (reason, who, when) so the person knows what they are clearing.
 */
import type { ReactNode } from 'react';
import { concernReference } from '@shared/domain/reference';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n';
import { usePermissions } from '../permissions';
import { useConnectionState } from '../../../office/office-context';
import { ActionFrame } from './ActionFrame';
import type { ActionFormProps } from './types';

const openFlagCount = (props: ActionFormProps) => props.snapshots.reduce((sum, s) => sum + s.openFlags.length, 0);

/** "Acknowledge 3 concerns?" */
export function AcknowledgeForm(props: ActionFormProps): ReactNode {
  const permissions = usePermissions();
  const mayReview = permissions.may('reviewFlags');
  // Acknowledging says "I am on it": a concern nobody has becomes the acknowledger's, so it stays in the queue
  // (and the workload) with a name on it instead of vanishing once its flags are reviewed.
  const staffId = useConnectionState().account?.staffId;
  const takeOn = permissions.may('assign') ? staffId : undefined;
  const unassigned = props.snapshots.filter((s) => s.assignees.length === 0).length;
  const flags = mayReview ? openFlagCount(props) : 0;
  const count = props.snapshots.length;
  return (
    <ActionFrame
      {...props}
      focusConfirm
      confirmLabel={t('reviewActions.acknowledge.confirm')}
      onSubmit={() => props.run({ kind: 'acknowledge', reviewFlags: mayReview, ...(takeOn === undefined ? {} : { takeOn }) })}
    >
      <p className="review-action-question">{count === 1 ? t('reviewActions.acknowledge.one') : t('reviewActions.acknowledge.many', { count })}</p>
      <p className="review-action-hint">{t('reviewActions.acknowledge.hint')}</p>
      {takeOn !== undefined && unassigned > 0 && <p className="review-action-hint">{t('reviewActions.acknowledge.takeOn', { count: unassigned })}</p>}
      {flags > 0 && <p className="review-action-hint">{t('reviewActions.acknowledge.flags', { count: flags })}</p>}
    </ActionFrame>
  );
}

/** The open flags of each concern, and "Mark reviewed" for exactly those shown. */
export function ReviewFlagsForm(props: ActionFormProps): ReactNode {
  const flags = props.snapshots.flatMap((s) => s.openFlags.map((flag) => ({ flag, concernId: s.concern.id })));
  const isBulk = props.snapshots.length > 1;
  return (
    <ActionFrame
      {...props}
      confirmLabel={t('reviewActions.reviewFlags.confirm')}
      canConfirm={flags.length > 0}
      focusConfirm
      onSubmit={() => props.run({ kind: 'reviewFlags', seen: flags.map(({ flag }) => flag.id) })}
    >
      {flags.length === 0 ? (
        <p className="review-action-question">{t('reviewActions.reviewFlags.none')}</p>
      ) : (
        <>
          <p className="review-action-hint">{t('reviewActions.reviewFlags.intro')}</p>
          {/* Focusable so a long list can be scrolled by keyboard. */}
          <ul className="review-action-flags" aria-label={t('reviewActions.reviewFlags.list')} tabIndex={0}>
            {flags.map(({ flag, concernId }) => (
              <li key={flag.id} className="review-action-flag">
                <span className="review-action-flag-reason">
                  {isBulk && <strong>{concernReference(concernId)} </strong>}
                  {flag.reason}
                </span>
                <span className="review-action-hint">
                  {t('reviewActions.reviewFlags.by', { by: flag.by, when: formatDateTime(flag.at) })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </ActionFrame>
  );
}
