import type { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UpdateStatus } from '@shared/ipc/desktop';

/** electron-updater's autoUpdater at its module boundary: events in, calls recorded. */
const fake = vi.hoisted(() => ({
  updater: undefined as unknown as {
    emit(event: string, ...args: unknown[]): boolean;
    setFeedURL: ReturnType<typeof vi.fn>;
    checkForUpdates: ReturnType<typeof vi.fn>;
    quitAndInstall: ReturnType<typeof vi.fn>;
    autoDownload: boolean;
    autoInstallOnAppQuit: boolean;
  },
  answers: [] as number[],
  dialogs: [] as Array<{ message: string; buttons: string[]; defaultId: number }>,
}));

vi.mock('electron-updater', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const updater = Object.assign(new Emitter(), {
    setFeedURL: vi.fn(),
    checkForUpdates: vi.fn(async () => null),
    quitAndInstall: vi.fn(),
    autoDownload: false,
    autoInstallOnAppQuit: false,
  });
  fake.updater = updater;
  return { autoUpdater: updater };
});

vi.mock('electron', () => ({
  app: { getPath: () => '' },
  BrowserWindow: { getAllWindows: () => [] },
  dialog: {
    showMessageBox: async (...args: unknown[]) => {
      fake.dialogs.push(args.at(-1) as { message: string; buttons: string[]; defaultId: number });
      return { response: fake.answers.shift() ?? 1 };
    },
  },
}));

const { CHECK_EVERY_MS, createAppUpdater } = await import('../../electron/main/updater');
const { createPreferencesStore, PREFERENCES_FILE } = await import('../../electron/main/preferences');
const { isQuitting } = await import('../../electron/main/quitting');

const SERVER = 'https://updates.town.example/civic-notebook';
let folder: string;
let file: string;
let published: UpdateStatus[];

function updater(isPackaged = true) {
  return createAppUpdater({
    preferences: createPreferencesStore(file),
    isPackaged,
    publish: (status) => published.push(status),
    now: () => new Date('2026-03-02T10:15:00.000Z'),
  });
}

async function configured() {
  fake.answers.push(0);
  const running = updater();
  await running.setServer(SERVER);
  return running;
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'civic-updater-'));
  file = join(folder, PREFERENCES_FILE);
  published = [];
  fake.answers.length = 0;
  fake.dialogs.length = 0;
  (fake.updater as unknown as EventEmitter).removeAllListeners();
  fake.updater.setFeedURL.mockClear();
  fake.updater.checkForUpdates.mockReset().mockResolvedValue(null);
  fake.updater.quitAndInstall.mockClear();
});

afterEach(async () => {
  vi.useRealTimers();
  await rm(folder, { recursive: true, force: true });
});

