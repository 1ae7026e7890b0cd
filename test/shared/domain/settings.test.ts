import { describe, expect, it } from 'vitest';
import {
  CategoryNameSchema,
  DEFAULT_CATEGORIES,
  DEFAULT_DESK_SETTINGS,
  DeskSettingsSchema,
  type DeskSettings,
} from '@shared/domain/settings';
import { LIMITS } from '@shared/domain/limits';

const withCategories = (categories: string[]): DeskSettings => ({ ...DEFAULT_DESK_SETTINGS, categories });

function problemsOf(value: unknown): { path: readonly PropertyKey[]; message: string }[] {
  const result = DeskSettingsSchema.safeParse(value);
  return (result.error?.issues ?? []).map(({ path, message }) => ({ path, message }));
}

describe('DeskSettingsSchema', () => {
  it('accepts the default settings', () => {
    expect(DeskSettingsSchema.parse(DEFAULT_DESK_SETTINGS)).toEqual(DEFAULT_DESK_SETTINGS);
  });

  it('starts a new desk with every default category', () => {
    expect(DEFAULT_DESK_SETTINGS.categories).toEqual(DEFAULT_CATEGORIES);
    expect(DEFAULT_DESK_SETTINGS.categories).not.toBe(DEFAULT_CATEGORIES);
  });

  it('rejects a category listed twice, ignoring case', () => {
    expect(problemsOf(withCategories(['Noise', 'Parks', 'noise']))).toEqual([
      { path: ['categories'], message: 'Each category can appear only once' },
    ]);
  });

  it('rejects a category listed twice with different surrounding spaces', () => {
    expect(problemsOf(withCategories(['Noise', ' NOISE ']))).toEqual([
      { path: ['categories'], message: 'Each category can appear only once' },
    ]);
  });

  it('rejects an empty or blank category, pointing at it', () => {
    expect(problemsOf(withCategories(['Noise', '']))).toEqual([
      { path: ['categories', 1], message: 'A category needs a name' },
    ]);
    expect(problemsOf(withCategories(['   ']))).toEqual([
      { path: ['categories', 0], message: 'A category needs a name' },
    ]);
  });

  it('trims the category names it accepts', () => {
    expect(DeskSettingsSchema.parse(withCategories(['  Noise  '])).categories).toEqual(['Noise']);
  });

  it('accepts an empty category list', () => {
    expect(problemsOf(withCategories([]))).toEqual([]);
  });

  it('rejects a category list of more than 200 entries', () => {
    const categories = Array.from({ length: 201 }, (_, i) => `Category ${i}`);
    expect(problemsOf(withCategories(categories))).toEqual([
      { path: ['categories'], message: 'Keep the category list under 200 entries' },
    ]);
  });

  it('rejects a blank staff name and an unknown theme or channel', () => {
    const bad = { ...DEFAULT_DESK_SETTINGS, staffName: ' ', theme: 'sepia', defaultChannel: 'fax' };
    expect(problemsOf(bad).map((p) => p.path)).toEqual([['staffName'], ['defaultChannel'], ['theme']]);
  });
});

describe('CategoryNameSchema', () => {
  it('accepts a name at the limit and rejects one over it', () => {
    expect(CategoryNameSchema.safeParse('a'.repeat(LIMITS.category)).success).toBe(true);
    expect(CategoryNameSchema.safeParse('a'.repeat(LIMITS.category + 1)).error?.issues[0]?.message).toBe(
      `A category name can be at most ${LIMITS.category} characters`,
    );
  });
});
