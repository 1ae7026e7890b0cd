import { describe, expect, it } from 'vitest';
import { saveErrorReason } from '../../../../renderer/src/features/settings/settings-form';
import { DeskSettingsSchema, DEFAULT_DESK_SETTINGS } from '../../../../shared/domain/settings';

describe('saveErrorReason', () => {
  it("uses the schema's own message rather than the error's JSON", () => {
    const result = DeskSettingsSchema.safeParse({ ...DEFAULT_DESK_SETTINGS, staffName: ' ' });
    expect(result.success).toBe(false);
    expect(saveErrorReason(result.error)).toBe('Enter the name of the person at this desk.');
  });

  it("uses a storage error's message as a sentence", () => {
    expect(saveErrorReason(new Error('The disk is full'))).toBe('The disk is full.');
  });

  it('says something plain when the error says nothing', () => {
    expect(saveErrorReason(new Error(''))).toMatch(/could not store/);
    expect(saveErrorReason('boom')).toMatch(/could not store/);
  });
});
