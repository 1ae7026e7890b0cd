/** Choosing the history file: a button that opens the file picker (keyboard reachable), or a file dropped on it. */
import { useState, type ReactNode } from 'react';
import { Button, DropZone, FileTrigger, type DropItem } from 'react-aria-components';
import { FileUp } from 'lucide-react';
import { t } from '../../../i18n';

const isCsv = (name: string, type: string) => /\.csv$/i.test(name) || type === 'text/csv';

/** The file chooser; `onChoose` gets the chosen or dropped file. */
export function HistoryFileChooser({ onChoose }: { onChoose: (file: File) => void }): ReactNode {
  const [refused, setRefused] = useState<string>();
  const take = (file: File | undefined) => {
    if (file === undefined) return;
    if (!isCsv(file.name, file.type)) return setRefused(file.name);
    setRefused(undefined);
    onChoose(file);
  };
  const onDrop = async (items: readonly DropItem[]) => {
    const item = items.find((i) => i.kind === 'file');
    if (item?.kind === 'file') take(await item.getFile());
  };
  return (
    <>
      <DropZone
        className="history-import-drop"
        aria-label={t('historyImport.dropTarget')}
        onDrop={(event) => void onDrop(event.items)}
      >
        <FileTrigger acceptedFileTypes={['.csv', 'text/csv']} onSelect={(files) => take(files?.[0] ?? undefined)}>
          <Button className="settings-button settings-primary">
            <FileUp size={18} aria-hidden />
            {t('historyImport.choose')}
          </Button>
        </FileTrigger>
        <span className="history-import-drop-text">{t('historyImport.drop')}</span>
      </DropZone>
      {refused !== undefined && (
        <p className="history-import-error" role="alert">
          {t('historyImport.notCsv', { name: refused })}
        </p>
      )}
    </>
  );
}
