import { describe, expect, it } from 'vitest';
import {
  addCategory,
  canMoveCategory,
  checkCategoryName,
  moveCategory,
  removeCategory,
  renameCategory,
} from '../../../../renderer/src/features/settings/category-list';
import { DeskSettingsSchema, DEFAULT_DESK_SETTINGS } from '../../../../shared/domain/settings';
import { LIMITS } from '../../../../shared/domain/limits';

const list = ['Noise', 'Parks', 'Housing'];

describe('addCategory', () => {
  it('adds a trimmed name at the end', () => {
    expect(addCategory(list, '  Graffiti ')).toEqual({ ok: true, list: [...list, 'Graffiti'], name: 'Graffiti' });
  });

  it('refuses an empty or blank name', () => {
    expect(addCategory(list, '   ')).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  it('refuses a name already in the list, ignoring case, and names the one it clashes with', () => {
    expect(addCategory(list, 'noise ')).toEqual({ ok: false, problem: { kind: 'duplicate', existing: 'Noise' } });
  });

  it('refuses a name over the limit', () => {
    const result = addCategory(list, 'x'.repeat(LIMITS.category + 1));
    expect(result).toEqual({ ok: false, problem: { kind: 'tooLong', max: LIMITS.category } });
    expect(addCategory(list, 'x'.repeat(LIMITS.category)).ok).toBe(true);
  });

  it('does not change the list it was given', () => {
    const copy = [...list];
    addCategory(list, 'Graffiti');
    expect(list).toEqual(copy);
  });
});

describe('renameCategory', () => {
  it('renames in place', () => {
    expect(renameCategory(list, 1, 'Parks and gardens')).toMatchObject({ ok: true, list: ['Noise', 'Parks and gardens', 'Housing'] });
  });

  it('allows a change of case only', () => {
    expect(renameCategory(list, 0, 'NOISE')).toMatchObject({ ok: true, list: ['NOISE', 'Parks', 'Housing'] });
  });

  it('refuses the name of another entry', () => {
    expect(renameCategory(list, 0, 'parks')).toEqual({ ok: false, problem: { kind: 'duplicate', existing: 'Parks' } });
  });

  it('refuses an empty name', () => {
    expect(renameCategory(list, 2, '')).toEqual({ ok: false, problem: { kind: 'empty' } });
  });

  it('throws for an index outside the list', () => {
    expect(() => renameCategory(list, 3, 'x')).toThrow(RangeError);
  });
});

describe('removeCategory and moveCategory', () => {
  it('removes the entry at the index', () => {
    expect(removeCategory(list, 1)).toEqual(['Noise', 'Housing']);
  });

  it('moves an entry up and down one place', () => {
    expect(moveCategory(list, 1, -1)).toEqual(['Parks', 'Noise', 'Housing']);
    expect(moveCategory(list, 1, 1)).toEqual(['Noise', 'Housing', 'Parks']);
  });

  it('leaves the order alone when the entry is already at that end', () => {
    expect(canMoveCategory(list, 0, -1)).toBe(false);
    expect(canMoveCategory(list, 2, 1)).toBe(false);
    expect(moveCategory(list, 0, -1)).toEqual(list);
    expect(moveCategory(list, 2, 1)).toEqual(list);
  });
});

describe('checkCategoryName', () => {
  it('agrees with DeskSettingsSchema: a list built by these edits always saves', () => {
    let current = [...DEFAULT_DESK_SETTINGS.categories];
    for (const name of ['  Graffiti', 'graffiti', '', 'Bins', 'x'.repeat(61), 'BINS ']) {
      const edit = addCategory(current, name);
      if (edit.ok) current = edit.list;
      const parsed = DeskSettingsSchema.safeParse({ ...DEFAULT_DESK_SETTINGS, categories: current });
      expect(parsed.success).toBe(true);
    }
    expect(current.slice(-2)).toEqual(['Graffiti', 'Bins']);
  });

  it('finds no problem with a fresh name', () => {
    expect(checkCategoryName(list, 'Graffiti')).toBeUndefined();
  });
});
