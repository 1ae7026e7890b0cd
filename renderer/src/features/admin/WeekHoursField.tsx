/** The weekly opening hours, Monday first, one row per day; and the message when the office is never open. */
import type { ReactNode } from 'react';
import { useFormState, type Control } from 'react-hook-form';
import { t } from '../../i18n';
import { DayHoursField } from './DayHoursField';
import type { ResponseTimesInput, ResponseTimesValues } from './response-times-form';

/** Props: the response times form's control. */
export interface WeekHoursFieldProps {
  control: Control<ResponseTimesInput, unknown, ResponseTimesValues>;
}

const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** The week, in a group of its own. */
export function WeekHoursField({ control }: WeekHoursFieldProps): ReactNode {
  const { errors } = useFormState({ control, name: 'responsePolicy.week' });
  const week = errors.responsePolicy?.week;
  return (
    <fieldset className="admin-fieldset" aria-describedby="week-hours-hint week-hours-error">
      <legend className="admin-section-title">{t('responseTimes.week')}</legend>
      <p id="week-hours-hint" className="admin-hint">
        {t('responseTimes.week.hint')}
      </p>
      <div className="admin-week">
        {DAYS.map((day) => (
          <DayHoursField key={day} control={control} day={day} />
        ))}
      </div>
      <p id="week-hours-error" className="admin-error">
        {week?.root?.message ?? week?.message}
      </p>
    </fieldset>
  );
}
