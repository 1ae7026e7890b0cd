/** A crashed page is reloaded, a crash loop asks instead, and a hung page offers Wait or Reload. */
import { EventEmitter } from 'node:events';
import type { BaseWindow, MessageBoxOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecoveryActions } from '../../electron/main/crash-recovery';

const electron = vi.hoisted(() => ({
  showMessageBox: vi.fn(async (_window: unknown, _options: MessageBoxOptions) => ({ response: 0, checkboxChecked: false })),
}));
vi.mock('electron', () => ({ dialog: { showMessageBox: electron.showMessageBox } }));

const { afterCrash, askAfterCrashes, askWhenUnresponsive, CRASH_LOOP, watchRenderer } = await import('../../electron/main/crash-recovery');

const SECOND = 1000;

describe('afterCrash (the policy)', () => {
  it.each<[string, number[], number, 'reload' | 'ask']>([
    ['a first crash reloads', [], 100 * SECOND, 'reload'],
    ['a second crash within a minute reloads', [90 * SECOND], 100 * SECOND, 'reload'],
    ['a third crash within a minute asks', [50 * SECOND, 90 * SECOND], 100 * SECOND, 'ask'],
    ['three crashes spread over more than a minute reload', [30 * SECOND, 90 * SECOND], 100 * SECOND, 'reload'],
    ['a crash exactly a minute ago no longer counts', [40 * SECOND, 90 * SECOND], 100 * SECOND, 'reload'],
    ['many old crashes do not count', [1, 2, 3, 4, 5], 100 * SECOND, 'reload'],
    ['crash times from a clock that went back are dropped', [500 * SECOND, 600 * SECOND], 100 * SECOND, 'reload'],
  ])('%s', (_name, earlier, now, action) => {
    expect(afterCrash(earlier, now).action).toBe(action);
  });

  it('remembers only the crashes inside the window, this one included', () => {
    expect(afterCrash([1, 70 * SECOND], 100 * SECOND).recent).toEqual([70 * SECOND, 100 * SECOND]);
    expect(CRASH_LOOP).toEqual({ crashes: 3, withinMs: 60_000 });
  });
});

class FakeContents extends EventEmitter {
  destroyed = false;
  isDestroyed = (): boolean => this.destroyed;
  forcefullyCrashRenderer = vi.fn(() => {
    this.emit('render-process-gone', {}, { reason: 'killed', exitCode: 9 });
  });
  crash(reason = 'crashed'): void {
    this.emit('render-process-gone', {}, { reason, exitCode: 1 });
  }
}

function setUp(overrides: Partial<RecoveryActions> = {}) {
  let clock = 1_000_000;
  const contents = new FakeContents();
  const actions = {
    now: () => clock,
    reload: vi.fn(),
    quit: vi.fn(),
    isQuitting: () => false,
    askAfterCrashes: vi.fn(async (): Promise<'reload' | 'quit'> => 'quit'),
    askWhenUnresponsive: vi.fn(async (_signal: AbortSignal): Promise<'wait' | 'reload'> => 'wait'),
    warn: vi.fn(),
    ...overrides,
  };
  watchRenderer(contents, actions);
  return { contents, actions, tick: (ms: number) => (clock += ms) };
}

