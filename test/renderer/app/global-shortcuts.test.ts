import { describe, expect, it } from 'vitest';
import { globalActionFor } from '../../../renderer/src/app/useGlobalShortcuts';
import { matchesKey, type KeyLike } from '../../../renderer/src/app/shortcuts';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({ key: k, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('global shortcuts', () => {
  it('reaches the quick line and the drafts from anywhere, even while typing', () => {
    expect(globalActionFor(key('n', { altKey: true }), true)).toBe('focusCapture');
    expect(globalActionFor(key('s', { altKey: true }), true)).toBe('newDraft');
    expect(globalActionFor(key('d', { altKey: true }), false)).toBe('nextDraft');
    expect(globalActionFor(key('k', { ctrlKey: true }), true)).toBe('openPalette');
  });

  it('keeps "/" a slash while typing but uses it for search elsewhere; Ctrl+F works everywhere', () => {
    expect(globalActionFor(key('/'), true)).toBeUndefined();
    expect(globalActionFor(key('/'), false)).toBe('focusSearch');
    expect(globalActionFor(key('f', { ctrlKey: true }), true)).toBe('focusSearch');
  });

  it('moves between days and opens help only outside text fields', () => {
    expect(globalActionFor(key('['), false)).toBe('previousDay');
    expect(globalActionFor(key(']'), false)).toBe('nextDay');
    expect(globalActionFor(key('t'), false)).toBe('today');
    expect(globalActionFor(key('?', { shiftKey: true }), false)).toBe('openHelp');
    expect(globalActionFor(key('t'), true)).toBeUndefined();
    expect(globalActionFor(key('T', { shiftKey: true }), false)).toBeUndefined();
  });

  it('matches Alt+letter by the physical key on a Mac, where Option types another character', () => {
    expect(matchesKey({ ...key('˜', { altKey: true }), code: 'KeyN' }, 'Alt+n')).toBe(true);
    expect(matchesKey({ ...key('˜', { altKey: true }), code: 'KeyM' }, 'Alt+n')).toBe(false);
    expect(globalActionFor({ ...key('¡', { altKey: true }), code: 'Digit1' }, true)).toBe('showNotebook');
    expect(globalActionFor({ ...key('™', { altKey: true }), code: 'Digit2' }, false)).toBe('showReview');
    expect(globalActionFor({ ...key('£', { altKey: true }), code: 'Digit3' }, false)).toBe('showMeeting');
    expect(globalActionFor({ ...key('¢', { altKey: true }), code: 'Digit4' }, false)).toBe('showProjects');
    expect(globalActionFor({ ...key('ª', { altKey: true }), code: 'Digit9' }, false)).toBeUndefined();
  });
});
