/**
 * The priority addresses: one box per address, each with its own error and a Remove button, and "Add an
 * address". Removing one moves focus to the box that took its place (or "Add an address"), never to the page.
 */
import type { ReactNode } from 'react';
import { useFieldArray, useFormState, type Control } from 'react-hook-form';
import { Button } from 'react-aria-components';
import { Plus, X } from 'lucide-react';
import { MAX_PRIORITY_ADDRESSES } from '@shared/api/office-settings';
import { t } from '../../i18n';
import { TextBoxField } from './AdminFields';
import type { PriorityEmailInput, PriorityEmailValues } from './priority-email-form';
import { useFocusRequest } from './useFocusRequest';

/** Props: the priority email form's control. */
export interface PriorityAddressesFieldProps {
  control: Control<PriorityEmailInput, unknown, PriorityEmailValues>;
}

const ADD_BUTTON = '[data-control="add-address"]';
const rowInput = (index: number) => `[data-address-row="${index}"] input`;

/** The list editor. */
export function PriorityAddressesField({ control }: PriorityAddressesFieldProps): ReactNode {
  const { fields, append, remove } = useFieldArray({ control, name: 'priorityAddresses' });
  const { errors } = useFormState({ control, name: 'priorityAddresses' });
  const [rootRef, focusLater] = useFocusRequest<HTMLFieldSetElement>();
  const listError = errors.priorityAddresses?.root?.message ?? errors.priorityAddresses?.message;
  return (
    <fieldset ref={rootRef} className="admin-fieldset" aria-describedby="priority-addresses-hint priority-addresses-error">
      <legend className="admin-label">{t('priorityEmail.addresses')}</legend>
      <p id="priority-addresses-hint" className="admin-hint">
        {t('priorityEmail.addresses.hint')}
      </p>
      <ul className="admin-list">
        {fields.map((row, index) => (
          <li key={row.id} className="admin-list-row" data-address-row={index}>
            <TextBoxField
              control={control}
              name={`priorityAddresses.${index}.address`}
              type="email"
              label={t('priorityEmail.address', { n: index + 1 })}
            />
            <Button
              className="button button-secondary admin-row-button"
              aria-label={t('priorityEmail.address.remove', { n: index + 1 })}
              onPress={() => {
                remove(index);
                focusLater(fields.length > 1 ? rowInput(Math.min(index, fields.length - 2)) : ADD_BUTTON);
              }}
            >
              <X size={18} aria-hidden />
              {t('priorityEmail.remove')}
            </Button>
          </li>
        ))}
      </ul>
      <p id="priority-addresses-error" className="admin-error">
        {listError}
      </p>
      {fields.length < MAX_PRIORITY_ADDRESSES && (
        <Button className="button button-secondary admin-add-button" data-control="add-address" onPress={() => append({ address: '' })}>
          <Plus size={18} aria-hidden />
          {t('priorityEmail.address.add')}
        </Button>
      )}
    </fieldset>
  );
}
