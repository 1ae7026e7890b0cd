/**
 * State of the category list editor: the text in the "New category" box, the row being renamed, what to
 * announce and where focus goes next. Kept in a hook used by the settings form, so Save can add or rename what
 * is still typed instead of dropping it.
 */
import { useState } from 'react';
import {
  addCategory,
  moveCategory,
  removeCategory,
  renameCategory,
  type CategoryEdit,
  type CategoryProblem,
} from './category-list';
import { t } from '../../i18n';

/** Where focus should go after the next render: a row's control, or the "New category" box. */
export type FocusTarget =
  | { readonly index: number; readonly control: 'rename' | 'renameInput' | 'up' | 'down' | 'remove' }
  | { readonly index: -1; readonly control: 'add' };

/** The row being renamed and what has been typed for it. */
export interface RenameState {
  readonly index: number;
  readonly draft: string;
  readonly problem?: CategoryProblem;
}

/** Everything the editor component needs, plus commitPending() for the form's Save. */
export interface CategoryEditor {
  readonly list: readonly string[];
  readonly addDraft: string;
  readonly addProblem?: CategoryProblem;
  readonly renaming?: RenameState;
  readonly announcement: string;
  readonly focus?: FocusTarget;
  setAddDraft(text: string): void;
  add(): void;
  startRename(index: number): void;
  setRenameDraft(text: string): void;
  saveRename(): void;
  cancelRename(): void;
  move(index: number, by: -1 | 1): void;
  remove(index: number): void;
  /** Applies a pending rename and a typed new name; the resulting list, or undefined when one was refused. */
  commitPending(): readonly string[] | undefined;
}

/** Where the entry at `at` ends up after the entries at `from` and `to` swapped places. */
function indexAfterMove(at: number, from: number, to: number): number {
  if (at === from) return to;
  if (at === to) return from;
  return at;
}

/** Editor state over `list`, which lives in the form; `onChange` writes it back. */
export function useCategoryEditor(list: readonly string[], onChange: (list: string[]) => void): CategoryEditor {
  const [addDraft, setAddDraftState] = useState('');
  const [addProblem, setAddProblem] = useState<CategoryProblem>();
  const [renaming, setRenaming] = useState<RenameState>();
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<FocusTarget>();

  const applyRename = (current: readonly string[], state: RenameState): CategoryEdit =>
    renameCategory(current, state.index, state.draft);

  const editor: CategoryEditor = {
    list, addDraft, addProblem, renaming, announcement, focus,
    setAddDraft(text) {
      setAddDraftState(text);
      setAddProblem(undefined);
    },
    add() {
      const edit = addCategory(list, addDraft);
      if (!edit.ok) return setAddProblem(edit.problem);
      onChange(edit.list);
      setAddDraftState('');
      setAnnouncement(t('settings.categories.added', { name: edit.name }));
      setFocus({ index: -1, control: 'add' });
    },
    startRename(index) {
      let current = list;
      // Finish the other rename first rather than throwing away what was typed there.
      if (renaming !== undefined && renaming.draft !== list[renaming.index]) {
        const edit = applyRename(list, renaming);
        if (!edit.ok) {
          setRenaming({ ...renaming, problem: edit.problem });
          return setFocus({ index: renaming.index, control: 'renameInput' });
        }
        current = edit.list;
        onChange(edit.list);
      }
      setRenaming({ index, draft: current[index] ?? '' });
      setFocus({ index, control: 'renameInput' });
    },
    setRenameDraft(text) {
      if (renaming !== undefined) setRenaming({ index: renaming.index, draft: text });
    },
    saveRename() {
      if (renaming === undefined) return;
      const edit = applyRename(list, renaming);
      if (!edit.ok) return setRenaming({ ...renaming, problem: edit.problem });
      onChange(edit.list);
      setRenaming(undefined);
      setAnnouncement(t('settings.categories.renamed', { name: edit.name }));
      setFocus({ index: renaming.index, control: 'rename' });
    },
    cancelRename() {
      if (renaming === undefined) return;
      setRenaming(undefined);
      setFocus({ index: renaming.index, control: 'rename' });
    },
    move(index, by) {
      const next = moveCategory(list, index, by);
      const to = index + by;
      onChange(next);
      if (renaming !== undefined) setRenaming({ ...renaming, index: indexAfterMove(renaming.index, index, to) });
      setAnnouncement(
        t('settings.categories.moved', { name: list[index] ?? '', position: to + 1, count: list.length }),
      );
      // Keep focus on the same button so repeated presses keep moving the entry; at either end that button is
      // disabled, so focus moves to the other direction's button instead of being lost.
      const atEnd = by === -1 ? to === 0 : to === list.length - 1;
      setFocus({ index: to, control: atEnd ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down' });
    },
    remove(index) {
      const next = removeCategory(list, index);
      onChange(next);
      if (renaming !== undefined) {
        setRenaming(renaming.index === index ? undefined : { ...renaming, index: renaming.index - (renaming.index > index ? 1 : 0) });
      }
      setAnnouncement(t('settings.categories.removed', { name: list[index] ?? '' }));
      setFocus(next.length === 0 ? { index: -1, control: 'add' } : { index: Math.min(index, next.length - 1), control: 'remove' });
    },
    commitPending() {
      let current = [...list];
      if (renaming !== undefined && renaming.draft !== list[renaming.index]) {
        const edit = applyRename(current, renaming);
        if (!edit.ok) {
          setRenaming({ ...renaming, problem: edit.problem });
          setFocus({ index: renaming.index, control: 'renameInput' });
          return undefined;
        }
        current = edit.list;
      }
      if (addDraft.trim() !== '') {
        const edit = addCategory(current, addDraft);
        if (!edit.ok) {
          setAddProblem(edit.problem);
          setFocus({ index: -1, control: 'add' });
          return undefined;
        }
        current = edit.list;
      }
      onChange(current);
      setRenaming(undefined);
      setAddDraftState('');
      return current;
    },
  };
  return editor;
}
