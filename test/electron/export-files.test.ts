/**
 * Saving the meeting's exports on the desktop (electron/main/export-files.ts) through the IPC channels
 * export:saveFile and export:printToPdf: the save dialog suggests a sanitized name in Documents, the file is
 * written where the person chose with its extension, a cancel writes nothing, a failure comes back in words,
 * and requests that break the contract (too large, a path for a name, another kind) are refused before any
 * dialog opens. Electron is mocked at its boundary; the files are really written to a temporary folder.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_EXPORT_CHARS, sanitizeFileName } from '@shared/ipc/contract';
import { fakeWindow } from '../helpers/fake-browser-window';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, payload?: unknown) => Promise<unknown>>(),
  fromWebContents: vi.fn<(contents: unknown) => unknown>(),
  showSaveDialog: vi.fn<(...args: unknown[]) => Promise<{ canceled: boolean; filePath?: string }>>(),
  documents: '',
}));

vi.mock('electron', () => ({
  app: { getName: () => 'Civic Notebook', getVersion: () => '0.1.0', getPath: () => electron.documents },
  BrowserWindow: { fromWebContents: electron.fromWebContents },
  dialog: { showSaveDialog: electron.showSaveDialog },
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, payload?: unknown) => Promise<unknown>) => {
      electron.handlers.set(channel, listener);
    },
  },
  shell: { openExternal: vi.fn() },
  Notification: class {},
}));

const { registerIpcHandlers } = await import('../../electron/main/ipc');
const { isTrustedRendererUrl } = await import('../../electron/main/origin');
const { trackWindow } = await import('../../electron/main/windows');
const { withExtension } = await import('../../electron/main/export-files');

const ours = fakeWindow();
trackWindow(ours.window);
const printToPDF = vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]));
const sender = { id: 1, printToPDF };
const event = { sender, senderFrame: { url: 'app://civic-notebook/index.html' } } as unknown as IpcMainInvokeEvent;

function invoke(channel: string, payload?: unknown): Promise<unknown> {
  const listener = electron.handlers.get(channel);
  if (listener === undefined) throw new Error(`No handler registered for ${channel}`);
  return listener(event, payload);
}

let folder = '';
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'civic-export-'));
  electron.documents = folder;
  electron.handlers.clear();
  electron.showSaveDialog.mockReset();
  printToPDF.mockClear();
  electron.fromWebContents.mockImplementation((contents) => (contents === sender ? ours.window : null));
  registerIpcHandlers((url) => isTrustedRendererUrl(url, undefined));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('export:saveFile', () => {
  it('suggests a safe name in Documents and writes the file where the person chose', async () => {
    const chosen = join(folder, 'November meeting.md');
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: chosen });
    const result = await invoke('export:saveFile', { suggestedName: 'Meeting 2026-11.md', kind: 'markdown', content: '# Monthly meeting\n' });
    expect(result).toEqual({ outcome: 'saved', fileName: 'November meeting.md' });
    expect(await readFile(chosen, 'utf8')).toBe('# Monthly meeting\n');
    const [owner, options] = electron.showSaveDialog.mock.calls[0] as [unknown, { defaultPath: string; filters: unknown[] }];
    expect(owner).toBe(ours.window);
    expect(options.defaultPath).toBe(join(folder, 'Meeting 2026-11.md'));
    expect(options.filters).toEqual([{ name: 'Markdown', extensions: ['md'] }]);
  });

  it('adds the extension the person left off', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'figures') });
    await expect(invoke('export:saveFile', { suggestedName: 'Meeting.csv', kind: 'csv', content: 'a,b\r\n' })).resolves.toEqual({ outcome: 'saved', fileName: 'figures.csv' });
    expect(await readdir(folder)).toEqual(['figures.csv']);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(invoke('export:saveFile', { suggestedName: 'Meeting.md', kind: 'markdown', content: 'x' })).resolves.toEqual({ outcome: 'cancelled' });
    expect(await readdir(folder)).toEqual([]);
  });

  it('says in words why a file could not be written', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'no-such-folder', 'x.md') });
    const result = (await invoke('export:saveFile', { suggestedName: 'Meeting.md', kind: 'markdown', content: 'x' })) as { outcome: string; message: string };
    expect(result.outcome).toBe('failed');
    expect(result.message).toMatch(/^The file could not be saved: /);
  });

  it('sanitizes a suggested name that names a path or characters the system refuses', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true });
    await invoke('export:saveFile', { suggestedName: '../../etc/Meeting: 11?', kind: 'markdown', content: 'x' });
    const [, options] = electron.showSaveDialog.mock.calls[0] as [unknown, { defaultPath: string }];
    expect(options.defaultPath).toBe(join(folder, 'etc Meeting 11.md'));
  });

  it('refuses a file over the size limit, another kind, or no content, before any dialog opens', async () => {
    await expect(invoke('export:saveFile', { suggestedName: 'Big.md', kind: 'markdown', content: 'x'.repeat(MAX_EXPORT_CHARS + 1) })).rejects.toThrow(/too large/);
    await expect(invoke('export:saveFile', { suggestedName: 'Run.exe', kind: 'exe', content: 'x' })).rejects.toThrow(/Invalid request for export:saveFile/);
    await expect(invoke('export:saveFile', { suggestedName: 'x.md', kind: 'markdown' })).rejects.toThrow(/Invalid request for export:saveFile/);
    await expect(invoke('export:saveFile', { suggestedName: 'x'.repeat(200), kind: 'markdown', content: 'x' })).rejects.toThrow(/at most 100 characters/);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });

  it('refuses a page that is not ours', async () => {
    const foreign = { sender, senderFrame: { url: 'https://evil.example/' } } as unknown as IpcMainInvokeEvent;
    const listener = electron.handlers.get('export:saveFile');
    await expect(listener?.(foreign, { suggestedName: 'x.md', kind: 'markdown', content: 'x' })).rejects.toThrow(/not part of Civic Notebook/);
    expect(electron.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('export:printToPdf', () => {
  it('prints the requesting page to A4 with its print stylesheet and saves the PDF', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'Meeting 2026-11.pdf') });
    await expect(invoke('export:printToPdf', { suggestedName: 'Meeting 2026-11.pdf' })).resolves.toEqual({ outcome: 'saved', fileName: 'Meeting 2026-11.pdf' });
    expect(printToPDF).toHaveBeenCalledWith({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect([...(await readFile(join(folder, 'Meeting 2026-11.pdf')))]).toEqual([0x25, 0x50, 0x44, 0x46]);
  });

  it('does not print when the dialog is cancelled', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: true });
    await expect(invoke('export:printToPdf', { suggestedName: 'Meeting.pdf' })).resolves.toEqual({ outcome: 'cancelled' });
    expect(printToPDF).not.toHaveBeenCalled();
  });

  it('says in words when printing fails', async () => {
    electron.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'x.pdf') });
    printToPDF.mockRejectedValueOnce(new Error('Printing failed'));
    await expect(invoke('export:printToPdf', { suggestedName: 'x.pdf' })).resolves.toEqual({ outcome: 'failed', message: 'The file could not be saved: Printing failed' });
  });
});

describe('file names', () => {
  it('sanitizes names for every system and keeps the kind’s extension', () => {
    expect(sanitizeFileName('Meeting 2026-11', 'markdown')).toBe('Meeting 2026-11.md');
    expect(sanitizeFileName('Meeting 2026-11.md', 'markdown')).toBe('Meeting 2026-11.md');
    expect(sanitizeFileName('a/b\\c:d*e?f"g<h>i|j', 'csv')).toBe('a b c d e f g h i j.csv');
    expect(sanitizeFileName('..hidden', 'pdf')).toBe('hidden.pdf');
    expect(sanitizeFileName('line\nbreak\u0000', 'csv')).toBe('line break.csv');
    expect(sanitizeFileName('CON', 'markdown')).toBe('CON file.md');
    expect(sanitizeFileName('???', 'markdown')).toBe('export.md');
    expect(sanitizeFileName('x'.repeat(300), 'pdf')).toHaveLength(100);
    expect(withExtension('/tmp/report', 'pdf')).toBe('/tmp/report.pdf');
    expect(withExtension('/tmp/report.PDF', 'pdf')).toBe('/tmp/report.PDF');
  });
});
