/**
 * One recorded decision or action item: what, who and by when, where it stands (done, open, overdue: in words
 * and an icon, never colour alone) and who recorded it. A facilitator may edit it, mark it done or not done,
 * and withdraw it (after confirming: a withdrawal is not undone).
 */
import { useState, type ReactNode } from 'react';
import { CheckCircle2, Circle, AlertTriangle } from 'lucide-react';
import type { MeetingDecision } from '@shared/domain/meeting';
import { t } from '../../../i18n';
import { decisionState, type DecisionState } from '../export/report';
import { DecisionForm } from './DecisionForm';
import { decisionFormOf, decisionPatch } from './decision-form';
import type { RunMeetingChange } from './meeting-records';

const ICONS = { done: CheckCircle2, open: Circle, overdue: AlertTriangle } as const;

/** Where a decision stands, in an icon and a word. */
export function DecisionStateLabel(props: { state: DecisionState }): ReactNode {
  const Icon = ICONS[props.state];
  return (
    <span className="decision-state" data-state={props.state}>
      <Icon size={14} aria-hidden="true" /> {t(`present.state.${props.state}`)}
    </span>
  );
}

/** Props of an item. */
export interface DecisionItemProps {
  readonly decision: MeetingDecision;
  readonly today: string;
  readonly mayChange: boolean;
  readonly run: RunMeetingChange;
}

/** A decision in the theme's list. */
export function DecisionItem({ decision, today, mayChange, run }: DecisionItemProps): ReactNode {
  const [mode, setMode] = useState<'view' | 'edit' | 'withdraw'>('view');
  const state = decisionState(decision, today);
  const kind = t(decision.kind === 'action' ? 'present.kind.action' : 'present.kind.decision');
  if (mode === 'edit') {
    return (
      <li className="decision-item">
        <DecisionForm
          initial={decisionFormOf(decision)}
          isEdit
          onCancel={() => setMode('view')}
          onSubmit={async (values) => {
            const patch = decisionPatch(decision, values);
            const reason = patch === undefined ? undefined : await run('editDecision', { id: decision.id, ...patch }, t('present.decisions.edited'));
            if (reason === undefined) setMode('view');
            return reason;
          }}
        />
      </li>
    );
  }
  return (
    <li className="decision-item" data-state={state}>
      <p className="decision-text">
        <strong>{kind}:</strong> {decision.text}
      </p>
      <p className="decision-facts">
        <DecisionStateLabel state={state} />
        {decision.owner !== '' && <span>{t('present.decisions.ownerIs', { owner: decision.owner })}</span>}
        {decision.due !== '' && <span>{t('present.decision.due', { due: decision.due })}</span>}
        <span>{t('present.decisions.by', { by: decision.by, date: decision.at.slice(0, 10) })}</span>
      </p>
      {mayChange && mode === 'view' && (
        <div className="decision-buttons">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void run('completeDecision', { id: decision.id, done: decision.doneAt === null }, t(decision.doneAt === null ? 'present.decisions.markedDone' : 'present.decisions.markedOpen'))}
          >
            {t(decision.doneAt === null ? 'present.decisions.markDone' : 'present.decisions.markOpen')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setMode('edit')}>
            {t('present.decisions.edit')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setMode('withdraw')}>
            {t('present.decisions.withdraw')}
          </button>
        </div>
      )}
      {mode === 'withdraw' && (
        <div className="decision-confirm" role="group" aria-label={t('present.decisions.withdrawConfirm')}>
          <p>{t('present.decisions.withdrawConfirm')}</p>
          <button type="button" className="button button-danger" autoFocus onClick={() => void run('withdrawDecision', { id: decision.id }, t('present.decisions.withdrawn'))}>
            {t('present.decisions.withdrawYes')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setMode('view')}>
            {t('present.decisions.keep')}
          </button>
        </div>
      )}
    </li>
  );
}
