/**
 * Turns the key strings of SHORTCUTS ("Control+Enter", "Alt+n") into what people see on their keyboard.
 * matchesKey() accepts Cmd for Control, so on a Mac the help shows ⌘ where others see Ctrl.
 */

const MODIFIERS: Record<string, { mac: string; other: string }> = {
  Control: { mac: '⌘', other: 'Ctrl' },
  Alt: { mac: '⌥', other: 'Alt' },
  Shift: { mac: '⇧', other: 'Shift' },
  Meta: { mac: '⌘', other: 'Meta' },
};

const NAMED_KEYS: Record<string, string> = {
  ' ': 'Space',
  Escape: 'Esc',
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
};

/** True when the app runs on macOS (desktop or browser); false where there is no navigator. */
export function isMacPlatform(): boolean {
  if (typeof navigator === 'undefined') return false;
  return /mac(os|intosh)|iphone|ipad/i.test(navigator.userAgent);
}

/**
 * The parts to show as separate keys, e.g. "Control+Enter" gives ["Ctrl", "Enter"] (["⌘", "Enter"] on a Mac).
 * Letters are shown upper case after a modifier ("Ctrl", "K"), as keyboards print them, but alone stay as
 * typed, because "T" would suggest Shift+t.
 */
export function formatKeys(keys: string, isMac: boolean = isMacPlatform()): string[] {
  // A lone "+" or a trailing "++" means the plus key itself, not a separator.
  const endsWithPlus = keys.endsWith('+') && keys.length > 0;
  const parts = endsWithPlus ? [...keys.slice(0, -1).split('+').filter((p) => p !== ''), '+'] : keys.split('+');
  const key = parts.pop() ?? '';
  const modifiers = parts.map((part) => {
    const names = MODIFIERS[part];
    return names === undefined ? part : isMac ? names.mac : names.other;
  });
  const shownKey = NAMED_KEYS[key] ?? (modifiers.length > 0 && key.length === 1 ? key.toUpperCase() : key);
  return [...modifiers, shownKey];
}
