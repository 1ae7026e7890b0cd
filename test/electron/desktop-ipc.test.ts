import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeWindow } from '../helpers/fake-browser-window';

const electron = vi.hoisted(() => ({
  userData: '',
  handlers: new Map<string, (event: unknown, payload?: unknown) => Promise<unknown>>(),
  fromWebContents: (_contents: unknown): unknown => null,
  registered: new Set<string>(),
  dialogs: [] as string[],
}));

vi.mock('electron', () => ({
  app: { getPath: (name: string) => (name === 'userData' ? electron.userData : ''), isPackaged: true, setBadgeCount: () => true },
  BrowserWindow: { fromWebContents: (contents: unknown) => electron.fromWebContents(contents), getAllWindows: () => [] },
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, payload?: unknown) => Promise<unknown>) => {
      electron.handlers.set(channel, listener);
    },
  },
  globalShortcut: {
    register: (accelerator: string) => (accelerator === 'Control+Alt+P' ? false : (electron.registered.add(accelerator), true)),
    unregister: (accelerator: string) => electron.registered.delete(accelerator),
  },
  dialog: {
    showMessageBox: async (...args: unknown[]) => {
      electron.dialogs.push((args.at(-1) as { message: string }).message);
      return { response: 1 };
    },
  },
  shell: {},
  net: {},
  safeStorage: {},
  Notification: class {},
}));

vi.mock('electron-updater', async () => {
  const { EventEmitter } = await import('node:events');
  return { autoUpdater: Object.assign(new EventEmitter(), { setFeedURL: vi.fn(), checkForUpdates: vi.fn(async () => null), quitAndInstall: vi.fn() }) };
});

const { registerIpcHandlers } = await import('../../electron/main/ipc');
const { isTrustedRendererUrl } = await import('../../electron/main/origin');
const { trackWindow } = await import('../../electron/main/windows');
const { hidesOnClose } = await import('../../electron/main/desktop-services');

const ours = fakeWindow();
trackWindow(ours.window);
const sender = { id: 1 };
const fromApp = { sender, senderFrame: { url: 'app://civic-notebook/index.html' } } as unknown as IpcMainInvokeEvent;
const foreign = { sender, senderFrame: { url: 'https://evil.example/' } } as unknown as IpcMainInvokeEvent;

function invoke(channel: string, payload?: unknown, event: IpcMainInvokeEvent = fromApp): Promise<unknown> {
  const listener = electron.handlers.get(channel);
  if (listener === undefined) throw new Error(`No handler registered for ${channel}`);
  return listener(event, payload);
}

beforeAll(async () => {
  electron.userData = await mkdtemp(join(tmpdir(), 'civic-desktop-ipc-'));
  electron.fromWebContents = (contents) => (contents === sender ? ours.window : null);
  registerIpcHandlers((url) => isTrustedRendererUrl(url, undefined));
});

afterAll(async () => {
  await rm(electron.userData, { recursive: true, force: true });
});

