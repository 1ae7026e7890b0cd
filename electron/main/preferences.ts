/**
 * The desktop's own preferences, kept in desktop-preferences.json in the app's userData folder:
 *
 *   { "globalShortcut": "CommandOrControl+Alt+N", "updateServer": "https://updates.town.example/civic-notebook",
 *     "keepInTray": true, "hasSeenTrayHint": false }
 *
 * globalShortcut null turns the quick-capture shortcut off; updateServer null (the default) keeps updates off;
 * keepInTray false makes closing the window quit the app; hasSeenTrayHint is true once the person was told,
 * the first time the window closed into the tray, that the app still runs there.
 * A key missing from the file takes its default. A file that is missing, unreadable or damaged gives the
 * defaults with a warning, never a failed start, and stays as it is until the person changes a preference (a
 * damaged file might still be put right by hand). Each change rewrites the whole file atomically.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app } from 'electron';
import { z } from 'zod';
import { AcceleratorSchema, DEFAULT_QUICK_CAPTURE_SHORTCUT, UpdateServerAddressSchema } from '@shared/ipc/desktop';
import { writeJsonFileAtomically } from './json-file';

/** Name of the file in the userData folder. */
export const PREFERENCES_FILE = 'desktop-preferences.json';

/** The desktop's preferences. */
export interface DesktopPreferences {
  /** The global quick-capture shortcut (canonical accelerator); null: off. */
  readonly globalShortcut: string | null;
  /** The update server's address; null: updates off. */
  readonly updateServer: string | null;
  /** Closing the window keeps the app running in the tray (where the system has one). */
  readonly keepInTray: boolean;
  /** The person was told once that a closed window keeps running in the tray. */
  readonly hasSeenTrayHint: boolean;
}

/** What a desk starts with: the quick-capture shortcut on, updates off, a closed window kept in the tray. */
export const DEFAULT_PREFERENCES: DesktopPreferences = {
  globalShortcut: DEFAULT_QUICK_CAPTURE_SHORTCUT,
  updateServer: null,
  keepInTray: true,
  hasSeenTrayHint: false,
};

const SavedFileSchema = z.object({
  globalShortcut: AcceleratorSchema.nullable().optional(),
  updateServer: UpdateServerAddressSchema.nullable().optional(),
  keepInTray: z.boolean().optional(),
  hasSeenTrayHint: z.boolean().optional(),
});

/** Reads and changes the preferences; changes are written one at a time. */
export interface PreferencesStore {
  /** The saved preferences (read from disk once, then kept). */
  load(): Promise<DesktopPreferences>;
  /** Saves a change; rejects, keeping the old preferences, when the file cannot be written. */
  update(change: Partial<DesktopPreferences>): Promise<DesktopPreferences>;
  /** The preferences once load() has read them, for code that cannot wait (a window's 'close' handler). */
  loaded(): DesktopPreferences | undefined;
}

/** A store over one file; tests give it a file in a temporary folder. */
export function createPreferencesStore(file: string): PreferencesStore {
  let current: Promise<DesktopPreferences> | undefined;
  let snapshot: DesktopPreferences | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  const keep = (preferences: DesktopPreferences): DesktopPreferences => (snapshot = preferences);
  const load = (): Promise<DesktopPreferences> => (current ??= readPreferences(file).then(keep));
  return {
    load,
    loaded: () => snapshot,
    update(change) {
      const run = queue.then(async () => {
        const next = { ...(await load()), ...change };
        await writePreferences(file, next);
        current = Promise.resolve(keep(next));
        return next;
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

let appStore: PreferencesStore | undefined;

/** The app's store, in its userData folder; made on first use, after 'ready'. */
export function desktopPreferences(): PreferencesStore {
  appStore ??= createPreferencesStore(join(app.getPath('userData'), PREFERENCES_FILE));
  return appStore;
}

async function readPreferences(file: string): Promise<DesktopPreferences> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn('Could not read the desktop preferences; using the defaults:', error);
    return DEFAULT_PREFERENCES;
  }
  try {
    const saved = SavedFileSchema.parse(JSON.parse(text));
    return {
      globalShortcut: saved.globalShortcut === undefined ? DEFAULT_PREFERENCES.globalShortcut : saved.globalShortcut,
      updateServer: saved.updateServer ?? null,
      keepInTray: saved.keepInTray ?? DEFAULT_PREFERENCES.keepInTray,
      hasSeenTrayHint: saved.hasSeenTrayHint ?? DEFAULT_PREFERENCES.hasSeenTrayHint,
    };
  } catch (error) {
    console.warn(`${file} is damaged; using the default desktop preferences until one is changed:`, error);
    return DEFAULT_PREFERENCES;
  }
}

function writePreferences(file: string, preferences: DesktopPreferences): Promise<void> {
  return writeJsonFileAtomically(file, preferences);
}
