import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AcceleratorSchema } from '@shared/ipc/desktop';
import { fakeWindow } from '../helpers/fake-browser-window';

/** The system's shortcuts: `heldElsewhere` are another program's; ours are in `registered`. */
const system = vi.hoisted(() => ({
  heldElsewhere: new Set<string>(),
  registered: new Map<string, () => void>(),
}));

vi.mock('electron', () => ({
  app: { getPath: () => '' },
  globalShortcut: {
    register: (accelerator: string, callback: () => void) => {
      if (system.heldElsewhere.has(accelerator) || system.registered.has(accelerator)) return false;
      system.registered.set(accelerator, callback);
      return true;
    },
    unregister: (accelerator: string) => {
      system.registered.delete(accelerator);
    },
  },
}));

const { createShortcutSetting, shortcutTakenMessage, summonQuickCapture } = await import('../../electron/main/global-shortcut');
const { createPreferencesStore, PREFERENCES_FILE } = await import('../../electron/main/preferences');
const { trackWindow } = await import('../../electron/main/windows');

let folder: string;
let file: string;
const pressed = vi.fn();

function setting() {
  return createShortcutSetting({ preferences: createPreferencesStore(file), onPressed: pressed });
}

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'civic-shortcut-'));
  file = join(folder, PREFERENCES_FILE);
  system.heldElsewhere.clear();
  system.registered.clear();
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('AcceleratorSchema', () => {
  it.each([
    ['CommandOrControl+Alt+N', 'CommandOrControl+Alt+N'],
    ['ctrl+alt+n', 'Control+Alt+N'],
    ['CmdOrCtrl+Shift+F5', 'CommandOrControl+Shift+F5'],
    [' Alt + Space ', 'Alt+Space'],
    ['Super+Plus', 'Super+Plus'],
    ['Meta+pageup', 'Super+PageUp'],
    ['Control+num7', 'Control+num7'],
    ['Option+/', 'Option+/'],
    ['Shift+Alt+F24', 'Shift+Alt+F24'],
  ])('accepts %j as %j', (typed, canonical) => {
    expect(AcceleratorSchema.parse(typed)).toBe(canonical);
  });

  it.each([
    ['', /Press the keys/],
    ['N', /needs a modifier/],
    ['Ctrl+Alt', /ends with one key/],
    ['Ctrl+Alt+', /ends with one key/],
    ['Shift+A', /only Shift or AltGr/],
    ['AltGr+Shift+E', /only Shift or AltGr/],
    ['Hyper+N', /"Hyper" is not a modifier/],
    ['Ctrl+K+N', /"K" is not a modifier/],
    ['Ctrl+Control+N', /Control appears twice/],
    ['Ctrl+F25', /"F25" is not a key/],
    ['Ctrl+Enterr', /"Enterr" is not a key/],
    ['Alt+é', /"é" is not a key/],
    ['Ctrl+Alt+N'.repeat(12), /too long/],
  ])('refuses %j with a sentence saying why', (typed, reason) => {
    const parsed = AcceleratorSchema.safeParse(typed);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(reason);
  });

  it('refuses what is not text', () => {
    expect(AcceleratorSchema.safeParse(42).success).toBe(false);
  });
});

describe('the quick-capture shortcut', () => {
  it('registers the saved shortcut (the default on a new desk) at start, and pressing it runs the action', async () => {
    const shortcut = setting();
    await shortcut.start();
    expect([...system.registered.keys()]).toEqual(['CommandOrControl+Alt+N']);
    system.registered.get('CommandOrControl+Alt+N')?.();
    expect(pressed).toHaveBeenCalledOnce();
    await expect(shortcut.state()).resolves.toEqual({ accelerator: 'CommandOrControl+Alt+N', isActive: true, problem: null });
  });

  it('replaces the shortcut: the new keys are taken, the old ones given back, and the choice saved', async () => {
    const shortcut = setting();
    await expect(shortcut.set('Control+Shift+K')).resolves.toEqual({ ok: true, shortcut: { accelerator: 'Control+Shift+K', isActive: true, problem: null } });
    expect([...system.registered.keys()]).toEqual(['Control+Shift+K']);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ globalShortcut: 'Control+Shift+K' });
  });

  it('refuses keys another program holds, in a sentence, and keeps the old shortcut working and saved', async () => {
    system.heldElsewhere.add('Control+Alt+P');
    const shortcut = setting();
    await shortcut.start();
    const answer = await shortcut.set('Control+Alt+P');
    expect(answer).toEqual({
      ok: false,
      message: shortcutTakenMessage('Control+Alt+P', 'CommandOrControl+Alt+N'),
      shortcut: { accelerator: 'CommandOrControl+Alt+N', isActive: true, problem: null },
    });
    expect(answer.ok || answer.message).toMatch(/^Another program already uses Control\+Alt\+P.*CommandOrControl\+Alt\+N still brings up the quick line/);
    expect([...system.registered.keys()]).toEqual(['CommandOrControl+Alt+N']);
    await expect(readFile(file, 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it('says so when the saved shortcut is held by another program at start, and takes it once it is free', async () => {
    system.heldElsewhere.add('CommandOrControl+Alt+N');
    const shortcut = setting();
    const state = await shortcut.state();
    expect(state).toMatchObject({ accelerator: 'CommandOrControl+Alt+N', isActive: false });
    expect(state.problem).toMatch(/Another program already uses CommandOrControl\+Alt\+N, so the quick-capture shortcut is off/);
    system.heldElsewhere.clear();
    await expect(shortcut.set('CommandOrControl+Alt+N')).resolves.toMatchObject({ ok: true, shortcut: { isActive: true, problem: null } });
  });

  it('turns off: the keys go back to the system and off is saved', async () => {
    const shortcut = setting();
    await expect(shortcut.set(null)).resolves.toEqual({ ok: true, shortcut: { accelerator: null, isActive: false, problem: null } });
    expect(system.registered.size).toBe(0);
    await expect(setting().state()).resolves.toEqual({ accelerator: null, isActive: false, problem: null });
  });

  it('gives the keys back when stopped (on quit)', async () => {
    const shortcut = setting();
    await shortcut.start();
    shortcut.stop();
    expect(system.registered.size).toBe(0);
  });

  it('registers once however often it is started, and two changes at once leave only the last held', async () => {
    const shortcut = setting();
    await Promise.all([shortcut.start(), shortcut.start(), shortcut.state()]);
    expect(system.registered.size).toBe(1);
    await Promise.all([shortcut.set('Alt+F8'), shortcut.set('Alt+F9')]);
    expect([...system.registered.keys()]).toEqual(['Alt+F9']);
  });
});

describe('summonQuickCapture', () => {
  it('brings our window forward and sends capture:focus to it', () => {
    const ours = fakeWindow();
    trackWindow(ours.window);
    const openWindow = vi.fn();
    summonQuickCapture(openWindow);
    expect(ours.window.show).toHaveBeenCalled();
    expect(ours.window.focus).toHaveBeenCalled();
    expect(ours.send).toHaveBeenCalledWith('app:command', 'capture:focus');
    expect(openWindow).not.toHaveBeenCalled();
    ours.close();
  });

  it('opens a window when none is open', () => {
    const openWindow = vi.fn();
    summonQuickCapture(openWindow);
    expect(openWindow).toHaveBeenCalledOnce();
  });
});
