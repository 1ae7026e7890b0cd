/**
 * The global quick-capture shortcut: pressed in any program, it brings the notebook's window to the front and
 * puts the cursor on the quick line (the renderer routes 'capture:focus' there), so staff can log a call while
 * another program has the screen. The keys are a desktop preference; another program may already hold them,
 * in which case registering fails and the shortcut that worked before keeps working.
 */
import { globalShortcut } from 'electron';
import type { SetShortcutResult, ShortcutState } from '@shared/ipc/desktop';
import type { PreferencesStore } from './preferences';
import { focusPrimaryWindow, sendCommand } from './windows';

/** The sentence when another program holds the keys asked for; `active` is the shortcut that still works. */
export function shortcutTakenMessage(accelerator: string, active: string | null): string {
  const still = active === null ? 'No quick-capture shortcut is set now.' : `${active} still brings up the quick line.`;
  return `Another program already uses ${accelerator}, so Civic Notebook could not take it. ${still} Choose other keys.`;
}

/** The sentence when the saved shortcut could not be taken at start-up. */
export function shortcutTakenAtStartMessage(accelerator: string): string {
  return `Another program already uses ${accelerator}, so the quick-capture shortcut is off. Choose other keys.`;
}

/** The sentence when the shortcut works but could not be written to disk. */
export function shortcutNotSavedMessage(accelerator: string | null): string {
  const now = accelerator === null ? 'The shortcut is off' : `${accelerator} works`;
  return `${now} until Civic Notebook quits, but the choice could not be saved on this computer. Try again.`;
}

/** The quick-capture shortcut as main keeps it. */
export interface ShortcutSetting {
  /** Registers the saved shortcut; once, however often it is called. */
  start(): Promise<void>;
  /** The shortcut chosen, whether it works, and why not. */
  state(): Promise<ShortcutState>;
  /** Takes new keys (null: off) and saves them; keeps the old ones when the new cannot be registered. */
  set(accelerator: string | null): Promise<SetShortcutResult>;
  /** Gives the keys back to the system (on quit). */
  stop(): void;
}

/** A setting over the preferences store; `onPressed` runs each time the keys are pressed. */
export function createShortcutSetting(options: { preferences: PreferencesStore; onPressed: () => void }): ShortcutSetting {
  const { preferences, onPressed } = options;
  let chosen: string | null = null;
  let active: string | null = null;
  let problem: string | null = null;
  let started: Promise<void> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const current = (): ShortcutState => ({ accelerator: chosen, isActive: chosen !== null && chosen === active, problem });

  function register(accelerator: string): boolean {
    try {
      return globalShortcut.register(accelerator, onPressed);
    } catch (error) {
      // Electron throws on keys it cannot map on this system; for staff that is the same as "not available".
      console.warn(`Could not register the global shortcut ${accelerator}:`, error);
      return false;
    }
  }

  function release(): void {
    if (active !== null) globalShortcut.unregister(active);
    active = null;
  }

  const start = (): Promise<void> =>
    (started ??= (async () => {
      chosen = (await preferences.load()).globalShortcut;
      if (chosen === null) return;
      if (register(chosen)) active = chosen;
      else problem = shortcutTakenAtStartMessage(chosen);
    })());

  async function change(accelerator: string | null): Promise<SetShortcutResult> {
    await start();
    if (accelerator === null) {
      release();
    } else if (accelerator !== active) {
      if (!register(accelerator)) return { ok: false, message: shortcutTakenMessage(accelerator, active), shortcut: current() };
      release();
      active = accelerator;
    }
    chosen = accelerator;
    problem = null;
    try {
      await preferences.update({ globalShortcut: accelerator });
    } catch (error) {
      console.warn('Could not save the quick-capture shortcut:', error);
      return { ok: false, message: shortcutNotSavedMessage(accelerator), shortcut: current() };
    }
    return { ok: true, shortcut: current() };
  }

  return {
    start,
    async state() {
      await start();
      return current();
    },
    set(accelerator) {
      // One change at a time: two quick saves must not both register and leave one of them held forever.
      const run = queue.then(() => change(accelerator));
      queue = run.catch(() => undefined);
      return run;
    },
    stop: release,
  };
}

/**
 * What the shortcut does: the notebook's window to the front (restored if minimised) with the quick line
 * focused. With no window open (macOS keeps running without one), `openWindow` makes one, whose quick line
 * takes the focus as the app loads.
 */
export function summonQuickCapture(openWindow: () => void): void {
  if (focusPrimaryWindow()) sendCommand('capture:focus');
  else openWindow();
}
