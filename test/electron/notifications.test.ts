/** Desktop notifications: shown through Electron's Notification; a click brings the window up and opens the concern. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { OPEN_CONCERN_CHANNEL } from '@shared/ipc/contract';
import { fakeWindow } from '../helpers/fake-browser-window';

const electron = vi.hoisted(() => ({
  shown: [] as { options: { title: string; body: string }; listeners: Map<string, () => void> }[],
  isSupported: true,
}));

vi.mock('electron', () => ({
  Notification: class {
    readonly listeners = new Map<string, () => void>();
    constructor(readonly options: { title: string; body: string }) {}
    static isSupported(): boolean {
      return electron.isSupported;
    }
    on(event: string, listener: () => void): void {
      this.listeners.set(event, listener);
    }
    show(): void {
      electron.shown.push({ options: this.options, listeners: this.listeners });
    }
  },
}));

const { showNotification } = await import('../../electron/main/notifications');
const { trackWindow } = await import('../../electron/main/windows');

const id = '0195f1a0-0000-7000-8000-0000000000aa';
const ours = fakeWindow();
trackWindow(ours.window);

beforeEach(() => {
  electron.shown.length = 0;
  electron.isSupported = true;
  ours.send.mockClear();
});

const click = () => {
  const shown = electron.shown[0];
  if (shown === undefined) throw new Error('nothing was shown');
  shown.listeners.get('click')?.();
};

describe('showNotification', () => {
  it('opens the concern in the window when a notification about one is clicked', () => {
    showNotification({ title: 'Top-priority concern', body: 'Gas smell at the library', concernId: id });
    expect(electron.shown[0]?.options).toEqual({ title: 'Top-priority concern', body: 'Gas smell at the library' });
    click();
    expect(ours.window.focus).toHaveBeenCalled();
    expect(ours.send).toHaveBeenCalledExactlyOnceWith(OPEN_CONCERN_CHANNEL, { concernId: id });
  });

  it('only brings the window up for a notification about no concern', () => {
    showNotification({ title: 'Synced', body: 'All changes sent' });
    click();
    expect(ours.send).not.toHaveBeenCalled();
  });

  it('does nothing where the system has no notifications', () => {
    electron.isSupported = false;
    showNotification({ title: 'Top-priority concern', body: 'x', concernId: id });
    expect(electron.shown).toHaveLength(0);
  });
});
