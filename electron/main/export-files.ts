/**
 * Saving the meeting view's exports on the desktop: a Markdown or CSV file the renderer built (and checked for
 * personal data), or the page printed to PDF with its print stylesheet (webContents.printToPDF). Each asks
 * where to save in the system's save dialog, suggesting the Documents folder and a sanitized name; the name
 * the person picks keeps the kind's extension. Failures come back as a sentence staff can read, not a throw,
 * since Electron buries a thrown message under its own prefix.
 */
import { writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { WebContents } from 'electron';
import { EXPORT_EXTENSIONS, sanitizeFileName } from '@shared/ipc/contract';
import type { ExportFile, ExportKind, ExportResult } from '@shared/ipc/contract';

/** What saving needs from the system: a save dialog and a disk (the real ones by default; tests pass their own). */
export interface ExportSystem {
  /** The chosen path, or undefined when the dialog was cancelled. */
  chooseSavePath(owner: BrowserWindow | null, defaultPath: string, kind: ExportKind): Promise<string | undefined>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  documentsFolder(): string;
}

const FILTER_NAMES: Record<ExportKind, string> = { markdown: 'Markdown', csv: 'CSV (spreadsheet)', pdf: 'PDF', html: 'HTML email', text: 'Plain text' };

/** The system's own save dialog and disk. */
export const electronExportSystem: ExportSystem = {
  async chooseSavePath(owner, defaultPath, kind) {
    const options = { defaultPath, filters: [{ name: FILTER_NAMES[kind], extensions: [EXPORT_EXTENSIONS[kind]] }] };
    const result = owner === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(owner, options);
    return result.canceled || result.filePath === undefined || result.filePath === '' ? undefined : result.filePath;
  },
  writeFile: (path, data) => writeFile(path, data),
  documentsFolder: () => app.getPath('documents'),
};

/** The path with the kind's extension (a person who typed "report" gets "report.md"). */
export function withExtension(path: string, kind: ExportKind): string {
  const extension = `.${EXPORT_EXTENSIONS[kind]}`;
  return extname(path).toLowerCase() === extension ? path : `${path}${extension}`;
}

function failed(error: unknown): ExportResult {
  const detail = error instanceof Error ? error.message : String(error);
  return { outcome: 'failed', message: `The file could not be saved: ${detail}` };
}

async function saveWith(
  system: ExportSystem,
  owner: BrowserWindow | null,
  suggestedName: string,
  kind: ExportKind,
  data: () => Promise<string | Uint8Array>,
): Promise<ExportResult> {
  const chosen = await system.chooseSavePath(owner, join(system.documentsFolder(), sanitizeFileName(suggestedName, kind)), kind);
  if (chosen === undefined) return { outcome: 'cancelled' };
  const path = withExtension(chosen, kind);
  try {
    await system.writeFile(path, await data());
  } catch (error) {
    return failed(error);
  }
  return { outcome: 'saved', fileName: basename(path) };
}

/** Saves a Markdown or CSV file where the person chooses. */
export function saveExportFile(file: ExportFile, owner: BrowserWindow | null, system: ExportSystem = electronExportSystem): Promise<ExportResult> {
  return saveWith(system, owner, file.suggestedName, file.kind, () => Promise.resolve(file.content));
}

/** Prints the page of `contents` to a PDF (A4, backgrounds, its print stylesheet) saved where the person chooses. */
export async function printPageToPdf(
  contents: Pick<WebContents, 'printToPDF'>,
  suggestedName: string,
  owner: BrowserWindow | null,
  system: ExportSystem = electronExportSystem,
): Promise<ExportResult> {
  try {
    return await saveWith(system, owner, suggestedName, 'pdf', () => contents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }));
  } catch (error) {
    return failed(error);
  }
}

/** The window a request came from, to own its dialog. */
export function ownerOf(contents: WebContents): BrowserWindow | null {
  return BrowserWindow.fromWebContents(contents);
}