describe('the updater', () => {
  it('stays off with no update server, and does not check', async () => {
    const running = updater();
    await running.start();
    expect(running.status()).toEqual({ state: 'off' });
    expect(running.checkNow()).toEqual({ state: 'off' });
    expect(fake.updater.checkForUpdates).not.toHaveBeenCalled();
  });

  it('asks the person before using an address, and changes nothing when they decline', async () => {
    fake.answers.push(1);
    const running = updater();
    await expect(running.setServer(SERVER)).resolves.toEqual({ outcome: 'declined' });
    expect(fake.dialogs[0]?.message).toBe(`Get updates for Civic Notebook from ${SERVER}?`);
    // Cancel is the default button.
    expect(fake.dialogs[0]?.buttons[fake.dialogs[0].defaultId]).toBe('Cancel');
    expect(fake.updater.setFeedURL).not.toHaveBeenCalled();
    await expect(readFile(file, 'utf8')).rejects.toThrow(/ENOENT/);
    expect(running.status()).toEqual({ state: 'off' });
  });

  it('once agreed, saves the address, points the generic provider at it and checks, then every four hours', async () => {
    vi.useFakeTimers();
    const running = await configured();
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ updateServer: SERVER });
    expect(fake.updater.setFeedURL).toHaveBeenCalledWith({ provider: 'generic', url: SERVER });
    expect(fake.updater.autoDownload).toBe(true);
    expect(fake.updater.autoInstallOnAppQuit).toBe(true);
    expect(fake.updater.checkForUpdates).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(CHECK_EVERY_MS);
    expect(fake.updater.checkForUpdates).toHaveBeenCalledTimes(2);
    running.stop();
    vi.advanceTimersByTime(CHECK_EVERY_MS * 3);
    expect(fake.updater.checkForUpdates).toHaveBeenCalledTimes(2);
  });

  it('checks at start when a server was saved before', async () => {
    await (await configured()).stop();
    fake.updater.checkForUpdates.mockClear();
    const running = updater();
    await running.start();
    expect(fake.updater.checkForUpdates).toHaveBeenCalledOnce();
    expect(running.status()).toEqual({ state: 'idle' });
    running.stop();
  });

  it('follows a check through download to ready, publishing each status', async () => {
    const running = await configured();
    published.length = 0;
    fake.updater.emit('checking-for-update');
    fake.updater.emit('update-available', { version: '1.4.0' });
    fake.updater.emit('download-progress', { percent: 41.6 });
    fake.updater.emit('download-progress', { percent: 100.2 });
    fake.updater.emit('update-downloaded', { version: '1.4.0' });
    expect(published).toEqual([
      { state: 'checking' },
      { state: 'downloading', version: '1.4.0', percent: 0 },
      { state: 'downloading', version: '1.4.0', percent: 42 },
      { state: 'downloading', version: '1.4.0', percent: 100 },
      { state: 'ready', version: '1.4.0' },
    ]);
    // Ready: no second check or download is started by "check now".
    fake.updater.checkForUpdates.mockClear();
    expect(running.checkNow()).toEqual({ state: 'ready', version: '1.4.0' });
    expect(fake.updater.checkForUpdates).not.toHaveBeenCalled();
    running.stop();
  });

  it('says up to date with the time of the check', async () => {
    const running = await configured();
    fake.updater.emit('update-not-available', { version: '1.3.0' });
    expect(running.status()).toEqual({ state: 'up-to-date', checkedAt: '2026-03-02T10:15:00.000Z' });
    running.stop();
  });

  it('asks before restarting: "Restart now" installs at once, once per version', async () => {
    const running = await configured();
    fake.answers.push(0);
    expect(isQuitting()).toBe(false);
    fake.updater.emit('update-downloaded', { version: '1.4.0' });
    await vi.waitFor(() => expect(fake.updater.quitAndInstall).toHaveBeenCalledOnce());
    // Marked before the windows close, so a window kept in the tray does not hide and hold the restart up.
    expect(isQuitting()).toBe(true);
    expect(fake.dialogs.at(-1)).toMatchObject({ message: 'Civic Notebook 1.4.0 is ready to install.', buttons: ['Restart now', 'Later'] });
    fake.updater.emit('update-downloaded', { version: '1.4.0' });
    await Promise.resolve();
    expect(fake.dialogs).toHaveLength(2);
    running.stop();
  });

  it('"Later" leaves the update to install on quit', async () => {
    const running = await configured();
    fake.answers.push(1);
    fake.updater.emit('update-downloaded', { version: '1.4.0' });
    await vi.waitFor(() => expect(fake.dialogs).toHaveLength(2));
    expect(fake.updater.quitAndInstall).not.toHaveBeenCalled();
    expect(fake.updater.autoInstallOnAppQuit).toBe(true);
    running.stop();
  });

  it('reports an error in one readable sentence, from the event or a failed check', async () => {
    const running = await configured();
    fake.updater.emit('error', new Error('net::ERR_NAME_NOT_RESOLVED\n    at SimpleURLLoaderWrapper.<anonymous>'));
    expect(running.status()).toEqual({
      state: 'error',
      message: 'Civic Notebook could not check for or download an update: net::ERR_NAME_NOT_RESOLVED.',
    });
    fake.updater.checkForUpdates.mockRejectedValueOnce(new Error('HttpError: 404'));
    running.checkNow();
    await vi.waitFor(() => expect(running.status()).toMatchObject({ state: 'error', message: expect.stringContaining('HttpError: 404') }));
    running.stop();
  });

  it('turns off without asking, and then ignores what a check begun before says', async () => {
    const running = await configured();
    const dialogs = fake.dialogs.length;
    await expect(running.setServer(null)).resolves.toEqual({ outcome: 'saved', address: null });
    expect(fake.dialogs).toHaveLength(dialogs);
    expect(running.status()).toEqual({ state: 'off' });
    fake.updater.emit('update-available', { version: '9.9.9' });
    expect(running.status()).toEqual({ state: 'off' });
  });

  it('ignores updates when not packaged, and says so', async () => {
    fake.answers.push(0);
    const running = updater(false);
    await running.start();
    expect(running.status()).toEqual({ state: 'not-installed' });
    await expect(running.setServer(SERVER)).resolves.toEqual({ outcome: 'saved', address: SERVER });
    running.checkNow();
    expect(fake.updater.setFeedURL).not.toHaveBeenCalled();
    expect(fake.updater.checkForUpdates).not.toHaveBeenCalled();
    expect(running.status()).toEqual({ state: 'not-installed' });
  });
});
