import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUICK_CAPTURE_SHORTCUT } from '../../shared/ipc/desktop';
import { SHORTCUTS } from '../../renderer/src/app/shortcuts';
import { formatKeys } from '../../renderer/src/features/help/format-keys';

const readme = readFileSync(resolve(import.meta.dirname, '../../README.md'), 'utf8');

describe('README', () => {
  it.each(SHORTCUTS.map((s) => [s.id, s] as const))('documents every key of the %s shortcut as the app shows it', (_id, shortcut) => {
    for (const keys of shortcut.keys) {
      expect(readme).toContain(`\`${formatKeys(keys, false).join('+')}\``);
    }
  });

  it("documents the desktop's default quick-capture shortcut from any program", () => {
    const keys = DEFAULT_QUICK_CAPTURE_SHORTCUT.replace('CommandOrControl', 'Ctrl');
    expect(readme).toContain(`\`${keys}\``);
  });
});
