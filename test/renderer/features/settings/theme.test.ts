import { describe, expect, it } from 'vitest';
import { applyTheme } from '../../../../renderer/src/features/settings/theme';

describe('applyTheme', () => {
  it('sets data-theme for a forced theme', () => {
    const root = { dataset: {} as DOMStringMap };
    applyTheme('dark', root);
    expect(root.dataset['theme']).toBe('dark');
    applyTheme('light', root);
    expect(root.dataset['theme']).toBe('light');
  });

  it("removes data-theme for 'system', so the system preference applies again", () => {
    const root = { dataset: { theme: 'dark' } as DOMStringMap };
    applyTheme('system', root);
    expect('theme' in root.dataset).toBe(false);
  });
});
