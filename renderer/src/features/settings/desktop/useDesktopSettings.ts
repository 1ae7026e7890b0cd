/**
 * The Desktop section's state: what main keeps (shortcut, tray, update server, updater status), read when the
 * section opens and kept current by the updater's pushes.
 */
import { useEffect, useState } from 'react';
import type { DesktopSettings, ShortcutState, TraySetting, UpdateStatus } from '@shared/ipc/desktop';
import type { DesktopBridge } from '../../../platform/platform';

/** The section's state: loading, failed (why) or loaded, with setters for what a save answers. */
export interface DesktopSettingsState {
  readonly settings: DesktopSettings | undefined;
  readonly loadError: string | undefined;
  setShortcut(shortcut: ShortcutState): void;
  setTray(tray: TraySetting): void;
  setUpdateServer(address: string | null): void;
  setUpdateStatus(status: UpdateStatus): void;
}

/**
 * The sentence of a failed call to main. Electron prefixes what main threw with "Error invoking remote method
 * '<channel>': Error: ", which tells staff nothing.
 */
export function reasonOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Error invoking remote method '[^']*': (?:\w*Error: )?/, '');
}

/** Reads the desktop settings from main and follows the updater's status. */
export function useDesktopSettings(bridge: DesktopBridge): DesktopSettingsState {
  const [settings, setSettings] = useState<DesktopSettings>();
  const [loadError, setLoadError] = useState<string>();
  useEffect(() => {
    let isCurrent = true;
    bridge.load().then(
      (loaded) => isCurrent && setSettings(loaded),
      (error: unknown) => isCurrent && setLoadError(reasonOf(error)),
    );
    const unsubscribe = bridge.onUpdateStatus((update) => setSettings((current) => current && { ...current, update }));
    return () => {
      isCurrent = false;
      unsubscribe();
    };
  }, [bridge]);
  return {
    settings,
    loadError,
    setShortcut: (shortcut) => setSettings((current) => current && { ...current, shortcut }),
    setTray: (tray) => setSettings((current) => current && { ...current, tray }),
    setUpdateServer: (updateServer) => setSettings((current) => current && { ...current, updateServer }),
    setUpdateStatus: (update) => setSettings((current) => current && { ...current, update }),
  };
}
