/**
 * The import screen, opened from settings: brings an office's history (a CSV) into the notebook. Only those
 * allowed to import (an admin, or the owner of a desk with no office) get the screen; others are told why.
 */
import type { ReactNode } from 'react';
import { mayDo } from '@shared/domain/permissions';
import { AppDialog } from '../../../components/AppDialog';
import { t } from '../../../i18n';
import { usePermissions } from '../../review/permissions';
import { HistoryImportPanel } from './HistoryImportPanel';
import './history-import.css';

/** Props of the import screen: the shell owns whether it is open and where the meeting view is. */
export interface HistoryImportDialogProps {
  isOpen: boolean;
  onClose: () => void;
  /** Opens the meeting view (the import closes); absent where the app has none. */
  onOpenMeeting?: () => void;
}

/** The import screen as a modal dialog; it starts afresh each time it opens. */
export function HistoryImportDialog({ isOpen, onClose, onOpenMeeting }: HistoryImportDialogProps): ReactNode {
  const { role } = usePermissions();
  return (
    <AppDialog isOpen={isOpen} onClose={onClose} title={t('historyImport.title')} modalClassName="settings-modal" className="history-import-dialog">
      {mayDo(role, 'importHistory') ? (
        <HistoryImportPanel onClose={onClose} onOpenMeeting={onOpenMeeting} />
      ) : (
        <div className="history-import-body">
          <p role="status">{t('historyImport.forbidden')}</p>
        </div>
      )}
    </AppDialog>
  );
}
