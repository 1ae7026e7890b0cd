/**
 * The office's holidays: a date, a name and whether it comes back every year; add and remove. A new holiday's
 * date box takes focus; removing one moves focus to the row that took its place, or to "Add a holiday".
 */
import type { ReactNode } from 'react';
import { useFieldArray, useFormState, type Control } from 'react-hook-form';
import { Button } from 'react-aria-components';
import { CalendarPlus, X } from 'lucide-react';
import { t } from '../../i18n';
import { TextBoxField } from './AdminFields';
import { ContextLabel } from './ContextLabel';
import { CheckboxField } from './OfficeFields';
import type { ResponseTimesInput, ResponseTimesValues } from './response-times-form';
import { useFocusRequest } from './useFocusRequest';

/** Props: the response times form's control. */
export interface HolidaysFieldProps {
  control: Control<ResponseTimesInput, unknown, ResponseTimesValues>;
}

const ADD_BUTTON = '[data-control="add-holiday"]';

/** The holiday list. */
export function HolidaysField({ control }: HolidaysFieldProps): ReactNode {
  const { fields, append, remove } = useFieldArray({ control, name: 'responsePolicy.holidays' });
  const { errors } = useFormState({ control, name: 'responsePolicy.holidays' });
  const [rootRef, focusLater] = useFocusRequest<HTMLFieldSetElement>();
  const listError = errors.responsePolicy?.holidays?.root?.message ?? errors.responsePolicy?.holidays?.message;
  return (
    <fieldset ref={rootRef} className="admin-fieldset" aria-describedby="holidays-hint holidays-error">
      <legend className="admin-section-title">{t('responseTimes.holidays')}</legend>
      <p id="holidays-hint" className="admin-hint">
        {t('responseTimes.holidays.hint')}
      </p>
      {fields.length === 0 && <p>{t('responseTimes.holidays.none')}</p>}
      <ul className="admin-list">
        {fields.map((row, index) => {
          const context = t('responseTimes.holiday', { n: index + 1 });
          return (
            <li key={row.id} className="admin-list-row admin-holiday" data-holiday={index}>
              <TextBoxField
                control={control}
                name={`responsePolicy.holidays.${index}.date`}
                label={<ContextLabel text={t('responseTimes.holiday.date')} context={context} />}
                hint={t('responseTimes.holiday.date.hint')}
              />
              <TextBoxField control={control} name={`responsePolicy.holidays.${index}.name`} label={<ContextLabel text={t('responseTimes.holiday.name')} context={context} />} />
              <CheckboxField control={control} name={`responsePolicy.holidays.${index}.yearly`} label={<ContextLabel text={t('responseTimes.holiday.yearly')} context={context} />} />
              <Button
                className="button button-secondary admin-row-button"
                aria-label={t('responseTimes.holiday.remove', { n: index + 1 })}
                onPress={() => {
                  remove(index);
                  focusLater(fields.length > 1 ? `[data-holiday="${Math.min(index, fields.length - 2)}"] input` : ADD_BUTTON);
                }}
              >
                <X size={18} aria-hidden />
                {t('priorityEmail.remove')}
              </Button>
            </li>
          );
        })}
      </ul>
      <p id="holidays-error" className="admin-error">
        {listError}
      </p>
      <Button className="button button-secondary" data-control="add-holiday" onPress={() => append({ date: '', name: '', yearly: false })}>
        <CalendarPlus size={18} aria-hidden />
        {t('responseTimes.holiday.add')}
      </Button>
    </fieldset>
  );
}
