/**
 * "Negative comment": marks the open concern (markNegative), so replies to it show the response policy for
 * comments. Whoever may flag a concern may mark it; others see the mark as words.
 */
import { useId, useState, type ReactNode } from 'react';
import { reviewStateOf, type Concern } from '@shared/domain/concern';
import { withLocalMutations } from '../../../db';
import { useDesk } from '../../../app/desk-context';
import { useAnnounce } from '../../../app/announcer';
import { t } from '../../../i18n';
import { reasonOf } from '../actions/run-action';

/** Props: the concern and whether the person may change the mark. */
export interface NegativeToggleProps {
  readonly concern: Concern;
  readonly canMark: boolean;
}

/** The toggle (a checkbox: its state is read out as checked or not). */
export function NegativeToggle({ concern, canMark }: NegativeToggleProps): ReactNode {
  const { db, settings } = useDesk();
  const announce = useAnnounce();
  const id = useId();
  const [problem, setProblem] = useState('');
  const { negative } = reviewStateOf(concern);
  if (!canMark) return negative ? <p className="reply-negative-mark">{t('reply.negative')}</p> : null;

  const mark = async (value: boolean) => {
    setProblem('');
    try {
      await withLocalMutations(db, { at: new Date().toISOString(), by: settings.staffName }, (write) => write.run('markNegative', { id: concern.id, negative: value }));
      announce(t(value ? 'reply.negative.on' : 'reply.negative.off'));
    } catch (error) {
      setProblem(t('reply.negative.failed', { reason: reasonOf(error).reason }));
    }
  };

  return (
    <div className="reply-negative">
      <input id={id} type="checkbox" className="reply-negative-box" checked={negative} aria-describedby={`${id}-hint`} onChange={(event) => void mark(event.target.checked)} />
      <label htmlFor={id}>{t('reply.negative')}</label>
      <span id={`${id}-hint`} className="muted">
        {t('reply.negative.hint')}
      </span>
      <span role="alert" className="reply-problem">
        {problem}
      </span>
    </div>
  );
}
