/** The office's category list: add, rename, reorder and remove, all by keyboard, inside the settings form. */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { Button, FieldError, Input, Label, TextField } from 'react-aria-components';
import { Plus } from 'lucide-react';
import { t } from '../../i18n';
import { CategoryRow } from './CategoryRow';
import { problemMessage } from './problem-message';
import type { CategoryEditor as Editor, FocusTarget } from './useCategoryEditor';

function selectorFor(target: FocusTarget): string {
  return target.control === 'add'
    ? '[data-control="add"]'
    : `[data-index="${target.index}"] [data-control="${target.control}"]`;
}

/** Props: the editor state from useCategoryEditor, and the schema's message about the whole list, if any. */
export interface CategoryEditorProps {
  editor: Editor;
  listError?: string;
}

/** The category list editor; the list itself lives in the settings form. */
export function CategoryEditor({ editor, listError }: CategoryEditorProps): ReactNode {
  const rootRef = useRef<HTMLFieldSetElement>(null);
  const hintId = useId();

  // Buttons and rows come and go as the list changes, so focus is put back explicitly after each edit.
  useEffect(() => {
    if (editor.focus === undefined) return;
    rootRef.current?.querySelector<HTMLElement>(selectorFor(editor.focus))?.focus();
  }, [editor.focus]);

  // A refused name's message appears under its box, which may sit just below the scrolled area.
  const renameProblem = editor.renaming?.problem;
  const renameIndex = editor.renaming?.index;
  useEffect(() => {
    if (renameProblem === undefined && editor.addProblem === undefined) return;
    const box = renameProblem !== undefined ? `[data-index="${renameIndex}"]` : '.settings-add';
    rootRef.current?.querySelector(`${box} .settings-error`)?.scrollIntoView({ block: 'nearest' });
  }, [renameProblem, renameIndex, editor.addProblem]);

  const onAddKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    // Enter adds the category; without preventDefault it would submit the settings form instead.
    e.preventDefault();
    editor.add();
  };

  return (
    <fieldset ref={rootRef} className="settings-categories" aria-describedby={hintId}>
      <legend className="settings-legend">{t('settings.categories')}</legend>
      <p id={hintId} className="settings-hint">
        {t('settings.categories.hint')} {t('settings.categories.count', { count: editor.list.length })}
      </p>
      {editor.list.length === 0 ? (
        <p className="settings-empty">{t('settings.categories.empty')}</p>
      ) : (
        <ol className="settings-category-list" aria-label={t('settings.categories')}>
          {editor.list.map((name, index) => (
            <CategoryRow key={name.toLowerCase()} index={index} editor={editor} />
          ))}
        </ol>
      )}
      {listError !== undefined && (
        <p className="settings-error" role="alert">
          {listError}
        </p>
      )}
      <div className="settings-add">
        <TextField
          className="settings-field settings-add-field"
          value={editor.addDraft}
          onChange={editor.setAddDraft}
          isInvalid={editor.addProblem !== undefined}
          validationBehavior="aria"
        >
          <Label className="settings-label">{t('settings.categories.new')}</Label>
          <Input className="settings-input" data-control="add" onKeyDown={onAddKeyDown} />
          <FieldError className="settings-error">{editor.addProblem && problemMessage(editor.addProblem)}</FieldError>
        </TextField>
        <Button className="settings-button" onPress={editor.add}>
          <Plus size={18} aria-hidden />
          {t('settings.categories.add')}
        </Button>
      </div>
      <p className="settings-live" role="status">
        {editor.announcement}
      </p>
    </fieldset>
  );
}
