/** Applies the desk's theme choice to the page; tokens.css reads html[data-theme] to pick its colours. */
import { useEffect } from 'react';
import type { DeskSettings } from '@shared/domain/settings';

/** The theme setting: follow the system, or force light or dark. */
export type ThemeChoice = DeskSettings['theme'];

/**
 * Sets data-theme on the root element for a forced theme and removes it for 'system', so the stylesheet's
 * prefers-color-scheme rules take over again instead of a stale forced value.
 */
export function applyTheme(theme: ThemeChoice, root: { dataset: DOMStringMap } = document.documentElement): void {
  if (theme === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = theme;
}

/** Keeps the page's theme in step with the setting while the calling component is mounted. */
export function useTheme(theme: ThemeChoice): void {
  useEffect(() => {
    applyTheme(theme);
  }, [theme]);
}
