import { describe, expect, it } from 'vitest';
import { OfficeProfileSchema, defaultOfficeProfile, effectiveResponsePolicy } from '@shared/domain/office-profile';
import { defaultResponsePolicy } from '@shared/domain/response-clock';

describe('the office profile', () => {
  it("counts a desk's clocks in its own zone until an admin has set the office's response times", () => {
    const desk = defaultResponsePolicy('America/Chicago');
    const unset = defaultOfficeProfile('UTC');
    expect(effectiveResponsePolicy(unset, desk)).toBe(desk);
    const set = { ...unset, hasResponsePolicy: true, responsePolicy: defaultResponsePolicy('Europe/Berlin') };
    expect(effectiveResponsePolicy(set, desk).timeZone).toBe('Europe/Berlin');
  });

  it('refuses a profile row with a bad wait or an unknown zone, naming the field', () => {
    const profile = defaultOfficeProfile('UTC');
    expect(OfficeProfileSchema.safeParse(profile).success).toBe(true);
    const badWait = OfficeProfileSchema.safeParse({ ...profile, offlineFallbackMinutes: 0 });
    expect(badWait.error?.issues[0]?.path).toEqual(['offlineFallbackMinutes']);
    const badZone = OfficeProfileSchema.safeParse({ ...profile, responsePolicy: { ...profile.responsePolicy, timeZone: 'Mars/Base' } });
    expect(badZone.error?.issues[0]?.message).toContain('Unknown time zone "Mars/Base"');
  });
});