const settled = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('watchRenderer', () => {
  it('reloads the page after a crash, without asking', () => {
    const { contents, actions } = setUp();
    contents.crash('oom');
    expect(actions.reload).toHaveBeenCalledTimes(1);
    expect(actions.askAfterCrashes).not.toHaveBeenCalled();
    expect(actions.warn).toHaveBeenCalledWith(expect.stringContaining('oom'));
  });

  it('does nothing when the page ends normally or the app is quitting', () => {
    const { contents, actions } = setUp();
    contents.crash('clean-exit');
    const quitting = setUp({ isQuitting: () => true });
    quitting.contents.crash('killed');
    expect(actions.reload).not.toHaveBeenCalled();
    expect(quitting.actions.reload).not.toHaveBeenCalled();
  });

  it('stops reloading on the third crash within a minute and quits when told to', async () => {
    const { contents, actions, tick } = setUp();
    contents.crash();
    tick(5 * SECOND);
    contents.crash();
    tick(5 * SECOND);
    contents.crash();
    expect(actions.reload).toHaveBeenCalledTimes(2);
    expect(actions.askAfterCrashes).toHaveBeenCalledTimes(1);
    await settled();
    expect(actions.quit).toHaveBeenCalledTimes(1);
  });

  it('reloads after a crash loop when told to, and asks again if it goes on crashing', async () => {
    const { contents, actions, tick } = setUp({ askAfterCrashes: vi.fn(async () => 'reload' as const) });
    for (let i = 0; i < 3; i += 1) {
      contents.crash();
      tick(SECOND);
    }
    await settled();
    expect(actions.reload).toHaveBeenCalledTimes(3);
    contents.crash();
    expect(actions.askAfterCrashes).toHaveBeenCalledTimes(2);
    await settled();
    expect(actions.quit).not.toHaveBeenCalled();
  });

  it('reloads again without asking once the crashes are a minute apart', () => {
    const { contents, actions, tick } = setUp();
    for (let i = 0; i < 5; i += 1) {
      contents.crash();
      tick(61 * SECOND);
    }
    expect(actions.reload).toHaveBeenCalledTimes(5);
    expect(actions.askAfterCrashes).not.toHaveBeenCalled();
  });

  it('quits when the question cannot be shown, rather than reloading forever', async () => {
    const { contents, actions } = setUp({ askAfterCrashes: vi.fn(async () => Promise.reject(new Error('no display'))) });
    contents.crash();
    contents.crash();
    contents.crash();
    await settled();
    expect(actions.quit).toHaveBeenCalledTimes(1);
  });

  it('ends a hung page when Reload is chosen, so the crash handler loads it again', async () => {
    const { contents, actions } = setUp({ askWhenUnresponsive: vi.fn(async () => 'reload' as const) });
    contents.emit('unresponsive');
    contents.emit('unresponsive');
    expect(actions.askWhenUnresponsive).toHaveBeenCalledTimes(1);
    await settled();
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    expect(actions.reload).toHaveBeenCalledTimes(1);
  });

  it('leaves a hung page alone when Wait is chosen', async () => {
    const { contents, actions } = setUp();
    contents.emit('unresponsive');
    await settled();
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    expect(actions.reload).not.toHaveBeenCalled();
  });

  it('closes the question when the page answers again, and asks anew if it hangs later', async () => {
    let seen: AbortSignal | undefined;
    const askWhenUnresponsive = vi.fn(
      (signal: AbortSignal) =>
        new Promise<'wait' | 'reload'>((resolve) => {
          seen = signal;
          // Answers Reload once aborted: an answer that comes after the page recovered must not be acted on.
          signal.addEventListener('abort', () => resolve('reload'));
        }),
    );
    const { contents, actions } = setUp({ askWhenUnresponsive });
    contents.emit('unresponsive');
    contents.emit('responsive');
    expect(seen?.aborted).toBe(true);
    await settled();
    expect(contents.forcefullyCrashRenderer).not.toHaveBeenCalled();
    contents.emit('unresponsive');
    expect(actions.askWhenUnresponsive).toHaveBeenCalledTimes(2);
  });
});

describe('the native questions', () => {
  const window = {} as BaseWindow;
  beforeEach(() => electron.showMessageBox.mockClear());

  it('after a crash loop offers Reload (default) or Quit (Escape), on the window', async () => {
    electron.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(await askAfterCrashes(window)).toBe('reload');
    electron.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await askAfterCrashes(window)).toBe('quit');
    const [target, options] = electron.showMessageBox.mock.calls[0] ?? [];
    expect(target).toBe(window);
    expect(options).toMatchObject({ buttons: ['Reload', 'Quit'], defaultId: 0, cancelId: 1 });
  });

  it('for a hung page offers Wait (default and Escape) or Reload, closable by the signal', async () => {
    const controller = new AbortController();
    electron.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await askWhenUnresponsive(window, controller.signal)).toBe('reload');
    electron.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(await askWhenUnresponsive(window, controller.signal)).toBe('wait');
    expect(electron.showMessageBox.mock.calls[0]?.[1]).toMatchObject({ buttons: ['Wait', 'Reload'], defaultId: 0, cancelId: 0, signal: controller.signal });
  });
});
