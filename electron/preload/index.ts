/**
 * The preload: the renderer's only way into main. It exposes window.api, a handful of named functions, one per
 * contract channel, and never ipcRenderer itself, which would let any script in the page send on any channel.
 * It runs sandboxed, so electron-vite bundles it with zod and shared/ into one CommonJS file.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { AppCommandSchema, COMMAND_CHANNEL, OPEN_CONCERN_CHANNEL, OpenConcernSchema, UPDATE_STATUS_CHANNEL } from '@shared/ipc/contract';
import type { AppCommand, ExportFile, IpcChannel, IpcRequest, IpcResponse, NotificationRequest, RendererApi } from '@shared/ipc/contract';
import { UpdateStatusSchema } from '@shared/ipc/desktop';
import type { DesktopStatus, UpdateStatus } from '@shared/ipc/desktop';

// Typed by the contract; main parses the request again, since a compromised renderer can call anything.
function invoke<C extends IpcChannel>(channel: C, ...request: IpcRequest<C> extends undefined ? [] : [IpcRequest<C>]): Promise<IpcResponse<C>> {
  return ipcRenderer.invoke(channel, ...request) as Promise<IpcResponse<C>>;
}

function getAppInfo(): ReturnType<RendererApi['getAppInfo']> {
  return invoke('app:getInfo');
}

function openExternal(url: string): Promise<void> {
  return invoke('shell:openExternal', { url });
}

function showNotification(notification: NotificationRequest): Promise<void> {
  return invoke('notification:show', notification);
}

function loadOfficeAccess(): ReturnType<RendererApi['loadOfficeAccess']> {
  return invoke('office:load');
}

function setOfficeAddress(address: string | null): ReturnType<RendererApi['setOfficeAddress']> {
  return invoke('office:setAddress', { address });
}

function saveSessionToken(token: string | null): ReturnType<RendererApi['saveSessionToken']> {
  return invoke('office:saveToken', { token });
}

function saveExportFile(file: ExportFile): ReturnType<RendererApi['saveExportFile']> {
  return invoke('export:saveFile', file);
}

function printToPdf(suggestedName: string): ReturnType<RendererApi['printToPdf']> {
  return invoke('export:printToPdf', { suggestedName });
}

function loadDesktopSettings(): ReturnType<RendererApi['loadDesktopSettings']> {
  return invoke('desktop:load');
}

function setQuickCaptureShortcut(accelerator: string | null): ReturnType<RendererApi['setQuickCaptureShortcut']> {
  return invoke('desktop:setShortcut', { accelerator });
}

function setKeepInTray(keepRunning: boolean): ReturnType<RendererApi['setKeepInTray']> {
  return invoke('desktop:setKeepInTray', { keepRunning });
}

function reportDesktopStatus(status: DesktopStatus): Promise<void> {
  return invoke('desktop:reportStatus', status);
}

function setUpdateServer(address: string | null): ReturnType<RendererApi['setUpdateServer']> {
  return invoke('update:setServer', { address });
}

function checkForUpdates(): ReturnType<RendererApi['checkForUpdates']> {
  return invoke('update:check');
}

function onUpdateStatus(listener: (status: UpdateStatus) => void): () => void {
  // Parsed here as on every channel from main: the page gets a status of the contract's shape or nothing.
  const onMessage = (_event: IpcRendererEvent, value: unknown): void => {
    const parsed = UpdateStatusSchema.safeParse(value);
    if (parsed.success) listener(parsed.data);
  };
  ipcRenderer.on(UPDATE_STATUS_CHANNEL, onMessage);
  return () => {
    ipcRenderer.removeListener(UPDATE_STATUS_CHANNEL, onMessage);
  };
}

function onCommand(listener: (command: AppCommand) => void): () => void {
  // The listener gets the parsed command only: handing it the IPC event would leak `sender` into the page.
  const onMessage = (_event: IpcRendererEvent, value: unknown): void => {
    const parsed = AppCommandSchema.safeParse(value);
    if (parsed.success) listener(parsed.data);
  };
  ipcRenderer.on(COMMAND_CHANNEL, onMessage);
  return () => {
    ipcRenderer.removeListener(COMMAND_CHANNEL, onMessage);
  };
}

// A concern to open can arrive before the app listens: a civicnotebook:// link that launched the app is sent as
// soon as the page has loaded, while the renderer is still opening its database. Such requests wait here (the
// latest few) and go to the first listener; once someone listens, they go straight through.
const MAX_WAITING_OPENS = 5;
const waitingOpens: string[] = [];
const openListeners = new Set<(concernId: string) => void>();
ipcRenderer.on(OPEN_CONCERN_CHANNEL, (_event: IpcRendererEvent, value: unknown) => {
  const parsed = OpenConcernSchema.safeParse(value);
  if (!parsed.success) return;
  if (openListeners.size === 0) {
    waitingOpens.push(parsed.data.concernId);
    waitingOpens.splice(0, Math.max(0, waitingOpens.length - MAX_WAITING_OPENS));
    return;
  }
  for (const listener of openListeners) listener(parsed.data.concernId);
});

function onOpenConcern(listener: (concernId: string) => void): () => void {
  openListeners.add(listener);
  for (const concernId of waitingOpens.splice(0)) listener(concernId);
  return () => {
    openListeners.delete(listener);
  };
}

/** What the renderer sees as window.api. */
export const api = {
  getAppInfo,
  openExternal,
  showNotification,
  onCommand,
  onOpenConcern,
  loadOfficeAccess,
  setOfficeAddress,
  saveSessionToken,
  saveExportFile,
  printToPdf,
  loadDesktopSettings,
  setQuickCaptureShortcut,
  setKeepInTray,
  reportDesktopStatus,
  setUpdateServer,
  checkForUpdates,
  onUpdateStatus,
} satisfies RendererApi;

contextBridge.exposeInMainWorld('api', api);
