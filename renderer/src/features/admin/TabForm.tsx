/**
 * The frame of a settings tab's form: a heading and what it does, the server's problem, the fields, then Save,
 * "Undo changes" and what came of saving, beside the button that was pressed.
 */
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { CircleCheck, Save, Undo2 } from 'lucide-react';
import { t } from '../../i18n';
import { FormFrame } from './FormFrame';
import type { ApiSubmit } from './useApiSubmit';

/** Props: the texts, the submit state from useApiSubmit, what saving said, the fields and "Undo changes". */
export interface TabFormProps {
  title: string;
  intro: string;
  sending: ApiSubmit;
  /** Said after a save ('' for nothing). */
  notice: string;
  onUndo: () => void;
  children: ReactNode;
}

/** A form filling a tab; Enter in a one-line box saves it. */
export function TabForm({ title, intro, sending, notice, onUndo, children }: TabFormProps): ReactNode {
  const actions = (
    <>
      <Button type="submit" className="button button-primary">
        <Save size={18} aria-hidden />
        {sending.isSending ? t('officeSettings.saving') : t('officeSettings.save')}
      </Button>
      <Button className="button button-secondary" onPress={onUndo}>
        <Undo2 size={18} aria-hidden />
        {t('officeSettings.undo')}
      </Button>
    </>
  );
  const after = (
    <p className="admin-notice" role="status">
      {notice !== '' && <CircleCheck size={18} aria-hidden />}
      {notice}
    </p>
  );
  return (
    <FormFrame title={title} intro={intro} sending={sending} className="admin-form admin-settings-form" actions={actions} after={after}>
      {children}
    </FormFrame>
  );
}
