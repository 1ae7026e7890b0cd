/**
 * Whether closing the window keeps Civic Notebook running in the tray (the default): alerts, sync and the
 * quick-capture shortcut live in the window's page, so a go-to person who closes the window to tidy the
 * screen would otherwise stop hearing of top-priority concerns. The choice saves as soon as it is ticked
 * (main keeps it); on a system without a tray icon there is nothing to keep running in, and it says so.
 */
import { useId, useState, type ReactNode } from 'react';
import type { TraySetting } from '@shared/ipc/desktop';
import type { DesktopBridge } from '../../../platform/platform';
import { t } from '../../../i18n';
import { reasonOf } from './useDesktopSettings';

/** Props: the bridge to main, the setting main keeps, and where a saved change goes. */
export interface TrayFieldProps {
  readonly bridge: DesktopBridge;
  readonly setting: TraySetting;
  readonly onChange: (setting: TraySetting) => void;
}

/** The checkbox, its hint, and what a save answered. */
export function TrayField({ bridge, setting, onChange }: TrayFieldProps): ReactNode {
  const id = useId();
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string }>();
  const [isSaving, setIsSaving] = useState(false);

  async function save(keepRunning: boolean): Promise<void> {
    // Not disabled while saving: a focused box that is disabled loses focus, and a keyboard user their place.
    if (isSaving) return;
    setIsSaving(true);
    try {
      const saved = await bridge.setKeepInTray(keepRunning);
      onChange(saved);
      setMessage({ kind: 'done', text: saved.keepRunning ? t('desktop.tray.savedOn') : t('desktop.tray.savedOff') });
    } catch (error) {
      setMessage({ kind: 'error', text: t('desktop.tray.failed', { reason: reasonOf(error) }) });
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <div className="desktop-setting settings-check">
      <div className="settings-check-row">
        <input
          id={`${id}-tray`}
          type="checkbox"
          className="settings-checkbox"
          checked={setting.keepRunning}
          disabled={!setting.isAvailable}
          aria-busy={isSaving}
          onChange={(event) => void save(event.target.checked)}
          aria-describedby={`${id}-tray-hint`}
        />
        <label htmlFor={`${id}-tray`} className="settings-label">
          {t('desktop.tray')}
        </label>
      </div>
      <p id={`${id}-tray-hint`} className="settings-hint">
        {setting.isAvailable ? t('desktop.tray.hint') : t('desktop.tray.unavailable')}
      </p>
      {message !== undefined && (
        <p className={message.kind === 'error' ? 'settings-error' : 'settings-hint'} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
