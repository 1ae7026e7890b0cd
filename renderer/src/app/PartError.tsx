/** The error state of a part of the screen: what happened, what was kept, what to do next. */
import type { ReactNode } from 'react';
import { CircleExclamationPoint } from 'lucide-react';
import { EmptyState } from '../components/EmptyState';
import { t } from '../i18n';

/** Shown by an ErrorBoundary in place of the part that failed. */
export function PartError({ error }: { error: Error }): ReactNode {
  return (
    <div className="page part-error" role="alert">
      <EmptyState icon={CircleExclamationPoint} title={t('error.title')}>
        <p>{t('error.body', { detail: error.message })}</p>
        <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
          {t('boot.reload')}
        </button>
      </EmptyState>
    </div>
  );
}
