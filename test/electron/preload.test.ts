import { beforeEach, describe, expect, it, vi } from 'vitest';
import { COMMAND_CHANNEL, OPEN_CONCERN_CHANNEL, UPDATE_STATUS_CHANNEL } from '@shared/ipc/contract';

type MessageListener = (event: unknown, value: unknown) => void;

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn<(key: string, api: unknown) => void>(),
  ipcRenderer: {
    invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => undefined),
    on: vi.fn<(channel: string, listener: MessageListener) => void>(),
    removeListener: vi.fn<(channel: string, listener: MessageListener) => void>(),
    send: vi.fn(),
    sendSync: vi.fn(),
  },
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: electron.ipcRenderer,
}));

await import('../../electron/preload/index');

// Read once, right after import: the config's restoreMocks clears call history before every test.
const exposeCalls = [...electron.exposeInMainWorld.mock.calls];
const openConcernSubscription = electron.ipcRenderer.on.mock.calls.find(([channel]) => channel === OPEN_CONCERN_CHANNEL);

function exposedApi(): Record<string, unknown> {
  const call = exposeCalls[0];
  if (call === undefined) throw new Error('The preload exposed nothing');
  return call[1] as Record<string, unknown>;
}

function api(): {
  getAppInfo(): Promise<unknown>;
  openExternal(url: string): Promise<void>;
  showNotification(n: { title: string; body: string }): Promise<void>;
  onCommand(listener: (command: string) => void): () => void;
  onOpenConcern(listener: (concernId: string) => void): () => void;
  loadOfficeAccess(): Promise<unknown>;
  setOfficeAddress(address: string | null): Promise<unknown>;
  saveSessionToken(token: string | null): Promise<unknown>;
  saveExportFile(file: { suggestedName: string; kind: string; content: string }): Promise<unknown>;
  printToPdf(suggestedName: string): Promise<unknown>;
  loadDesktopSettings(): Promise<unknown>;
  setQuickCaptureShortcut(accelerator: string | null): Promise<unknown>;
  setKeepInTray(keepRunning: boolean): Promise<unknown>;
  reportDesktopStatus(status: { unsynced: number; priorityWaiting: number }): Promise<void>;
  setUpdateServer(address: string | null): Promise<unknown>;
  checkForUpdates(): Promise<unknown>;
  onUpdateStatus(listener: (status: unknown) => void): () => void;
} {
  return exposedApi() as unknown as ReturnType<typeof api>;
}

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
  electron.ipcRenderer.on.mockClear();
  electron.ipcRenderer.removeListener.mockClear();
});

describe('what the preload exposes', () => {
  it('exposes one object, window.api, once', () => {
    expect(exposeCalls).toHaveLength(1);
    expect(exposeCalls[0]?.[0]).toBe('api');
  });

  it('exposes only the named functions of the contract', () => {
    const exposed = exposedApi();
    expect(Object.keys(exposed).sort()).toEqual([
      'checkForUpdates',
      'getAppInfo',
      'loadDesktopSettings',
      'loadOfficeAccess',
      'onCommand',
      'onOpenConcern',
      'onUpdateStatus',
      'openExternal',
      'printToPdf',
      'reportDesktopStatus',
      'saveExportFile',
      'saveSessionToken',
      'setKeepInTray',
      'setOfficeAddress',
      'setQuickCaptureShortcut',
      'setUpdateServer',
      'showNotification',
    ]);
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
  });

  it('never hands out ipcRenderer or any of its methods', () => {
    const leaked = new Set<unknown>([electron.ipcRenderer, ...Object.values(electron.ipcRenderer)]);
    for (const value of Object.values(exposedApi())) expect(leaked.has(value)).toBe(false);
  });
});

describe('calls to main', () => {
  it('invokes each channel with its request', async () => {
    await api().getAppInfo();
    await api().openExternal('https://example.org');
    await api().showNotification({ title: 'Hi', body: 'There' });
    await api().loadOfficeAccess();
    await api().setOfficeAddress('https://notebook.town.example');
    await api().setOfficeAddress(null);
    await api().saveSessionToken('a-session-token-of-some-length');
    await api().saveSessionToken(null);
    await api().saveExportFile({ suggestedName: 'Meeting 2026-11.md', kind: 'markdown', content: '# Meeting' });
    await api().printToPdf('Meeting 2026-11.pdf');
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['app:getInfo'],
      ['shell:openExternal', { url: 'https://example.org' }],
      ['notification:show', { title: 'Hi', body: 'There' }],
      ['office:load'],
      ['office:setAddress', { address: 'https://notebook.town.example' }],
      ['office:setAddress', { address: null }],
      ['office:saveToken', { token: 'a-session-token-of-some-length' }],
      ['office:saveToken', { token: null }],
      ['export:saveFile', { suggestedName: 'Meeting 2026-11.md', kind: 'markdown', content: '# Meeting' }],
      ['export:printToPdf', { suggestedName: 'Meeting 2026-11.pdf' }],
    ]);
  });

  it('invokes each desktop channel with its request', async () => {
    await api().loadDesktopSettings();
    await api().setQuickCaptureShortcut('Control+Alt+K');
    await api().setQuickCaptureShortcut(null);
    await api().setKeepInTray(false);
    await api().reportDesktopStatus({ unsynced: 3, priorityWaiting: 1 });
    await api().setUpdateServer('https://updates.town.example/civic-notebook');
    await api().setUpdateServer(null);
    await api().checkForUpdates();
    expect(electron.ipcRenderer.invoke.mock.calls).toEqual([
      ['desktop:load'],
      ['desktop:setShortcut', { accelerator: 'Control+Alt+K' }],
      ['desktop:setShortcut', { accelerator: null }],
      ['desktop:setKeepInTray', { keepRunning: false }],
      ['desktop:reportStatus', { unsynced: 3, priorityWaiting: 1 }],
      ['update:setServer', { address: 'https://updates.town.example/civic-notebook' }],
      ['update:setServer', { address: null }],
      ['update:check'],
    ]);
  });
});

