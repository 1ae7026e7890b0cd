/**
 * The bar shown while rows are selected: how many, a button for each action the person may do (its key in
 * the tooltip and in aria-keyshortcuts, as the keys act on the selection too), other features' actions on the
 * selection (`extra`: linking to a project), and one to clear the selection.
 */
import type { ReactNode } from 'react';
import { ACTION_SHORTCUT, type ReviewActionKind } from '../actions/action-request';
import { shortcut } from '../../../app/shortcuts';
import { t } from '../../../i18n';

/** Props of BulkBar. */
export interface BulkBarProps {
  readonly count: number;
  readonly actions: readonly ReviewActionKind[];
  readonly onAction: (kind: ReviewActionKind) => void;
  readonly onClear: () => void;
  /** More buttons acting on the selection, after the review actions. */
  readonly extra?: ReactNode;
}

/** The bulk action bar; nothing when no row is selected. */
export function BulkBar({ count, actions, onAction, onClear, extra }: BulkBarProps): ReactNode {
  if (count === 0) return null;
  return (
    <div className="queue-bulk" role="group" aria-label={t('reviewQueue.bulk.label')} data-testid="queue-bulk">
      <span className="queue-bulk-count">{t('reviewQueue.bulk.count', { count })}</span>
      {actions.map((kind) => {
        const key = shortcut(ACTION_SHORTCUT[kind]).keys[0] ?? '';
        return (
          <button key={kind} type="button" className="button button-secondary" aria-keyshortcuts={key} title={`${t(`reviewQueue.action.${kind}`)} (${key})`} onClick={() => onAction(kind)}>
            {t(`reviewQueue.action.${kind}`)}
            <kbd className="queue-key" aria-hidden="true">{key}</kbd>
          </button>
        );
      })}
      {extra}
      <button type="button" className="button button-secondary" onClick={onClear}>
        {t('reviewQueue.bulk.clear')}
      </button>
    </div>
  );
}
