/**
 * One weekday's opening hours: zero or more intervals (a lunch break is two), each with its opening and closing
 * time; "Closed" when there are none. Removing an interval moves focus to the one that took its place, or to
 * "Add hours".
 */
import type { ReactNode } from 'react';
import { useFieldArray, useFormState, type Control } from 'react-hook-form';
import { Button } from 'react-aria-components';
import { Plus, X } from 'lucide-react';
import type { Weekday } from '@shared/domain/office-hours';
import { t } from '../../i18n';
import { TextBoxField } from './AdminFields';
import { ContextLabel } from './ContextLabel';
import type { ResponseTimesInput, ResponseTimesValues } from './response-times-form';
import { useFocusRequest } from './useFocusRequest';

/** Props: the form's control and the day. */
export interface DayHoursFieldProps {
  control: Control<ResponseTimesInput, unknown, ResponseTimesValues>;
  day: Weekday;
}

/** The day's row of the week. */
export function DayHoursField({ control, day }: DayHoursFieldProps): ReactNode {
  const name = `responsePolicy.week.${day}` as const;
  const { fields, append, remove } = useFieldArray({ control, name });
  const { errors } = useFormState({ control, name });
  const dayErrors = errors.responsePolicy?.week?.[day];
  const [rootRef, focusLater] = useFocusRequest<HTMLFieldSetElement>();
  const dayName = t(`responseTimes.day.${day}`);
  const addButton = `[data-control="add-hours-${day}"]`;
  return (
    <fieldset ref={rootRef} className="admin-day">
      <legend className="admin-day-name">{dayName}</legend>
      <div className="admin-day-hours">
        {fields.length === 0 && <p className="admin-closed">{t('responseTimes.closed')}</p>}
        {fields.map((row, index) => {
          const context = t('responseTimes.interval', { day: dayName, n: index + 1 });
          // An overlap is about the interval as a whole: it shows under its opening time.
          const overlap = dayErrors?.[index]?.message;
          return (
            <div key={row.id} className="admin-interval" data-interval={index}>
              <TextBoxField control={control} name={`${name}.${index}.start`} label={<ContextLabel text={t('responseTimes.opens')} context={context} />} isShort extraError={overlap} />
              <span className="admin-interval-dash" aria-hidden>
                –
              </span>
              <TextBoxField control={control} name={`${name}.${index}.end`} label={<ContextLabel text={t('responseTimes.closes')} context={context} />} isShort />
              <Button
                className="button button-secondary admin-row-button"
                aria-label={t('responseTimes.interval.remove', { interval: context })}
                onPress={() => {
                  remove(index);
                  focusLater(fields.length > 1 ? `[data-interval="${Math.min(index, fields.length - 2)}"] input` : addButton);
                }}
              >
                <X size={18} aria-hidden />
              </Button>
            </div>
          );
        })}
        <p className="admin-error">{dayErrors?.root?.message}</p>
      </div>
      <Button
        className="button button-secondary admin-row-button"
        data-control={`add-hours-${day}`}
        aria-label={t('responseTimes.interval.add', { day: dayName })}
        onPress={() => append({ start: '', end: '' })}
      >
        <Plus size={18} aria-hidden />
        {t('responseTimes.interval.addShort')}
      </Button>
    </fieldset>
  );
}
