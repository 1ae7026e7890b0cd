/** The form's footer: what stops it from saving, the save and close buttons, and their keys. */
import type { ReactNode } from 'react';
import { CircleExclamationPoint } from 'lucide-react';
import { t } from '../../i18n';

/** Props of FormFooter. */
export interface FormFooterProps {
  readonly problem: string | undefined;
  readonly isSaving: boolean;
  readonly onCancel: () => void;
}

/** Sticky footer with the problem summary (an alert) and the actions. */
export function FormFooter({ problem, isSaving, onCancel }: FormFooterProps): ReactNode {
  return (
    <div className="form-footer">
      <div role="alert" className="form-problem">
        {problem !== undefined && (
          <>
            <CircleExclamationPoint size={18} aria-hidden="true" />
            {problem}
          </>
        )}
      </div>
      <div className="form-actions">
        <span className="form-keys">{t('form.keyHint')}</span>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.close')}
        </button>
        <button type="submit" className="button button-primary" aria-keyshortcuts="Control+Enter Control+S" disabled={isSaving}>
          {isSaving ? t('form.saving') : t('form.save')}
        </button>
      </div>
    </div>
  );
}
