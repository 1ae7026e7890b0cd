/**
 * The last step of an export: the finished file checked once more for personal data (refused, saying why, if
 * anything is found), then handed to the platform (a save dialog on the desktop, a download or the print
 * dialog in the browser). Answers a sentence for the person at the desk.
 */
import { sanitizeFileName, type ExportKind, type ExportResult } from '@shared/ipc/contract';
import type { Month } from '@shared/domain/meeting';
import type { ExportBridge } from '../../../platform/platform';
import { t } from '../../../i18n';
import { personalDataIn, type PersonalData } from './privacy';

/** The file name an export suggests: "Meeting 2026-11.md". */
export function exportFileName(period: Month, kind: ExportKind): string {
  return sanitizeFileName(t('present.export.fileName', { period }), kind);
}

/** The sentence for what saving came to. */
export function resultMessage(result: ExportResult): string {
  switch (result.outcome) {
    case 'saved':
      return t('present.export.saved', { fileName: result.fileName });
    case 'print-dialog':
      return t('present.export.printDialog');
    case 'cancelled':
      return t('present.export.cancelled');
    case 'failed':
      return t('present.export.failed', { message: result.message });
  }
}

/** Saves a Markdown or CSV file unless it holds personal data; the sentence to show. */
export async function saveTextExport(bridge: ExportBridge, period: Month, kind: 'markdown' | 'csv', content: string, personal: PersonalData): Promise<string> {
  const found = personalDataIn(content, personal);
  if (found.length > 0) return t('present.export.refused', { count: found.length });
  try {
    return resultMessage(await bridge.saveFile({ suggestedName: exportFileName(period, kind), kind, content }));
  } catch (error) {
    return t('present.export.failed', { message: error instanceof Error ? error.message : String(error) });
  }
}

/** Prints the report to PDF unless its text holds personal data; the sentence to show. */
export async function printExport(bridge: ExportBridge, period: Month, printedText: string, personal: PersonalData): Promise<string> {
  const found = personalDataIn(printedText, personal);
  if (found.length > 0) return t('present.export.refused', { count: found.length });
  try {
    return resultMessage(await bridge.printToPdf(exportFileName(period, 'pdf')));
  } catch (error) {
    return t('present.export.failed', { message: error instanceof Error ? error.message : String(error) });
  }
}
