import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AppInfoSchema, IPC_CHANNELS } from '@shared/ipc/contract';
import { fakeWindow } from '../helpers/fake-browser-window';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, payload?: unknown) => Promise<unknown>>(),
  fromWebContents: vi.fn<(contents: unknown) => unknown>(),
  openExternal: vi.fn(async (_url: string) => undefined),
  notificationShow: vi.fn(),
}));

vi.mock('electron', () => ({
  app: { getName: () => 'Civic Notebook', getVersion: () => '0.1.0' },
  BrowserWindow: { fromWebContents: electron.fromWebContents },
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, payload?: unknown) => Promise<unknown>) => {
      electron.handlers.set(channel, listener);
    },
  },
  shell: { openExternal: electron.openExternal },
  Notification: class {
    static isSupported(): boolean {
      return true;
    }
    on(): void {}
    show(): void {
      electron.notificationShow();
    }
  },
}));

const { handle, registerIpcHandlers } = await import('../../electron/main/ipc');
const { isTrustedRendererUrl } = await import('../../electron/main/origin');
const { trackWindow } = await import('../../electron/main/windows');

const isTrusted = (url: string): boolean => isTrustedRendererUrl(url, undefined);
const ours = fakeWindow();
trackWindow(ours.window);
const sender = { id: 1 };

function eventFrom(frameUrl: string | null, contents: unknown = sender): IpcMainInvokeEvent {
  return { sender: contents, senderFrame: frameUrl === null ? null : { url: frameUrl } } as unknown as IpcMainInvokeEvent;
}

function invoke(channel: string, event: IpcMainInvokeEvent, payload?: unknown): Promise<unknown> {
  const listener = electron.handlers.get(channel);
  if (listener === undefined) throw new Error(`No handler registered for ${channel}`);
  return listener(event, payload);
}

beforeEach(() => {
  electron.handlers.clear();
  electron.openExternal.mockClear();
  electron.notificationShow.mockClear();
  electron.fromWebContents.mockImplementation((contents) => (contents === sender ? ours.window : null));
  registerIpcHandlers(isTrusted);
});

describe('registerIpcHandlers', () => {
  it('registers a handler for every channel of the contract', () => {
    expect([...electron.handlers.keys()].sort()).toEqual(Object.keys(IPC_CHANNELS).sort());
  });
});

describe('valid requests from our window', () => {
  it('answers app:getInfo with what the contract describes', async () => {
    const info = await invoke('app:getInfo', eventFrom('app://civic-notebook/index.html'));
    expect(AppInfoSchema.parse(info)).toMatchObject({ name: 'Civic Notebook', version: '0.1.0' });
  });

  it('hands an https link to the system browser', async () => {
    await expect(invoke('shell:openExternal', eventFrom('app://civic-notebook/index.html'), { url: 'https://example.org/help' })).resolves.toBeUndefined();
    expect(electron.openExternal).toHaveBeenCalledWith('https://example.org/help');
  });

  it('shows a notification', async () => {
    await invoke('notification:show', eventFrom('app://civic-notebook/'), { title: 'Top priority', body: 'A new concern' });
    expect(electron.notificationShow).toHaveBeenCalledOnce();
  });
});

describe('foreign senders', () => {
  it('refuses a web contents that belongs to no window of ours', async () => {
    electron.fromWebContents.mockReturnValue(fakeWindow().window);
    await expect(invoke('shell:openExternal', eventFrom('app://civic-notebook/'), { url: 'https://example.org' })).rejects.toThrow(
      /did not come from a Civic Notebook window/,
    );
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('refuses a web contents with no window at all', async () => {
    await expect(invoke('app:getInfo', eventFrom('app://civic-notebook/', { id: 2 }))).rejects.toThrow(/did not come from a Civic Notebook window/);
  });

  it('refuses our window once it has closed', async () => {
    const closing = fakeWindow();
    trackWindow(closing.window);
    electron.fromWebContents.mockReturnValue(closing.window);
    closing.close();
    await expect(invoke('app:getInfo', eventFrom('app://civic-notebook/'))).rejects.toThrow(/did not come from a Civic Notebook window/);
  });

  it('refuses our window when its frame shows another site', async () => {
    await expect(invoke('shell:openExternal', eventFrom('https://evil.example/'), { url: 'https://example.org' })).rejects.toThrow(
      /not part of Civic Notebook/,
    );
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('refuses a frame served from file://', async () => {
    await expect(invoke('app:getInfo', eventFrom('file:///home/user/index.html'))).rejects.toThrow(/not part of Civic Notebook/);
  });

  it('refuses an event whose frame is gone', async () => {
    await expect(invoke('app:getInfo', eventFrom(null))).rejects.toThrow(/not part of Civic Notebook/);
  });
});

describe('invalid payloads', () => {
  it('rejects a javascript: link with a message naming the channel and the rule', async () => {
    const request = invoke('shell:openExternal', eventFrom('app://civic-notebook/'), { url: 'javascript:alert(1)' });
    await expect(request).rejects.toThrow(/Invalid request for shell:openExternal/);
    await expect(request).rejects.toThrow(/Only http, https and mailto links can be opened/);
    expect(electron.openExternal).not.toHaveBeenCalled();
  });

  it('rejects a file: link', async () => {
    await expect(invoke('shell:openExternal', eventFrom('app://civic-notebook/'), { url: 'file:///etc/passwd' })).rejects.toThrow(
      /Invalid request for shell:openExternal/,
    );
  });

  it('rejects a bare string where an object is expected', async () => {
    await expect(invoke('shell:openExternal', eventFrom('app://civic-notebook/'), 'https://example.org')).rejects.toThrow(
      /Invalid request for shell:openExternal/,
    );
  });

  it('rejects a notification without a title', async () => {
    await expect(invoke('notification:show', eventFrom('app://civic-notebook/'), { body: 'x' })).rejects.toThrow(
      /Invalid request for notification:show/,
    );
    expect(electron.notificationShow).not.toHaveBeenCalled();
  });

  it('rejects an argument on a channel that takes none', async () => {
    await expect(invoke('app:getInfo', eventFrom('app://civic-notebook/'), { anything: true })).rejects.toThrow(/Invalid request for app:getInfo/);
  });
});

describe('handle', () => {
  it('refuses to return a response that breaks the contract', async () => {
    // Deliberately wrong at runtime, as a buggy handler would be.
    handle('app:getInfo', () => ({ name: 'Civic Notebook' }) as never, isTrusted);
    await expect(invoke('app:getInfo', eventFrom('app://civic-notebook/'))).rejects.toThrow();
  });

  it('trusts the dev server origin only when one is configured', async () => {
    handle('app:getInfo', () => ({ name: 'x', version: '1', os: 'linux' }), (url) => isTrustedRendererUrl(url, 'http://localhost:5173/'));
    await expect(invoke('app:getInfo', eventFrom('http://localhost:5173/'))).resolves.toMatchObject({ name: 'x' });
    await expect(invoke('app:getInfo', eventFrom('http://localhost:5174/'))).rejects.toThrow(/not part of Civic Notebook/);
  });
});
