import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: { getPath: () => '' } }));

const { createPreferencesStore, DEFAULT_PREFERENCES, PREFERENCES_FILE } = await import('../../electron/main/preferences');

let folder: string;
let file: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'civic-preferences-'));
  file = join(folder, PREFERENCES_FILE);
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('desktop preferences', () => {
  it('starts with the quick-capture shortcut on and updates off when there is no file, and writes nothing', async () => {
    await expect(createPreferencesStore(file).load()).resolves.toEqual({
      globalShortcut: 'CommandOrControl+Alt+N',
      updateServer: null,
      keepInTray: true,
      hasSeenTrayHint: false,
    });
    expect(await readdir(folder)).toEqual([]);
  });

  it('writes a change to the file, and a new store reads it back', async () => {
    const store = createPreferencesStore(file);
    await store.update({ globalShortcut: 'Control+Shift+K' });
    await store.update({ updateServer: 'https://updates.town.example/civic-notebook' });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ ...DEFAULT_PREFERENCES, globalShortcut: 'Control+Shift+K', updateServer: 'https://updates.town.example/civic-notebook' });
    await expect(createPreferencesStore(file).load()).resolves.toEqual({ ...DEFAULT_PREFERENCES, globalShortcut: 'Control+Shift+K', updateServer: 'https://updates.town.example/civic-notebook' });
    // Renamed into place: no temporary file is left behind.
    expect(await readdir(folder)).toEqual([PREFERENCES_FILE]);
  });

  it('keeps a shortcut turned off (null) apart from a shortcut never chosen (the default)', async () => {
    await writeFile(file, JSON.stringify({ globalShortcut: null }));
    await expect(createPreferencesStore(file).load()).resolves.toEqual({ ...DEFAULT_PREFERENCES, globalShortcut: null, updateServer: null });
    await writeFile(file, JSON.stringify({ updateServer: 'https://updates.town.example' }));
    await expect(createPreferencesStore(file).load()).resolves.toEqual({ ...DEFAULT_PREFERENCES, globalShortcut: 'CommandOrControl+Alt+N', updateServer: 'https://updates.town.example' });
  });

  it.each([
    ['text that is not JSON', '{"globalShortcut": "Ctrl+Alt+N",'],
    ['a shortcut without a modifier', JSON.stringify({ globalShortcut: 'N' })],
    ['an update server over plain http', JSON.stringify({ updateServer: 'http://updates.town.example' })],
    ['a list instead of an object', '[]'],
    ['keepInTray as text', JSON.stringify({ keepInTray: 'yes' })],
  ])('reads a damaged file (%s) as the defaults, warns, and leaves the file alone until a change', async (_name, content) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await writeFile(file, content);
    const store = createPreferencesStore(file);
    await expect(store.load()).resolves.toEqual(DEFAULT_PREFERENCES);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('is damaged'), expect.anything());
    expect(await readFile(file, 'utf8')).toBe(content);
    await store.update({ globalShortcut: null });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ ...DEFAULT_PREFERENCES, globalShortcut: null, updateServer: null });
  });

  it('keeps the tray choice and the hint already given, apart from the other preferences', async () => {
    const store = createPreferencesStore(file);
    await store.update({ keepInTray: false });
    await store.update({ hasSeenTrayHint: true });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ ...DEFAULT_PREFERENCES, keepInTray: false, hasSeenTrayHint: true });
    await expect(createPreferencesStore(file).load()).resolves.toEqual({ ...DEFAULT_PREFERENCES, keepInTray: false, hasSeenTrayHint: true });
    // A file from before the choice existed keeps running in the tray, and will tell the person once.
    await writeFile(file, JSON.stringify({ globalShortcut: null, updateServer: null }));
    await expect(createPreferencesStore(file).load()).resolves.toEqual({ ...DEFAULT_PREFERENCES, globalShortcut: null });
  });

  it('reads a file it cannot open as the defaults, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // A folder where the file should be: reading it fails with EISDIR, not "missing".
    await mkdir(file);
    await expect(createPreferencesStore(file).load()).resolves.toEqual(DEFAULT_PREFERENCES);
    expect(warn).toHaveBeenCalledOnce();
  });

  it('rejects a change it cannot write and keeps the preferences it had', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = createPreferencesStore(join(folder, 'not-a-folder', PREFERENCES_FILE));
    await writeFile(join(folder, 'not-a-folder'), 'a file where the folder should be');
    await expect(store.update({ globalShortcut: 'Alt+F9' })).rejects.toThrow();
    await expect(store.load()).resolves.toEqual(DEFAULT_PREFERENCES);
  });

  it('applies changes made at once one after the other, losing none', async () => {
    const store = createPreferencesStore(file);
    await Promise.all([store.update({ globalShortcut: 'Alt+F9' }), store.update({ updateServer: 'https://updates.town.example' })]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ ...DEFAULT_PREFERENCES, globalShortcut: 'Alt+F9', updateServer: 'https://updates.town.example' });
  });
});
