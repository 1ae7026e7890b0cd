/**
 * Recording a global shortcut from key presses: a KeyboardEvent with Ctrl, Alt, Cmd or the Windows key becomes
 * an Electron accelerator. The key is read from `code` (the physical key), so Alt+N records N even where the
 * layout makes Alt+N type another character. The primary modifier (Ctrl; Cmd on macOS) is recorded as
 * CommandOrControl, so the same setting means the same keys on every system.
 */
import type { AppInfo } from '@shared/ipc/contract';

/** What a recording needs of a key event. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>;

const MODIFIER_KEYS = new Set(['Control', 'Alt', 'Shift', 'Meta', 'AltGraph', 'OS', 'Super', 'Hyper']);

const NAMED_CODES: Readonly<Record<string, string>> = {
  ArrowUp: 'Up',
  ArrowDown: 'Down',
  ArrowLeft: 'Left',
  ArrowRight: 'Right',
  Space: 'Space',
  Tab: 'Tab',
  Enter: 'Enter',
  NumpadEnter: 'Enter',
  Backspace: 'Backspace',
  Delete: 'Delete',
  Insert: 'Insert',
  Home: 'Home',
  End: 'End',
  PageUp: 'PageUp',
  PageDown: 'PageDown',
  Escape: 'Escape',
  PrintScreen: 'PrintScreen',
  Minus: '-',
  Equal: '=',
  BracketLeft: '[',
  BracketRight: ']',
  Backslash: '\\',
  Semicolon: ';',
  Comma: ',',
  Period: '.',
  Slash: '/',
  Backquote: '`',
  NumpadDecimal: 'numdec',
  NumpadAdd: 'numadd',
  NumpadSubtract: 'numsub',
  NumpadMultiply: 'nummult',
  NumpadDivide: 'numdiv',
};

function keyOfCode(code: string): string | undefined {
  const match = /^(?:Key([A-Z])|Digit(\d)|Numpad(\d)|(F\d{1,2}))$/.exec(code);
  if (match !== null) return match[1] ?? match[2] ?? (match[3] === undefined ? match[4] : `num${match[3]}`);
  return NAMED_CODES[code];
}

/**
 * The accelerator a key press records: 'modifier' while only modifiers are down, 'typing' for a press without
 * Ctrl, Alt, Cmd or the Windows key (left to the text box), 'unsupported' for a key no shortcut can use.
 */
export function recordKeyPress(press: KeyPress, os: AppInfo['os']): string | 'modifier' | 'typing' | 'unsupported' {
  if (MODIFIER_KEYS.has(press.key)) return 'modifier';
  if (!press.ctrlKey && !press.altKey && !press.metaKey) return 'typing';
  const key = keyOfCode(press.code);
  if (key === undefined) return 'unsupported';
  const isMac = os === 'macos';
  const modifiers = [
    press.ctrlKey && (isMac ? 'Control' : 'CommandOrControl'),
    press.metaKey && (isMac ? 'CommandOrControl' : 'Super'),
    press.altKey && 'Alt',
    press.shiftKey && 'Shift',
  ].filter((modifier) => modifier !== false);
  return [...modifiers, key].join('+');
}

/** An accelerator as people read it on this system: CommandOrControl+Alt+N is Ctrl+Alt+N, or Cmd+Option+N on a Mac. */
export function shortcutLabel(accelerator: string, os: AppInfo['os']): string {
  const isMac = os === 'macos';
  const names: Readonly<Record<string, string>> = {
    CommandOrControl: isMac ? 'Cmd' : 'Ctrl',
    Command: 'Cmd',
    Control: 'Ctrl',
    Alt: isMac ? 'Option' : 'Alt',
    Super: isMac ? 'Cmd' : os === 'windows' ? 'Win' : 'Super',
  };
  return accelerator
    .split('+')
    .map((part) => names[part] ?? part)
    .join('+');
}
