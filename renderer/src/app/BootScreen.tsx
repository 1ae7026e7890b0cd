/**
 * What shows before the notebook is ready: a quiet "opening" state, or a plain explanation when storage or
 * settings could not be read, saying what was kept and what to do next.
 */
import type { ReactNode } from 'react';
import { CircleExclamationPoint, NotebookPen } from 'lucide-react';
import { t } from '../i18n';

/** The boot states main.tsx can be in before the App renders. */
export type BootProblem =
  | { readonly kind: 'storage'; readonly detail: string }
  | { readonly kind: 'settings'; readonly onContinue: () => void };

/** A centred card with the app's name and the boot state. */
export function BootScreen({ problem }: { problem?: BootProblem }): ReactNode {
  return (
    <main className="boot">
      <div className="boot-card" role={problem === undefined ? 'status' : 'alert'}>
        <p className="boot-brand">
          <NotebookPen size={22} aria-hidden="true" />
          {t('app.name')}
        </p>
        {problem === undefined && <p className="boot-loading">{t('boot.loading')}</p>}
        {problem?.kind === 'storage' && (
          <>
            <h1 className="boot-title">
              <CircleExclamationPoint size={22} aria-hidden="true" />
              {t('boot.dbError.title')}
            </h1>
            <p>{t('boot.dbError.body')}</p>
            <p>{t('boot.dbError.next', { detail: problem.detail })}</p>
            <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
              {t('boot.reload')}
            </button>
          </>
        )}
        {problem?.kind === 'settings' && (
          <>
            <h1 className="boot-title">
              <CircleExclamationPoint size={22} aria-hidden="true" />
              {t('boot.settingsError.title')}
            </h1>
            <p>{t('boot.settingsError.body')}</p>
            <p>{t('boot.settingsError.next')}</p>
            <button type="button" className="button button-primary" onClick={problem.onContinue}>
              {t('boot.settingsError.continue')}
            </button>
          </>
        )}
      </div>
    </main>
  );
}
