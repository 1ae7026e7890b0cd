/**
 * The desktop's everyday services as the IPC contract describes them: the global quick-capture shortcut (an
 * Electron accelerator), the counts the tray shows, and the automatic updater (its server's address and its
 * status). contract.ts names the channels; this module holds their schemas.
 *
 * An accelerator is one or more modifiers and one key joined by "+", case-insensitive, as Electron reads them:
 * AcceleratorSchema.parse('ctrl+alt+n') === 'Control+Alt+N'. Each modifier takes its full name, so one shortcut
 * has one spelling.
 */
import { z } from 'zod';
import { normalizeServerAddress } from '../api/server-address';

/** The quick-capture shortcut a new desk starts with. */
export const DEFAULT_QUICK_CAPTURE_SHORTCUT = 'CommandOrControl+Alt+N';

const MODIFIERS: Readonly<Record<string, string>> = {
  commandorcontrol: 'CommandOrControl',
  cmdorctrl: 'CommandOrControl',
  command: 'Command',
  cmd: 'Command',
  control: 'Control',
  ctrl: 'Control',
  alt: 'Alt',
  option: 'Option',
  altgr: 'AltGr',
  shift: 'Shift',
  super: 'Super',
  meta: 'Super',
};

// Shift and AltGr change which character a key types; with only them, the shortcut would swallow typing.
const TYPING_MODIFIERS = new Set(['Shift', 'AltGr']);

const NAMED_KEYS = [
  'Plus', 'Space', 'Tab', 'Capslock', 'Numlock', 'Scrolllock', 'Backspace', 'Delete', 'Insert', 'Return', 'Enter',
  'Up', 'Down', 'Left', 'Right', 'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'Esc', 'VolumeUp', 'VolumeDown',
  'VolumeMute', 'MediaNextTrack', 'MediaPreviousTrack', 'MediaStop', 'MediaPlayPause', 'PrintScreen',
  'num0', 'num1', 'num2', 'num3', 'num4', 'num5', 'num6', 'num7', 'num8', 'num9', 'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
];
const KEYS: ReadonlyMap<string, string> = new Map(NAMED_KEYS.map((key) => [key.toLowerCase(), key]));
// "+" joins the parts, so the plus key is written "Plus".
const PUNCTUATION = new Set([...')!@#$%^&*(:;=<,_->.?/~`{][|\\}"']);
const EXAMPLE = 'like CommandOrControl+Alt+N';

function keyOf(part: string): string | undefined {
  if (/^[a-z0-9]$/i.test(part)) return part.toUpperCase();
  if (/^f([1-9]|1\d|2[0-4])$/i.test(part)) return part.toUpperCase();
  if (PUNCTUATION.has(part)) return part;
  return KEYS.get(part.toLowerCase());
}

/** The canonical spelling of a typed accelerator, or a sentence saying what is wrong with it. */
export function parseAccelerator(typed: string): { ok: true; accelerator: string } | { ok: false; message: string } {
  const text = typed.trim();
  if (text === '') return { ok: false, message: `Press the keys of the shortcut, or type them ${EXAMPLE}.` };
  const parts = text.split('+').map((part) => part.trim());
  const key = parts.pop() ?? '';
  if (parts.length === 0) return { ok: false, message: `A shortcut needs a modifier such as Ctrl or Alt before its key, ${EXAMPLE}.` };
  if (key === '' || MODIFIERS[key.toLowerCase()] !== undefined) return { ok: false, message: `A shortcut ends with one key after its modifiers, ${EXAMPLE}.` };
  const modifiers: string[] = [];
  for (const part of parts) {
    const modifier = MODIFIERS[part.toLowerCase()];
    if (modifier === undefined) {
      return { ok: false, message: `"${part}" is not a modifier: use CommandOrControl, Control, Command, Alt, Option, AltGr, Shift or Super, and one key at the end.` };
    }
    if (modifiers.includes(modifier)) return { ok: false, message: `${modifier} appears twice in the shortcut.` };
    modifiers.push(modifier);
  }
  if (modifiers.every((modifier) => TYPING_MODIFIERS.has(modifier))) {
    return { ok: false, message: 'Add Ctrl, Alt, Cmd or Super: with only Shift or AltGr, the shortcut would take typed characters from every program.' };
  }
  const canonicalKey = keyOf(key);
  if (canonicalKey === undefined) {
    return { ok: false, message: `"${key}" is not a key a shortcut can use: use a letter, a digit, F1 to F24, a punctuation mark or a named key such as Space or Home.` };
  }
  return { ok: true, accelerator: [...modifiers, canonicalKey].join('+') };
}

