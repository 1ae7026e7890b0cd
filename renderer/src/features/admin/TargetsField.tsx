/** The first-response target of each priority: an amount and its unit (hours, business hours, business days). */
import type { ReactNode } from 'react';
import type { Control } from 'react-hook-form';
import { TARGET_UNITS } from '@shared/domain/response-clock';
import { t } from '../../i18n';
import { TextBoxField } from './AdminFields';
import { ContextLabel } from './ContextLabel';
import { SelectField, type Choice } from './OfficeFields';
import { TARGET_PRIORITIES, type ResponseTimesInput, type ResponseTimesValues } from './response-times-form';

/** Props: the response times form's control. */
export interface TargetsFieldProps {
  control: Control<ResponseTimesInput, unknown, ResponseTimesValues>;
}

const UNITS: readonly Choice[] = TARGET_UNITS.map((id) => ({ id, label: t(`responseTimes.unit.${id}`) }));

/** The three targets, in a group of their own, with what each unit counts. */
export function TargetsField({ control }: TargetsFieldProps): ReactNode {
  return (
    <fieldset className="admin-fieldset">
      <legend className="admin-section-title">{t('responseTimes.targets')}</legend>
      <p className="admin-hint">{t('responseTimes.targets.hint')}</p>
      <ul className="admin-hint admin-units">
        {TARGET_UNITS.map((unit) => (
          <li key={unit}>{t(`responseTimes.unit.${unit}.hint`)}</li>
        ))}
      </ul>
      {TARGET_PRIORITIES.map((priority) => {
        const context = t(`responseTimes.priority.${priority}`);
        return (
          <div key={priority} className="admin-target" role="group" aria-label={context}>
            <p className="admin-label admin-target-name" aria-hidden>
              {context}
            </p>
            <TextBoxField
              control={control}
              name={`responsePolicy.targets.${priority}.amount`}
              label={<ContextLabel text={t('responseTimes.amount')} context={context} />}
              inputMode="decimal"
              isShort
            />
            <SelectField
              control={control}
              name={`responsePolicy.targets.${priority}.unit`}
              label={<ContextLabel text={t('responseTimes.unit')} context={context} />}
              choices={UNITS}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
