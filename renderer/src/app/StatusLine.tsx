/**
 * The quiet status line at the foot of the window: where the notebook is kept and, honestly, that it does
 * not sync yet (syncing with an office server comes in a later release).
 */
import type { ReactNode } from 'react';
import { CloudOff, HardDrive, User } from 'lucide-react';
import { t } from '../i18n';

/** The status line for the desk's staff member. */
export function StatusLine({ staffName }: { staffName: string }): ReactNode {
  return (
    <footer className="status-line">
      <span className="status-item">
        <HardDrive size={14} aria-hidden="true" />
        {t('shell.status.local')}
      </span>
      <span className="status-item">
        <CloudOff size={14} aria-hidden="true" />
        {t('shell.status.sync')}
      </span>
      <span className="status-item status-staff">
        <User size={14} aria-hidden="true" />
        {t('shell.status.staff', { name: staffName })}
      </span>
    </footer>
  );
}
