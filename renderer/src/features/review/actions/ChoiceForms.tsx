/**
 * Priority and status, each a radio group starting on the concerns' current value (when they share one).
 * Priority offers only what the person may choose for every concern (a counter may raise, not lower) and says
 * that top priority goes to the priority email at once. Choosing "Resolved" as a status brings in the
 * resolution note, since a concern resolved without one leaves the office guessing.
 */
import { useRef, useState, type ReactNode } from 'react';
import { Label, Radio, RadioGroup, Text } from 'react-aria-components';
import { PRIORITIES, STATUSES, type Priority, type Status } from '@shared/domain/concern';
import { t } from '../../../i18n';
import { usePermissions } from '../permissions';
import { ActionFrame } from './ActionFrame';
import { allowedPriorities } from './action-plan';
import { NoteField } from './NoteField';
import { useResolutionNote, type NoteRef } from './NoteForms';
import type { ActionFormProps } from './types';

/** The value every item shares, or undefined when they differ. */
export function sharedValue<T>(values: readonly T[]): T | undefined {
  const [first] = values;
  return values.every((v) => v === first) ? first : undefined;
}

/** Normal / high / top. */
export function PriorityForm(props: ActionFormProps): ReactNode {
  const permissions = usePermissions();
  const current = props.snapshots.map((s) => s.concern.priority);
  const allowed = allowedPriorities(permissions, current);
  const now = sharedValue(current);
  const [to, setTo] = useState<Priority>(now ?? allowed[allowed.length - 1] ?? 'top');
  const isRaiseOnly = !permissions.may('priority');
  return (
    <ActionFrame {...props} confirmLabel={t('reviewActions.priority.confirm')} onSubmit={() => props.run({ kind: 'priority', to })}>
      <RadioGroup
        className="review-action-field"
        value={to}
        onChange={(value) => setTo(value as Priority)}
      >
        <Label className="review-action-label">{t('reviewActions.priority.field')}</Label>
        {now !== undefined && (
          <Text slot="description" className="review-action-hint">
            {t('reviewActions.priority.now', { priority: t(`priority.option.${now}`) })}
          </Text>
        )}
        <div className="review-action-radios">
          {PRIORITIES.map((p) => (
            <Radio key={p} value={p} className="review-action-radio" isDisabled={!allowed.includes(p)} autoFocus={p === to}>
              {t(`priority.option.${p}`)}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      <p className={to === 'top' ? 'review-action-note review-action-note-top' : 'review-action-hint'}>{t('reviewActions.priority.top')}</p>
      {isRaiseOnly && <p className="review-action-hint">{t('reviewActions.priority.raiseOnly')}</p>}
    </ActionFrame>
  );
}

/** The statuses; "Resolved" asks for the note. */
export function StatusForm(props: ActionFormProps): ReactNode {
  const now = sharedValue(props.snapshots.map((s) => s.concern.status));
  const [to, setTo] = useState<Status>(now ?? 'in-progress');
  const noteRef: NoteRef = useRef(null);
  const note = useResolutionNote(noteRef);
  const mayReview = usePermissions().may('reviewFlags');
  const submit = () => {
    if (to !== 'resolved') {
      props.run({ kind: 'status', to });
      return;
    }
    const checked = note.check();
    if (checked !== undefined) props.run({ kind: 'status', to, note: checked, reviewFlags: mayReview });
  };
  return (
    <ActionFrame {...props} confirmLabel={t('reviewActions.status.confirm')} onSubmit={submit}>
      <RadioGroup className="review-action-field" value={to} onChange={(value) => setTo(value as Status)}>
        <Label className="review-action-label">{t('reviewActions.status.field')}</Label>
        {now !== undefined && (
          <Text slot="description" className="review-action-hint">
            {t('reviewActions.status.now', { status: t(`status.${now}`) })}
          </Text>
        )}
        <div className="review-action-radios">
          {STATUSES.map((s) => (
            <Radio key={s} value={s} className="review-action-radio" autoFocus={s === to}>
              {t(`status.${s}`)}
            </Radio>
          ))}
        </div>
      </RadioGroup>
      {to === 'resolved' && (
        <NoteField
          ref={noteRef}
          label={t('reviewActions.resolve.field')}
          hint={t('reviewActions.status.resolvedNote')}
          error={note.error}
          value={note.value}
          onChange={note.setValue}
          isMultiline
        />
      )}
    </ActionFrame>
  );
}
