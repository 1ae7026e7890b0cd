/** The import screen's content for each step (useHistoryImport.ts): choose, check, problems or preview, import, done. */
import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { t } from '../../../i18n';
import { problemCount } from './check-history';
import { HistoryFileChooser } from './HistoryFileChooser';
import { HistoryPreviewList } from './HistoryPreviewList';
import { HistoryProblemList } from './HistoryProblemList';
import { ImportProgress } from './ImportProgress';
import { useHistoryImport, type ImportPhase } from './useHistoryImport';

/** Props of the panel: where "Open the meeting view" goes, and closing the screen. */
export interface HistoryImportPanelProps {
  onOpenMeeting?: (() => void) | undefined;
  onClose: () => void;
}

/** A step's headline, focused when the step starts so keyboard and screen reader users land on what changed. */
function Headline({ children, tone }: { children: ReactNode; tone?: 'error' | 'success' }): ReactNode {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p ref={ref} tabIndex={-1} className="history-import-headline" data-tone={tone} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}


function Step({ phase, onChoose, onImport, onReset, onOpenMeeting, onClose }: {
  phase: ImportPhase;
  onChoose: (file: File) => void;
  onImport: () => void;
  onReset: () => void;
} & HistoryImportPanelProps): ReactNode {
  const another = (
    <Button className="settings-button" onPress={onReset}>
      {t('historyImport.another')}
    </Button>
  );
  switch (phase.kind) {
    case 'choose':
      return <HistoryFileChooser onChoose={onChoose} />;
    case 'reading':
      return <ImportProgress fraction={phase.fraction} label={t('historyImport.readingLabel')} text={t('historyImport.reading', { file: phase.file })} />;
    case 'problems': {
      const count = problemCount(phase.problems);
      return (
        <>
          <Headline tone="error">
            {t(count === 1 ? 'historyImport.problems.titleOne' : 'historyImport.problems.title', { file: phase.file, count: count.toLocaleString() })}
          </Headline>
          <p className="history-import-hint">{t('historyImport.problems.help')}</p>
          <HistoryProblemList problems={phase.problems} />
          <div className="history-import-actions">{another}</div>
        </>
      );
    }
    case 'preview': {
      const fresh = phase.check.rows.length - phase.already;
      return (
        <>
          <Headline>{fresh === 0 ? t('historyImport.preview.allThere', { count: phase.check.rows.length.toLocaleString() }) : t('historyImport.preview.title', { file: phase.file })}</Headline>
          <HistoryPreviewList preview={phase.check.preview} already={phase.already} />
          <div className="history-import-actions">
            {another}
            {fresh > 0 && (
              <Button className="settings-button settings-primary" onPress={onImport}>
                {fresh === 1 ? t('historyImport.importOne') : t('historyImport.import', { count: fresh.toLocaleString() })}
              </Button>
            )}
          </div>
        </>
      );
    }
    case 'importing':
      return (
        <ImportProgress
          fraction={phase.total === 0 ? 1 : phase.done / phase.total}
          label={t('historyImport.importingLabel')}
          text={t('historyImport.importing', { done: phase.done.toLocaleString(), total: phase.total.toLocaleString() })}
        />
      );
    case 'done':
      return (
        <>
          <Headline tone="success">
            {phase.imported === 1
              ? t('historyImport.doneOne', { file: phase.file })
              : t('historyImport.done', { count: phase.imported.toLocaleString(), file: phase.file })}
          </Headline>
          {phase.skipped > 0 && <p className="history-import-hint">{t('historyImport.doneSkipped', { count: phase.skipped.toLocaleString() })}</p>}
          <div className="history-import-actions">
            {another}
            {onOpenMeeting !== undefined && (
              <Button className="settings-button" onPress={onOpenMeeting}>
                {t('historyImport.openMeeting')}
              </Button>
            )}
            <Button className="settings-button settings-primary" onPress={onClose}>
              {t('historyImport.close')}
            </Button>
          </div>
        </>
      );
    case 'failed':
      return (
        <>
          <Headline tone="error">
            {phase.during === 'reading'
              ? t('historyImport.readFailed', { file: phase.file, reason: phase.reason })
              : t('historyImport.failed', { reason: phase.reason })}
          </Headline>
          <div className="history-import-actions">{another}</div>
        </>
      );
  }
}

/** The import screen's body. */
export function HistoryImportPanel(props: HistoryImportPanelProps): ReactNode {
  const flow = useHistoryImport();
  return (
    <div className="history-import-body" data-phase={flow.phase.kind}>
      <p>{t('historyImport.intro')}</p>
      <p className="history-import-hint">{t('historyImport.format')}</p>
      <p className="history-import-hint">{t('historyImport.closedNote')}</p>
      <Step phase={flow.phase} onChoose={flow.choose} onImport={flow.importNow} onReset={flow.reset} {...props} />
    </div>
  );
}