/** Schema of a global shortcut: an Electron accelerator with at least one modifier; parses to its canonical spelling. */
export const AcceleratorSchema = z
  .string({ error: 'A shortcut is written as text, like CommandOrControl+Alt+N' })
  .max(100, 'That shortcut is too long')
  .transform((typed, ctx) => {
    const result = parseAccelerator(typed);
    if (result.ok) return result.accelerator;
    ctx.addIssue({ code: 'custom', message: result.message });
    return z.NEVER;
  });

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The canonical address of an update server, or a sentence saying why it cannot be one (https only, but for tests on this computer). */
export function normalizeUpdateServer(typed: string): { ok: true; address: string } | { ok: false; message: string } {
  const result = normalizeServerAddress(typed);
  if (!result.ok) return result;
  const [, scheme, host] = /^(https?):\/\/([^/:]+|\[[^\]]+\])/.exec(result.address) ?? [];
  if (scheme === 'http' && !LOCAL_HOSTS.has(host ?? '')) {
    return { ok: false, message: 'Updates must come from an https:// address; http:// is only for a test server on this computer (localhost).' };
  }
  return result;
}

/** Schema of an update server's address (the folder holding latest.yml); parses to the canonical form. */
export const UpdateServerAddressSchema = z
  .string({ error: "Enter the update server's address" })
  .max(2048, 'That address is too long')
  .transform((typed, ctx) => {
    const result = normalizeUpdateServer(typed);
    if (result.ok) return result.address;
    ctx.addIssue({ code: 'custom', message: result.message });
    return z.NEVER;
  });

/** Most of either count the renderer reports; far above any desk's, far below what could upset a badge. */
export const MAX_REPORTED_COUNT = 1_000_000;
const CountSchema = z.number().int('A count is a whole number').min(0, 'A count cannot be negative').max(MAX_REPORTED_COUNT, 'That count is too large');

/** Schema of what the renderer reports for the tray and the badge. */
export const DesktopStatusSchema = z.object({
  /** Changes made at this desk not yet sent to the office server. */
  unsynced: CountSchema,
  /** Top-priority concerns nobody has taken up yet (status new). */
  priorityWaiting: CountSchema,
});
/** What the renderer reports for the tray and the badge. */
export type DesktopStatus = z.infer<typeof DesktopStatusSchema>;

/**
 * Schema of the updater's state: off (no update server set), not-installed (running from source, where updates
 * are ignored), idle, checking, up-to-date, downloading (percent), ready (downloaded, installs on restart or
 * quit), error (a sentence).
 */
export const UpdateStatusSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('off') }),
  z.object({ state: z.literal('not-installed') }),
  z.object({ state: z.literal('idle') }),
  z.object({ state: z.literal('checking') }),
  z.object({ state: z.literal('up-to-date'), checkedAt: z.iso.datetime() }),
  z.object({ state: z.literal('downloading'), version: z.string().max(100), percent: z.number().min(0).max(100) }),
  z.object({ state: z.literal('ready'), version: z.string().max(100) }),
  z.object({ state: z.literal('error'), message: z.string().min(1).max(500) }),
]);
/** The updater's state. */
export type UpdateStatus = z.infer<typeof UpdateStatusSchema>;

/** Schema of the quick-capture shortcut's state: the one chosen (null: off), whether it works, and why not. */
export const ShortcutStateSchema = z.object({
  accelerator: z.string().nullable(),
  isActive: z.boolean(),
  problem: z.string().nullable(),
});
/** The quick-capture shortcut's state. */
export type ShortcutState = z.infer<typeof ShortcutStateSchema>;

/**
 * Schema of closing the window: whether the system shows a tray icon at all (some Linux desktops have none),
 * and whether closing the window keeps the app running there (the default), so alerts, sync and the
 * quick-capture shortcut go on until the person quits from the tray's menu.
 */
export const TraySettingSchema = z.object({
  isAvailable: z.boolean(),
  keepRunning: z.boolean(),
});
/** Whether closing the window keeps the app running in the tray. */
export type TraySetting = z.infer<typeof TraySettingSchema>;

/** Schema of the desktop settings the Settings dialog shows. */
export const DesktopSettingsSchema = z.object({
  shortcut: ShortcutStateSchema,
  updateServer: z.string().nullable(),
  update: UpdateStatusSchema,
  tray: TraySettingSchema,
});
/** The desktop settings the Settings dialog shows. */
export type DesktopSettings = z.infer<typeof DesktopSettingsSchema>;

/**
 * Schema of desktop:setShortcut's answer: done, or a sentence saying why not (another program holds the keys);
 * either way, the shortcut that works now.
 */
export const SetShortcutResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), shortcut: ShortcutStateSchema }),
  z.object({ ok: z.literal(false), message: z.string().min(1), shortcut: ShortcutStateSchema }),
]);
/** desktop:setShortcut's answer. */
export type SetShortcutResult = z.infer<typeof SetShortcutResultSchema>;

/** Schema of desktop:setKeepInTray's request: keep running in the tray when the window is closed, or quit. */
export const SetKeepInTraySchema = z.object({ keepRunning: z.boolean({ error: 'Say true or false: keep running in the tray when the window is closed' }) }).strict();

/** Schema of update:setServer's answer: saved, declined by the person in main's dialog, or failed (a sentence). */
export const SetUpdateServerResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), address: z.string().nullable() }),
  z.object({ outcome: z.literal('declined') }),
  z.object({ outcome: z.literal('failed'), message: z.string().min(1) }),
]);
/** update:setServer's answer. */
export type SetUpdateServerResult = z.infer<typeof SetUpdateServerResultSchema>;
