/**
 * Export the month's meeting: Markdown, CSV (saved through a save dialog on the desktop, downloaded in the
 * browser) or PDF (the desktop prints the page to a PDF; the browser opens its print dialog). Every file is the
 * redacted report, checked once more for personal data before it is saved: a file with any is refused, saying so.
 */
import { useRef, useState, type ReactNode } from 'react';
import { Button, Group } from 'react-aria-components';
import { Download, FileText, Printer } from 'lucide-react';
import type { Month } from '@shared/domain/meeting';
import type { Analysis } from '@shared/patterns/types';
import { useDesk } from '../../../app/desk-context';
import { t } from '../../../i18n';
import { useMeetingReport } from '../present/useMeetingReport';
import { reportToCsv } from './csv';
import { reportToMarkdown } from './markdown';
import { PrintReport } from './PrintReport';
import { printExport, saveTextExport } from './save-export';

/** The export buttons and what the last export came to. */
export function ExportMenu(props: { analysis: Analysis; period: Month }): ReactNode {
  const { platform } = useDesk();
  const prepared = useMeetingReport(props.analysis, props.period);
  const [message, setMessage] = useState('');
  const [isBusy, setBusy] = useState(false);
  const printed = useRef<HTMLDivElement>(null);
  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage('');
    try {
      setMessage(await work());
    } finally {
      setBusy(false);
    }
  };
  const isDisabled = prepared === undefined || isBusy;
  return (
    <div className="export-menu">
      <Group className="export-buttons" aria-label={t('present.export.label')}>
        <Button
          className="button button-secondary"
          isDisabled={isDisabled}
          onPress={() => prepared && void run(() => saveTextExport(platform.exports, props.period, 'markdown', reportToMarkdown(prepared.report), prepared.personal))}
        >
          <FileText size={16} aria-hidden="true" /> {t('present.export.markdown')}
        </Button>
        <Button
          className="button button-secondary"
          isDisabled={isDisabled}
          onPress={() => prepared && void run(() => saveTextExport(platform.exports, props.period, 'csv', reportToCsv(prepared.report), prepared.personal))}
        >
          <Download size={16} aria-hidden="true" /> {t('present.export.csv')}
        </Button>
        <Button
          className="button button-secondary"
          isDisabled={isDisabled}
          onPress={() => prepared && void run(() => printExport(platform.exports, props.period, printed.current?.textContent ?? '', prepared.personal))}
        >
          <Printer size={16} aria-hidden="true" /> {t(platform.kind === 'desktop' ? 'present.export.pdf' : 'present.export.print')}
        </Button>
      </Group>
      <p className="export-message" role="status">
        {prepared === undefined ? t('present.preparing') : message}
      </p>
      {prepared !== undefined && <PrintReport ref={printed} report={prepared.report} />}
    </div>
  );
}
