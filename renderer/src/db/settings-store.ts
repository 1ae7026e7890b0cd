/** Desk settings, kept as one validated record in the settings table. */
import { DEFAULT_DESK_SETTINGS, DeskSettingsSchema, type DeskSettings } from '@shared/domain/settings';
import type { NotebookDb } from './database';

const KEY = 'desk';

/** Thrown when the stored settings no longer validate; the stored record is left untouched. */
export class CorruptSettingsError extends Error {
  constructor(detail: string) {
    super(`The saved desk settings could not be read (${detail}). They were left as they are.`);
    this.name = 'CorruptSettingsError';
  }
}

/**
 * The desk's settings, or the defaults on a desk never set up. Strict read: corrupt settings raise an error
 * rather than being silently replaced by defaults, which would wipe the office's category list.
 */
export async function loadSettings(db: NotebookDb): Promise<DeskSettings> {
  const row = await db.settings.get(KEY);
  if (row === undefined) return DEFAULT_DESK_SETTINGS;
  const parsed = DeskSettingsSchema.safeParse({ ...DEFAULT_DESK_SETTINGS, ...(row.value as object) });
  if (!parsed.success) throw new CorruptSettingsError(parsed.error.issues[0]?.message ?? 'invalid');
  return parsed.data;
}

/** Validates and saves the desk's settings; throws the schema's error and saves nothing when invalid. */
export async function saveSettings(db: NotebookDb, settings: DeskSettings): Promise<DeskSettings> {
  const valid = DeskSettingsSchema.parse(settings);
  await db.settings.put({ key: KEY, value: valid });
  return valid;
}