describe('desktop:* and update:* channels', () => {
  it('loads the desktop settings: the default shortcut working, updates off', async () => {
    await expect(invoke('desktop:load')).resolves.toEqual({
      shortcut: { accelerator: 'CommandOrControl+Alt+N', isActive: true, problem: null },
      updateServer: null,
      update: { state: 'off' },
      // No tray was started here, as on a desktop that shows none.
      tray: { isAvailable: false, keepRunning: true },
    });
  });

  it('saves whether a closed window keeps running in the tray, in the preferences file, and reads it back', async () => {
    await expect(invoke('desktop:setKeepInTray', { keepRunning: false })).resolves.toEqual({ isAvailable: false, keepRunning: false });
    expect(JSON.parse(await readFile(join(electron.userData, 'desktop-preferences.json'), 'utf8'))).toMatchObject({ keepInTray: false });
    await expect(invoke('desktop:load')).resolves.toMatchObject({ tray: { keepRunning: false } });
    await expect(invoke('desktop:setKeepInTray', { keepRunning: true })).resolves.toEqual({ isAvailable: false, keepRunning: true });
    // Without a tray there is nowhere to keep running: closing the window closes it, whatever the choice.
    expect(hidesOnClose()).toBe(false);
  });

  it.each([
    ['text', { keepRunning: 'yes' }],
    ['a number', { keepRunning: 1 }],
    ['nothing', {}],
    ['an extra member', { keepRunning: true, hasSeenTrayHint: true }],
    ['a bare boolean', true],
  ])('rejects a tray choice given as %s, and keeps the saved one', async (_name, payload) => {
    await expect(invoke('desktop:setKeepInTray', payload)).rejects.toThrow(/Invalid request for desktop:setKeepInTray/);
    await expect(invoke('desktop:load')).resolves.toMatchObject({ tray: { keepRunning: true } });
  });

  it('sets a shortcut typed in any case, in its canonical spelling, and refuses one another program holds in a sentence', async () => {
    await expect(invoke('desktop:setShortcut', { accelerator: 'ctrl+shift+k' })).resolves.toMatchObject({ ok: true, shortcut: { accelerator: 'Control+Shift+K' } });
    await expect(invoke('desktop:setShortcut', { accelerator: 'Control+Alt+P' })).resolves.toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Another program already uses Control\+Alt\+P/),
      shortcut: { accelerator: 'Control+Shift+K', isActive: true },
    });
  });

  it.each([
    ['a key without a modifier', { accelerator: 'N' }],
    ['only Shift', { accelerator: 'Shift+A' }],
    ['a made-up key', { accelerator: 'Ctrl+Banana' }],
    ['a number', { accelerator: 5 }],
    ['no accelerator at all', {}],
    ['a bare string', 'Ctrl+Alt+N'],
  ])('rejects a shortcut with %s before main acts', async (_name, payload) => {
    await expect(invoke('desktop:setShortcut', payload)).rejects.toThrow(/Invalid request for desktop:setShortcut/);
  });

  it.each([
    ['a negative count', { unsynced: -1, priorityWaiting: 0 }],
    ['a fraction', { unsynced: 1.5, priorityWaiting: 0 }],
    ['a count past the maximum', { unsynced: 0, priorityWaiting: 10_000_000 }],
    ['a count as text', { unsynced: '3', priorityWaiting: 0 }],
    ['a missing count', { unsynced: 3 }],
    ['nothing', undefined],
  ])('rejects a status report with %s', async (_name, payload) => {
    await expect(invoke('desktop:reportStatus', payload)).rejects.toThrow(/Invalid request for desktop:reportStatus/);
  });

  it('takes a well-formed status report', async () => {
    await expect(invoke('desktop:reportStatus', { unsynced: 3, priorityWaiting: 1 })).resolves.toBeUndefined();
  });

  it.each([
    ['plain http to another computer', { address: 'http://updates.town.example' }],
    ['another scheme', { address: 'ftp://updates.town.example' }],
    ['credentials', { address: 'https://admin:secret@updates.town.example' }],
    ['a query', { address: 'https://updates.town.example/?channel=beta' }],
    ['a number', { address: 443 }],
    ['no address at all', {}],
  ])('rejects an update server with %s, before any dialog', async (_name, payload) => {
    const dialogs = electron.dialogs.length;
    await expect(invoke('update:setServer', payload)).rejects.toThrow(/Invalid request for update:setServer/);
    expect(electron.dialogs).toHaveLength(dialogs);
  });

  it('asks the person before using an update server; declining keeps updates off', async () => {
    await expect(invoke('update:setServer', { address: 'updates.town.example/civic-notebook' })).resolves.toEqual({ outcome: 'declined' });
    expect(electron.dialogs.at(-1)).toBe('Get updates for Civic Notebook from https://updates.town.example/civic-notebook?');
    await expect(invoke('desktop:load')).resolves.toMatchObject({ updateServer: null, update: { state: 'off' } });
    await expect(invoke('update:check')).resolves.toEqual({ state: 'off' });
  });

  it('refuses every desktop channel to a page that is not ours', async () => {
    await expect(invoke('desktop:load', undefined, foreign)).rejects.toThrow(/not part of Civic Notebook/);
    await expect(invoke('desktop:setShortcut', { accelerator: null }, foreign)).rejects.toThrow(/not part of Civic Notebook/);
    await expect(invoke('desktop:setKeepInTray', { keepRunning: false }, foreign)).rejects.toThrow(/not part of Civic Notebook/);
    await expect(invoke('desktop:reportStatus', { unsynced: 0, priorityWaiting: 0 }, foreign)).rejects.toThrow(/not part of Civic Notebook/);
    await expect(invoke('update:setServer', { address: null }, foreign)).rejects.toThrow(/not part of Civic Notebook/);
    await expect(invoke('update:check', undefined, foreign)).rejects.toThrow(/not part of Civic Notebook/);
  });
});