describe('onUpdateStatus', () => {
  function subscribe(listener: (status: unknown) => void): { unsubscribe: () => void; deliver: MessageListener } {
    const unsubscribe = api().onUpdateStatus(listener);
    const call = electron.ipcRenderer.on.mock.calls.find(([channel]) => channel === UPDATE_STATUS_CHANNEL);
    if (call === undefined) throw new Error('onUpdateStatus did not subscribe');
    return { unsubscribe, deliver: call[1] };
  }

  it('passes a status of the contract, and only the status, to the listener', () => {
    const listener = vi.fn();
    const { deliver } = subscribe(listener);
    deliver({ sender: 'the IPC event must not reach the page' }, { state: 'downloading', version: '1.2.0', percent: 42 });
    expect(listener).toHaveBeenCalledExactlyOnceWith({ state: 'downloading', version: '1.2.0', percent: 42 });
  });

  it.each([
    ['an unknown state', { state: 'installing' }],
    ['a percent over 100', { state: 'downloading', version: '1.2.0', percent: 250 }],
    ['an error without its sentence', { state: 'error' }],
    ['a bare string', 'ready'],
  ])('drops %s', (_name, value) => {
    const listener = vi.fn();
    subscribe(listener).deliver({}, value);
    expect(listener).not.toHaveBeenCalled();
  });

  it('unsubscribes the same listener it subscribed', () => {
    const { unsubscribe, deliver } = subscribe(vi.fn());
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(UPDATE_STATUS_CHANNEL, deliver);
  });
});

describe('onCommand', () => {
  function subscribe(listener: (command: string) => void): { unsubscribe: () => void; deliver: MessageListener } {
    const unsubscribe = api().onCommand(listener);
    const call = electron.ipcRenderer.on.mock.calls[0];
    if (call === undefined) throw new Error('onCommand did not subscribe');
    expect(call[0]).toBe(COMMAND_CHANNEL);
    return { unsubscribe, deliver: call[1] };
  }

  it('passes a valid command, and only the command, to the listener', () => {
    const listener = vi.fn();
    const { deliver } = subscribe(listener);
    deliver({ sender: 'the IPC event must not reach the page' }, 'capture:focus');
    expect(listener).toHaveBeenCalledExactlyOnceWith('capture:focus');
  });

  it.each([['shell:rm -rf'], [42], [{ command: 'capture:focus' }], [undefined]])('drops %j, which is not a command', (value) => {
    const listener = vi.fn();
    subscribe(listener).deliver({}, value);
    expect(listener).not.toHaveBeenCalled();
  });

  it('unsubscribes the same listener it subscribed', () => {
    const { unsubscribe, deliver } = subscribe(vi.fn());
    unsubscribe();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(COMMAND_CHANNEL, deliver);
  });
});

describe('onOpenConcern', () => {
  const id = '0195f1a0-0000-7000-8000-0000000000aa';
  const other = '0195f1a0-0000-7000-8000-0000000000bb';

  // The preload listens on the channel from the start, so a link that launched the app is not lost.
  function deliver(value: unknown): void {
    const call = openConcernSubscription;
    if (call === undefined) throw new Error('The preload does not listen for concerns to open');
    call[1]({ sender: 'the IPC event must not reach the page' }, value);
  }

  it('keeps a concern to open until the app listens, then passes only its id; drops anything else', () => {
    deliver({ concernId: id });
    deliver({ concernId: 'not-an-id' });
    deliver(id);
    const listener = vi.fn();
    const unsubscribe = api().onOpenConcern(listener);
    expect(listener).toHaveBeenCalledExactlyOnceWith(id);
    deliver({ concernId: other });
    expect(listener).toHaveBeenLastCalledWith(other);
    unsubscribe();
    deliver({ concernId: id });
    expect(listener).toHaveBeenCalledTimes(2);
    // Kept for the next listener, and delivered once only.
    const next = vi.fn();
    api().onOpenConcern(next)();
    api().onOpenConcern(next)();
    expect(next).toHaveBeenCalledExactlyOnceWith(id);
  });
});
