/**
 * Renderer-to-main IPC. Every handler goes through handle(), which answers only our own windows showing our
 * own renderer, and parses the request with the channel's schema from the shared contract before the handler
 * sees it, so a handler can trust its argument's type.
 */
import { app, BrowserWindow, ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { IPC_CHANNELS } from '@shared/ipc/contract';
import type { AppInfo, IpcChannel, IpcRequest, IpcResponse } from '@shared/ipc/contract';
import { desktopServices } from './desktop-services';
import { ownerOf, printPageToPdf, saveExportFile } from './export-files';
import { showNotification } from './notifications';
import { officeAccess } from './office-access';
import { openExternalSafely } from './security';
import type { TrustedUrlCheck } from './security';
import { isOwnWindow } from './windows';

/** A handler for one channel: gets the parsed request, returns the channel's response. */
export type IpcHandler<C extends IpcChannel> = (
  request: IpcRequest<C>,
  event: IpcMainInvokeEvent,
) => IpcResponse<C> | Promise<IpcResponse<C>>;

/** Throws unless the event comes from a window we created whose frame shows our renderer. */
export function assertTrustedSender(channel: IpcChannel, event: IpcMainInvokeEvent, isTrusted: TrustedUrlCheck): void {
  if (!isOwnWindow(BrowserWindow.fromWebContents(event.sender))) {
    throw new Error(`Refused ${channel}: the request did not come from a Civic Notebook window`);
  }
  const frameUrl = event.senderFrame?.url;
  if (frameUrl === undefined || !isTrusted(frameUrl)) {
    throw new Error(`Refused ${channel}: the requesting page is not part of Civic Notebook`);
  }
}

/** Registers the handler of a channel behind the sender check and the request schema. */
export function handle<C extends IpcChannel>(channel: C, fn: IpcHandler<C>, isTrusted: TrustedUrlCheck): void {
  const schemas = IPC_CHANNELS[channel];
  ipcMain.handle(channel, async (event, payload: unknown) => {
    assertTrustedSender(channel, event, isTrusted);
    const parsed = schemas.request.safeParse(payload);
    if (!parsed.success) {
      throw new Error(`Invalid request for ${channel}: ${z.prettifyError(parsed.error)}`);
    }
    // The cast restates what safeParse proved; TypeScript cannot narrow the schema through the generic C.
    const response = await fn(parsed.data as IpcRequest<C>, event);
    // Checked on the way out too, so a handler cannot drift from the contract the renderer was typed against.
    return schemas.response.parse(response);
  });
}

/** The contract's name for the operating system main runs on. */
export function osOf(platform: NodeJS.Platform): AppInfo['os'] {
  if (platform === 'win32') return 'windows';
  if (platform === 'darwin') return 'macos';
  if (platform === 'linux') return 'linux';
  return 'other';
}

/** Main's side of each channel; the mapped type makes a channel added to the contract without one a type error. */
export const IPC_HANDLERS: { readonly [C in IpcChannel]: IpcHandler<C> } = {
  'app:getInfo': () => ({ name: app.getName(), version: app.getVersion(), os: osOf(process.platform) }),
  'shell:openExternal': ({ url }) => {
    // Checked again with main's own URL parser (the contract's regex ran in handle()); failures are logged there.
    if (!openExternalSafely(url)) throw new Error('Only http, https and mailto links can be opened');
    return undefined;
  },
  'notification:show': (notification) => {
    showNotification(notification);
    return undefined;
  },
  'office:load': () => officeAccess().load(),
  'office:setAddress': ({ address }) => officeAccess().setAddress(address),
  'office:saveToken': ({ token }) => officeAccess().saveToken(token),
  'export:saveFile': (file, event) => saveExportFile(file, ownerOf(event.sender)),
  'export:printToPdf': ({ suggestedName }, event) => printPageToPdf(event.sender, suggestedName, ownerOf(event.sender)),
  'desktop:load': async () => {
    const services = desktopServices();
    return { shortcut: await services.shortcut.state(), updateServer: await services.updater.server(), update: services.updater.status(), tray: await services.traySetting() };
  },
  'desktop:setShortcut': ({ accelerator }) => desktopServices().shortcut.set(accelerator),
  'desktop:setKeepInTray': ({ keepRunning }) => desktopServices().setKeepInTray(keepRunning),
  'desktop:reportStatus': (status) => {
    desktopServices().reportStatus(status);
    return undefined;
  },
  'update:setServer': ({ address }, event) => desktopServices().updater.setServer(address, ownerOf(event.sender) ?? undefined),
  'update:check': () => desktopServices().updater.checkNow(),
};

/** Registers the handler of every channel in the contract. */
export function registerIpcHandlers(isTrusted: TrustedUrlCheck): void {
  const register = <C extends IpcChannel>(channel: C): void => handle(channel, IPC_HANDLERS[channel], isTrusted);
  for (const channel of Object.keys(IPC_CHANNELS) as IpcChannel[]) register(channel);
}
