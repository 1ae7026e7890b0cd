/**
 * The settings dialog's Desktop section, shown only in the desktop app (the browser has no global shortcut,
 * tray or updater): the quick-capture shortcut, keeping running in the tray, and automatic updates. Folded by
 * default, so the desk's own settings keep the dialog's room; each part saves by itself, apart from the form
 * below it.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { AppInfo } from '@shared/ipc/contract';
import { useDesk } from '../../../app/desk-context';
import type { DesktopBridge } from '../../../platform/platform';
import { t } from '../../../i18n';
import { ShortcutField } from './ShortcutField';
import { TrayField } from './TrayField';
import { UpdateSettings } from './UpdateSettings';
import { useDesktopSettings } from './useDesktopSettings';
import './desktop.css';

/** The Desktop section, or nothing outside the desktop app. */
export function DesktopSettings(): ReactNode {
  const { platform } = useDesk();
  if (platform.desktop === undefined) return null;
  return <DesktopSection bridge={platform.desktop} />;
}

function DesktopSection({ bridge }: { bridge: DesktopBridge }): ReactNode {
  const { platform } = useDesk();
  const state = useDesktopSettings(bridge);
  const [os, setOs] = useState<AppInfo['os']>('other');
  useEffect(() => {
    platform.appInfo().then((info) => setOs(info.os), () => undefined);
  }, [platform]);
  const { settings, loadError } = state;
  return (
    <details className="desktop-settings" data-testid="desktop-settings">
      <summary className="desktop-summary">{t('desktop.title')}</summary>
      <div className="desktop-body">
        {settings === undefined ? (
          <p className={loadError === undefined ? 'settings-hint' : 'settings-error'} role="status">
            {loadError === undefined ? t('desktop.loading') : t('desktop.loadFailed', { reason: loadError })}
          </p>
        ) : (
          <>
            <ShortcutField bridge={bridge} shortcut={settings.shortcut} os={os} onChange={state.setShortcut} />
            <TrayField bridge={bridge} setting={settings.tray} onChange={state.setTray} />
            <UpdateSettings
              bridge={bridge}
              server={settings.updateServer}
              status={settings.update}
              onServerChange={state.setUpdateServer}
              onStatusChange={state.setUpdateStatus}
            />
          </>
        )}
      </div>
    </details>
  );
}
