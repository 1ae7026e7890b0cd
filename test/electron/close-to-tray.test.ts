import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { hideOnClose, shouldHideOnClose, TRAY_HINT } from '../../electron/main/close-to-tray';

/** A window's close as Electron emits it: listeners may prevent it; it closes unless one did. */
function fakeWindow({ isFullScreen = false } = {}) {
  const emitter = new EventEmitter();
  let fullScreen = isFullScreen;
  const window = {
    on: (event: 'close', listener: (event: { preventDefault(): void }) => void) => emitter.on(event, listener),
    once: (event: 'leave-full-screen', listener: () => void) => emitter.once(event, listener),
    isFullScreen: () => fullScreen,
    setFullScreen: vi.fn((flag: boolean) => {
      fullScreen = flag;
    }),
    hide: vi.fn(),
  };
  return {
    window,
    /** Emits 'close'; true when the window would really close. */
    close(): boolean {
      let isPrevented = false;
      emitter.emit('close', { preventDefault: () => (isPrevented = true) });
      return !isPrevented;
    },
    leaveFullScreen: () => emitter.emit('leave-full-screen'),
  };
}

describe('closing the window while the app keeps running in the tray', () => {
  it.each([
    [false, true, true, true],
    [true, true, true, false],
    [false, false, true, false],
    [false, true, false, false],
    [true, false, false, false],
  ])('quitting %s, keep in tray %s, tray shown %s: hides %s', (isQuitting, keepInTray, hasTray, hides) => {
    expect(shouldHideOnClose({ isQuitting, keepInTray, hasTray })).toBe(hides);
  });

  it('hides the window instead of closing it, and says so each time', () => {
    const fake = fakeWindow();
    const onHidden = vi.fn();
    hideOnClose(fake.window, { shouldHide: () => true, onHidden });
    expect(fake.close()).toBe(false);
    expect(fake.window.hide).toHaveBeenCalledOnce();
    expect(fake.close()).toBe(false);
    expect(onHidden).toHaveBeenCalledTimes(2);
  });

  it('closes the window when the choice says so at the moment of closing (it may change in between)', () => {
    const fake = fakeWindow();
    let keep = true;
    const onHidden = vi.fn();
    hideOnClose(fake.window, { shouldHide: () => keep, onHidden });
    expect(fake.close()).toBe(false);
    keep = false;
    expect(fake.close()).toBe(true);
    expect(fake.window.hide).toHaveBeenCalledOnce();
    expect(onHidden).toHaveBeenCalledOnce();
  });

  it('leaves full screen first and hides once it has, so no empty full-screen space stays behind', () => {
    const fake = fakeWindow({ isFullScreen: true });
    hideOnClose(fake.window, { shouldHide: () => true });
    expect(fake.close()).toBe(false);
    expect(fake.window.setFullScreen).toHaveBeenCalledWith(false);
    expect(fake.window.hide).not.toHaveBeenCalled();
    fake.leaveFullScreen();
    expect(fake.window.hide).toHaveBeenCalledOnce();
  });

  it('tells the person where the app went and how to quit, in a notification short enough to read', () => {
    expect(TRAY_HINT.body).toMatch(/tray/);
    expect(TRAY_HINT.body).toMatch(/quit/);
    expect(TRAY_HINT.body.length).toBeLessThanOrEqual(200);
  });
});
