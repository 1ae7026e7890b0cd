/** The simple settings fields (name, usual channel, theme), each bound to the settings form by a Controller. */
import type { ReactNode } from 'react';
import { Controller, type Control } from 'react-hook-form';
import {
  Button,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
  Text,
  TextField,
} from 'react-aria-components';
import { ChevronDown } from 'lucide-react';
import { CHANNELS } from '@shared/domain/concern';
import type { DeskSettings } from '@shared/domain/settings';
import { t } from '../../i18n';
import type { SettingsInput } from './settings-form';

/** The form's control, typed with the schema's input and output. */
export type SettingsControl = Control<SettingsInput, unknown, DeskSettings>;

const CHANNEL_ITEMS = CHANNELS.map((id) => ({ id, label: t(`channel.${id}`) }));
const THEMES = ['system', 'light', 'dark'] as const;

/** "Your name at this desk". */
export function StaffNameField({ control }: { control: SettingsControl }): ReactNode {
  return (
    <Controller
      name="staffName"
      control={control}
      render={({ field, fieldState }) => (
        <TextField
          className="settings-field"
          name={field.name}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
          autoComplete="name"
        >
          <Label className="settings-label">{t('settings.staffName')}</Label>
          <Text slot="description" className="settings-hint">
            {t('settings.staffName.hint')}
          </Text>
          <Input ref={field.ref} className="settings-input" />
          <FieldError className="settings-error">{fieldState.error?.message}</FieldError>
        </TextField>
      )}
    />
  );
}

/** "Usual channel": the channel new concerns start with. */
export function ChannelField({ control }: { control: SettingsControl }): ReactNode {
  return (
    <Controller
      name="defaultChannel"
      control={control}
      render={({ field, fieldState }) => (
        <Select
          className="settings-field"
          name={field.name}
          value={field.value}
          onChange={(key) => field.onChange(key)}
          onBlur={field.onBlur}
          isInvalid={fieldState.invalid}
          validationBehavior="aria"
        >
          <Label className="settings-label">{t('settings.defaultChannel')}</Label>
          <Text slot="description" className="settings-hint">
            {t('settings.defaultChannel.hint')}
          </Text>
          <Button ref={field.ref} className="settings-select-button">
            <SelectValue />
            <ChevronDown size={18} aria-hidden />
          </Button>
          <FieldError className="settings-error">{fieldState.error?.message}</FieldError>
          <Popover className="settings-popover">
            <ListBox className="settings-options" items={CHANNEL_ITEMS}>
              {(item) => (
                <ListBoxItem id={item.id} className="settings-option">
                  {item.label}
                </ListBoxItem>
              )}
            </ListBox>
          </Popover>
        </Select>
      )}
    />
  );
}

/** Theme: follow the computer, or always light or dark. */
export function ThemeField({ control }: { control: SettingsControl }): ReactNode {
  return (
    <Controller
      name="theme"
      control={control}
      render={({ field }) => (
        <RadioGroup
          className="settings-field settings-theme"
          name={field.name}
          value={field.value}
          onChange={(value) => field.onChange(value)}
          orientation="horizontal"
        >
          <Label className="settings-label">{t('settings.theme')}</Label>
          <div className="settings-radios">
            {THEMES.map((theme) => (
              <Radio key={theme} value={theme} className="settings-radio">
                {t(`settings.theme.${theme}`)}
              </Radio>
            ))}
          </div>
        </RadioGroup>
      )}
    />
  );
}

/** "On duty as a go-to person": alert at once about colleagues' top-priority concerns. */
export function OnDutyField({ control }: { control: SettingsControl }): ReactNode {
  return (
    <Controller
      name="onDuty"
      control={control}
      render={({ field }) => (
        <div className="settings-field settings-check">
          <div className="settings-check-row">
            <input
              ref={field.ref}
              id="settings-on-duty"
              type="checkbox"
              className="settings-checkbox"
              name={field.name}
              checked={field.value === true}
              onChange={(event) => field.onChange(event.target.checked)}
              onBlur={field.onBlur}
              aria-describedby="settings-on-duty-hint"
            />
            <label htmlFor="settings-on-duty" className="settings-label">
              {t('settings.onDuty')}
            </label>
          </div>
          <p id="settings-on-duty-hint" className="settings-hint">
            {t('settings.onDuty.hint')}
          </p>
        </div>
      )}
    />
  );
}
