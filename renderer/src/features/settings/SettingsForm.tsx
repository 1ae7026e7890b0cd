/** The settings form: validated by DeskSettingsSchema, saved through the desk, never clearing what was typed. */
import { useState, type FormEvent, type ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from 'react-aria-components';
import { DeskSettingsSchema, type DeskSettings } from '@shared/domain/settings';
import { useDesk } from '../../app/desk-context';
import { t } from '../../i18n';
import { CategoryEditor } from './CategoryEditor';
import { ChannelField, OnDutyField, StaffNameField, ThemeField } from './SettingsFields';
import { saveErrorReason, type SettingsInput } from './settings-form';
import { useCategoryEditor } from './useCategoryEditor';

type Status = { kind: 'invalid' } | { kind: 'failed'; reason: string } | undefined;

/** The form inside the settings dialog; `onDone` closes the dialog after a successful save. */
export function SettingsForm({ onDone }: { onDone: () => void }): ReactNode {
  const { settings, saveSettings } = useDesk();
  const form = useForm<SettingsInput, unknown, DeskSettings>({
    resolver: zodResolver(DeskSettingsSchema),
    defaultValues: { ...settings, categories: [...settings.categories] },
    mode: 'onTouched',
  });
  const { control, handleSubmit, setValue, formState } = form;
  const categories = useWatch({ control, name: 'categories' });
  const editor = useCategoryEditor(categories, (list) =>
    setValue('categories', list, { shouldDirty: true, shouldValidate: formState.isSubmitted }),
  );
  const [status, setStatus] = useState<Status>();
  // The summary goes away by itself once every marked answer has been put right.
  const hasProblems =
    Object.keys(formState.errors).length > 0 || editor.addProblem !== undefined || editor.renaming?.problem !== undefined;

  const save = async (values: DeskSettings) => {
    try {
      await saveSettings(values);
      onDone();
    } catch (error) {
      // The form keeps its values: only the message changes, so nothing typed is lost.
      setStatus({ kind: 'failed', reason: saveErrorReason(error) });
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (formState.isSubmitting) return;
    setStatus(undefined);
    // A name still in the "New category" box or a rename not yet confirmed is part of what the person meant to save.
    const list = editor.commitPending();
    if (list === undefined) return setStatus({ kind: 'invalid' });
    setValue('categories', [...list]);
    void handleSubmit(save, () => setStatus({ kind: 'invalid' }))();
  };

  return (
    <form className="settings-form" onSubmit={onSubmit} noValidate>
      <div className="settings-body">
        <StaffNameField control={control} />
        <ChannelField control={control} />
        <ThemeField control={control} />
        <OnDutyField control={control} />
        <CategoryEditor editor={editor} listError={formState.errors.categories?.message} />
      </div>
      <footer className="settings-footer">
        <p className="settings-status" role="alert">
          {status?.kind === 'invalid' && hasProblems && t('settings.fixErrors')}
          {status?.kind === 'failed' && t('settings.saveFailed', { reason: status.reason })}
        </p>
        <div className="settings-actions">
          <Button slot="close" className="settings-button">
            {t('common.cancel')}
          </Button>
          {/* Not isPending: its announcement outlives the dialog and points at a button that is gone. */}
          <Button type="submit" className="settings-button settings-primary">
            {formState.isSubmitting ? t('settings.saving') : t('common.save')}
          </Button>
        </div>
      </footer>
    </form>
  );
}
