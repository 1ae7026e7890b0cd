/** One entry of the category list: its name (or a box to rename it), and buttons to move or remove it. */
import type { KeyboardEvent, ReactNode } from 'react';
import { FieldError, Input, TextField } from 'react-aria-components';
import { ArrowDown, ArrowUp, Check, Pencil, Trash2, X } from 'lucide-react';
import { t } from '../../i18n';
import { IconButton } from './IconButton';
import { problemMessage } from './problem-message';
import type { CategoryEditor } from './useCategoryEditor';

const ICON = { size: 18, 'aria-hidden': true } as const;

function RenameField({ name, editor }: { name: string; editor: CategoryEditor }): ReactNode {
  const renaming = editor.renaming;
  if (renaming === undefined) return null;
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      // Enter would otherwise submit the whole settings form.
      e.preventDefault();
      editor.saveRename();
    } else if (e.key === 'Escape') {
      // Escape cancels the rename only; without this it would also close the dialog.
      e.preventDefault();
      e.stopPropagation();
      editor.cancelRename();
    }
  };
  return (
    <>
      <TextField
        className="settings-field settings-rename"
        value={renaming.draft}
        onChange={editor.setRenameDraft}
        isInvalid={renaming.problem !== undefined}
        validationBehavior="aria"
        aria-label={t('settings.categories.renameLabel', { name })}
      >
        <Input className="settings-input" data-control="renameInput" onKeyDown={onKeyDown} />
        <FieldError className="settings-error">{renaming.problem && problemMessage(renaming.problem)}</FieldError>
      </TextField>
      <IconButton label={t('settings.categories.renameSave')} icon={<Check {...ICON} />} onPress={editor.saveRename} />
      <IconButton
        label={t('settings.categories.renameCancel')}
        icon={<X {...ICON} />}
        onPress={editor.cancelRename}
      />
    </>
  );
}

/** Row `index` of the editor's list. */
export function CategoryRow({ index, editor }: { index: number; editor: CategoryEditor }): ReactNode {
  const name = editor.list[index] ?? '';
  const isRenaming = editor.renaming?.index === index;
  return (
    <li className="settings-category" data-index={index}>
      {isRenaming ? (
        <RenameField name={name} editor={editor} />
      ) : (
        <>
          <span className="settings-category-name">{name}</span>
          <IconButton
            label={t('settings.categories.rename', { name })}
            icon={<Pencil {...ICON} />}
            data-control="rename"
            onPress={() => editor.startRename(index)}
          />
        </>
      )}
      <IconButton
        label={t('settings.categories.moveUp', { name })}
        icon={<ArrowUp {...ICON} />}
        data-control="up"
        isDisabled={index === 0}
        onPress={() => editor.move(index, -1)}
      />
      <IconButton
        label={t('settings.categories.moveDown', { name })}
        icon={<ArrowDown {...ICON} />}
        data-control="down"
        isDisabled={index === editor.list.length - 1}
        onPress={() => editor.move(index, 1)}
      />
      <IconButton
        label={t('settings.categories.remove', { name })}
        icon={<Trash2 {...ICON} />}
        data-control="remove"
        className="settings-remove"
        onPress={() => editor.remove(index)}
      />
    </li>
  );
}
