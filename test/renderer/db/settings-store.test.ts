import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { DEFAULT_DESK_SETTINGS } from '@shared/domain/settings';
import { CorruptSettingsError, loadSettings, saveSettings } from '../../../renderer/src/db';
import { freshDb } from '../../helpers/fake-db';

describe('settings store', () => {
  it('gives the defaults on a desk never set up, then what was saved', async () => {
    const db = freshDb();
    expect(await loadSettings(db)).toEqual(DEFAULT_DESK_SETTINGS);
    const mine = { ...DEFAULT_DESK_SETTINGS, staffName: 'Ana', categories: ['Roads', 'Parks'] };
    await saveSettings(db, mine);
    expect(await loadSettings(db)).toEqual(mine);
  });

  it('refuses invalid settings and keeps the saved ones', async () => {
    const db = freshDb();
    const mine = { ...DEFAULT_DESK_SETTINGS, categories: ['Roads'] };
    await saveSettings(db, mine);
    await expect(saveSettings(db, { ...mine, categories: ['Roads', 'roads'] })).rejects.toBeInstanceOf(ZodError);
    expect(await loadSettings(db)).toEqual(mine);
  });

  it('reports corrupt stored settings instead of replacing them with defaults', async () => {
    const db = freshDb();
    await db.settings.put({ key: 'desk', value: { categories: 'not a list' } });
    await expect(loadSettings(db)).rejects.toBeInstanceOf(CorruptSettingsError);
    expect((await db.settings.get('desk'))?.value).toEqual({ categories: 'not a list' });
  });
});
