import { describe, expect, it } from 'vitest';
import { formatKeys } from '../../../../renderer/src/features/help/format-keys';
import { SHORTCUTS } from '../../../../renderer/src/app/shortcuts';

describe('formatKeys', () => {
  it('shows Control as Ctrl off a Mac', () => {
    expect(formatKeys('Control+Enter', false)).toEqual(['Ctrl', 'Enter']);
  });

  it('shows Control as ⌘ on a Mac, where Cmd triggers it', () => {
    expect(formatKeys('Control+Enter', true)).toEqual(['⌘', 'Enter']);
    expect(formatKeys('Alt+n', true)).toEqual(['⌥', 'N']);
  });

  it('upper-cases a letter after a modifier but leaves a lone letter as typed', () => {
    expect(formatKeys('Control+k', false)).toEqual(['Ctrl', 'K']);
    expect(formatKeys('Alt+n', false)).toEqual(['Alt', 'N']);
    expect(formatKeys('t', false)).toEqual(['t']);
  });

  it('names keys people cannot read from their KeyboardEvent names', () => {
    expect(formatKeys(' ', false)).toEqual(['Space']);
    expect(formatKeys('Escape', false)).toEqual(['Esc']);
    expect(formatKeys('ArrowDown', false)).toEqual(['↓']);
    expect(formatKeys('Shift+Enter', false)).toEqual(['Shift', 'Enter']);
  });

  it('keeps symbols and typed tokens whole', () => {
    expect(formatKeys('?', false)).toEqual(['?']);
    expect(formatKeys('[', false)).toEqual(['[']);
    expect(formatKeys('!top', false)).toEqual(['!top']);
    expect(formatKeys('#tag', false)).toEqual(['#tag']);
  });

  it('reads a trailing plus as the plus key', () => {
    expect(formatKeys('+', false)).toEqual(['+']);
    expect(formatKeys('Control++', false)).toEqual(['Ctrl', '+']);
  });

  it('gives a non-empty part for every key of every shortcut', () => {
    for (const s of SHORTCUTS) {
      for (const keys of s.keys) {
        for (const isMac of [true, false]) {
          const parts = formatKeys(keys, isMac);
          expect(parts.length).toBeGreaterThan(0);
          expect(parts.every((p) => p.trim() !== '')).toBe(true);
        }
      }
    }
  });
});
