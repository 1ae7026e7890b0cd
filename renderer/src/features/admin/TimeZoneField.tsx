/**
 * The office's time zone: a combo box of the zones this computer knows (Intl), filtered as one types. What is
 * typed stays in the box even when it is no zone, so the check can say so instead of quietly undoing it.
 */
import type { ReactNode } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { ChevronDown } from 'lucide-react';
import { t } from '../../i18n';
import type { ResponseTimesInput, ResponseTimesValues } from './response-times-form';

/** Props: the response times form's control. */
export interface TimeZoneFieldProps {
  control: Control<ResponseTimesInput, unknown, ResponseTimesValues>;
}

const ZONES = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')].map((id) => ({ id }));

/** The time zone field. */
export function TimeZoneField({ control }: TimeZoneFieldProps): ReactNode {
  return (
    <Controller
      name="responsePolicy.timeZone"
      control={control}
      render={({ field, fieldState }) => (
        <ComboBox
          className="admin-field"
          name={field.name}
          inputValue={field.value}
          onInputChange={field.onChange}
          onBlur={field.onBlur}
          allowsCustomValue
          defaultItems={ZONES}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <Label className="admin-label">{t('responseTimes.timeZone')}</Label>
          <Text slot="description" className="admin-hint">
            {t('responseTimes.timeZone.hint')}
          </Text>
          <div className="admin-combo">
            <Input ref={field.ref} className="input admin-input" spellCheck={false} />
            <Button className="admin-combo-button" aria-label={t('responseTimes.timeZone.list')}>
              <ChevronDown size={18} aria-hidden />
            </Button>
          </div>
          <FieldError className="admin-error">{fieldState.error?.message}</FieldError>
          <Popover className="popover admin-combo-popover">
            <ListBox className="options">
              {(item: { id: string }) => (
                <ListBoxItem id={item.id} className="option">
                  {item.id}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </ComboBox>
      )}
    />
  );
}
