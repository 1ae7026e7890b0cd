/**
 * Edits to the office's category list, as pure functions over a plain array. Each returns a new list or says
 * why the edit was refused, so the editor can show a specific message and keep what was typed. The rules match
 * DeskSettingsSchema (a name is trimmed, non-empty, at most LIMITS.category long, unique ignoring case), so a
 * list built here always saves.
 */
import { LIMITS } from '@shared/domain/limits';

/** Why a category name was refused. */
export type CategoryProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'tooLong'; readonly max: number }
  | { readonly kind: 'duplicate'; readonly existing: string };

/** The outcome of adding or renaming: the new list, or the problem with the name. */
export type CategoryEdit =
  | { readonly ok: true; readonly list: string[]; readonly name: string }
  | { readonly ok: false; readonly problem: CategoryProblem };

/** The problem with `name` in `list`, ignoring the entry at `ignoreIndex` (the one being renamed). */
export function checkCategoryName(list: readonly string[], name: string, ignoreIndex?: number): CategoryProblem | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (trimmed.length > LIMITS.category) return { kind: 'tooLong', max: LIMITS.category };
  const key = trimmed.toLowerCase();
  const index = list.findIndex((c, i) => i !== ignoreIndex && c.trim().toLowerCase() === key);
  const existing = list[index];
  return existing === undefined ? undefined : { kind: 'duplicate', existing };
}

/** Adds `name` (trimmed) at the end of the list. */
export function addCategory(list: readonly string[], name: string): CategoryEdit {
  const problem = checkCategoryName(list, name);
  if (problem !== undefined) return { ok: false, problem };
  const trimmed = name.trim();
  return { ok: true, list: [...list, trimmed], name: trimmed };
}

/** Renames the entry at `index`; a change of case only is allowed. */
export function renameCategory(list: readonly string[], index: number, name: string): CategoryEdit {
  if (index < 0 || index >= list.length) throw new RangeError(`No category at ${index}`);
  const problem = checkCategoryName(list, name, index);
  if (problem !== undefined) return { ok: false, problem };
  const trimmed = name.trim();
  return { ok: true, list: list.map((c, i) => (i === index ? trimmed : c)), name: trimmed };
}

/** The list without the entry at `index`. */
export function removeCategory(list: readonly string[], index: number): string[] {
  return list.filter((_, i) => i !== index);
}

/** True when the entry at `index` can move by `by` places and stay in the list. */
export function canMoveCategory(list: readonly string[], index: number, by: -1 | 1): boolean {
  const to = index + by;
  return index >= 0 && index < list.length && to >= 0 && to < list.length;
}

/** The list with the entry at `index` swapped with its neighbour; unchanged when it cannot move. */
export function moveCategory(list: readonly string[], index: number, by: -1 | 1): string[] {
  if (!canMoveCategory(list, index, by)) return [...list];
  const next = [...list];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(index + by, 0, moved);
  return next;
}
