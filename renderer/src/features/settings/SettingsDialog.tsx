/** The settings dialog: who is at the desk, the usual channel, the theme and the office's categories; the way to the office server and to the history import; on the desktop, the quick-capture shortcut and updates. */
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { Cloud, FileUp } from 'lucide-react';
import { AppDialog } from '../../components/AppDialog';
import { t } from '../../i18n';
import { DesktopSettings } from './desktop/DesktopSettings';
import { SettingsForm } from './SettingsForm';
import './settings.css';

/** Props of the settings dialog: the shell owns whether it is open. */
export interface SettingsDialogProps {
  isOpen: boolean;
  onClose: () => void;
  /** Opens the office server dialog instead. */
  onOpenOffice: () => void;
  /** Opens the history import instead (history-import/HistoryImportDialog). */
  onOpenImport?: () => void;
}

/**
 * A modal settings form. The form mounts each time the dialog opens, so it starts from the saved settings.
 * A click outside does not close it (that would drop unsaved edits by accident); Escape and Cancel do.
 */
export function SettingsDialog({ isOpen, onClose, onOpenOffice, onOpenImport }: SettingsDialogProps): ReactNode {
  return (
    <AppDialog
      isOpen={isOpen}
      onClose={onClose}
      title={t('settings.title')}
      modalClassName="settings-modal"
      className="settings-dialog"
      headerClassName="settings-header"
      titleClassName="settings-title"
    >
      <div className="settings-office-link">
        <Button className="settings-button" onPress={onOpenOffice}>
          <Cloud size={18} aria-hidden />
          {t('office.open')}
        </Button>
        {onOpenImport !== undefined && (
          <Button className="settings-button" onPress={onOpenImport}>
            <FileUp size={18} aria-hidden />
            {t('historyImport.open')}
          </Button>
        )}
      </div>
      <DesktopSettings />
      <SettingsForm onDone={onClose} />
    </AppDialog>
  );
}
