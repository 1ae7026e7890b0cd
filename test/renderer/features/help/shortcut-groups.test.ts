import { describe, expect, it } from 'vitest';
import { groupShortcuts, PLACE_ORDER } from '../../../../renderer/src/features/help/shortcut-groups';
import { SHORTCUTS } from '../../../../renderer/src/app/shortcuts';

describe('groupShortcuts', () => {
  it('lists every shortcut exactly once', () => {
    const ids = groupShortcuts(SHORTCUTS).flatMap((g) => g.shortcuts.map((s) => s.id));
    expect([...ids].sort()).toEqual(SHORTCUTS.map((s) => s.id).sort());
  });

  it('orders groups Everywhere, Quick line, Form, Notebook, List, Review, Monthly meeting, Projects', () => {
    expect(PLACE_ORDER).toEqual(['global', 'capture', 'form', 'notebook', 'list', 'review', 'meeting', 'projects']);
    const wheres = groupShortcuts(SHORTCUTS).map((g) => g.where);
    expect(wheres).toEqual(PLACE_ORDER.filter((w) => wheres.includes(w)));
  });

  it('leaves out a place with no shortcuts', () => {
    const only = SHORTCUTS.filter((s) => s.where === 'form');
    expect(groupShortcuts(only).map((g) => g.where)).toEqual(['form']);
  });
});
