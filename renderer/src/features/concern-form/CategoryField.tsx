/** The category: a combo box over the office's list (from settings) that also accepts a category typed in. */
import type { ReactNode } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { ChevronDown } from 'lucide-react';
import type { ConcernFields } from '@shared/domain/concern';
import { useDesk } from '../../app/desk-context';
import { t } from '../../i18n';
import { FieldErrorText, controlId, useFieldError } from './Field';
import { describedBy, hintId } from './form-values';

/** The category combo box, bound to the form's `category`. */
export function CategoryField(): ReactNode {
  const { settings } = useDesk();
  const { control } = useFormContext<ConcernFields>();
  const { field: { ref, name, value, onChange, onBlur } } = useController({ control, name: 'category' });
  const error = useFieldError('category');
  const items = settings.categories.map((name) => ({ id: name, name }));
  return (
    <ComboBox
      className="field"
      data-invalid={error !== undefined || undefined}
      allowsCustomValue
      menuTrigger="focus"
      defaultItems={items}
      inputValue={value}
      onInputChange={onChange}
      onSelectionChange={(key) => {
        if (typeof key === 'string') onChange(key);
      }}
      isInvalid={error !== undefined}
      validationBehavior="aria"
    >
      <Label className="field-label">{t('field.category')}</Label>
      <Text slot="description" id={hintId('category')} className="field-hint">
        {t('form.categoryHint')}
      </Text>
      <FieldErrorText name="category" error={error} />
      <div className="combo">
        <Input
          ref={ref}
          id={controlId('category')}
          className="input"
          name={name}
          onBlur={onBlur}
          aria-describedby={describedBy('category', true, error !== undefined)}
        />
        {/* No separate open button: its label would repeat "Category"; the list opens on typing or ArrowDown. */}
        <ChevronDown className="combo-chevron" size={16} aria-hidden="true" />
      </div>
      <Popover className="popover" placement="bottom start">
        <ListBox className="options">
          {(item: { id: string; name: string }) => (
            <ListBoxItem className="option" id={item.id}>
              {item.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
