/**
 * The frame of a settings tab's form: a heading and what it does, the server's problem, the fields, then Save,
 * "Undo changes" and what came of saving, beside the button that was pressed.
 */
import { useId, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { CircleCheck, Save, Undo2 } from 'lucide-react';
import { t } from '../../i18n';
import { ProblemBanner } from './ProblemBanner';
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
  const headingId = useId();
  return (
    <form
      className="admin-form admin-settings-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        sending.submit();
      }}
    >
      <div className="admin-heading">
        <h3 id={headingId} className="admin-form-title">
          {title}
        </h3>
        <p className="admin-hint">{intro}</p>
      </div>
      <ProblemBanner problem={sending.problem} onRetry={sending.submit} />
      {children}
      <div className="admin-form-actions">
        <Button type="submit" className="button button-primary">
          <Save size={18} aria-hidden />
          {sending.isSending ? t('officeSettings.saving') : t('officeSettings.save')}
        </Button>
        <Button className="button button-secondary" onPress={onUndo}>
          <Undo2 size={18} aria-hidden />
          {t('officeSettings.undo')}
        </Button>
      </div>
      <p className="admin-notice" role="status">
        {notice !== '' && <CircleCheck size={18} aria-hidden />}
        {notice}
      </p>
    </form>
  );
}
