/**
 * A list of entries with one tab stop (roving tabindex): Tab reaches the list once, j/k or the arrow keys
 * move between entries, Home/End jump, Enter or Space expands, e edits, o opens it for review (timeline and
 * actions). Each row is a plain disclosure
 * button in an ordered list, a pattern screen readers and axe both understand.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Concern } from '@shared/domain/concern';
import { isShortcut, matchesKey } from '../../app/shortcuts';
import { EntryItem } from './EntryItem';
import { useConcernOpener } from '../../app/concern-opener';
import { usePermissions } from '../review/permissions';

/** Props of EntryList. */
export interface EntryListProps {
  readonly concerns: readonly Concern[];
  readonly label: string;
  readonly today: string;
  readonly showDate?: boolean;
  /** The entry just saved, which slides in. */
  readonly freshId?: string | undefined;
  readonly onEdit: (concern: Concern) => void;
}

const isTyping = (target: EventTarget) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The entries as a keyboard-navigable list. */
export function EntryList({ concerns, label, today, showDate = false, freshId, onEdit }: EntryListProps): ReactNode {
  const [focusedId, setFocusedId] = useState<string | undefined>();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const rows = useRef(new Map<string, HTMLButtonElement>());
  const open = useConcernOpener();
  const mayEdit = usePermissions().may('edit');
  const tabStop = concerns.some((c) => c.id === focusedId) ? focusedId : concerns[0]?.id;

  const moveTo = (index: number) => {
    const target = concerns[Math.max(0, Math.min(concerns.length - 1, index))];
    if (target === undefined) return;
    setFocusedId(target.id);
    rows.current.get(target.id)?.focus();
  };
  const toggle = useCallback(
    (id: string) =>
      setExpanded((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const registerRow = useCallback((id: string, element: HTMLButtonElement | null) => {
    if (element === null) rows.current.delete(id);
    else rows.current.set(id, element);
  }, []);
  // Entries keep one stable edit callback; it calls whatever the parent passed most recently.
  const latestOnEdit = useRef(onEdit);
  useEffect(() => {
    latestOnEdit.current = onEdit;
  });
  const edit = useCallback((concern: Concern) => latestOnEdit.current(concern), []);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (isTyping(event.target)) return;
    const at = concerns.findIndex((c) => c.id === tabStop);
    const current = concerns[at];
    let handled = true;
    if (isShortcut(event, 'list.next')) moveTo(at + 1);
    else if (isShortcut(event, 'list.previous')) moveTo(at - 1);
    else if (matchesKey(event, 'Home')) moveTo(0);
    else if (matchesKey(event, 'End')) moveTo(concerns.length - 1);
    else if (isShortcut(event, 'list.edit') && current !== undefined && mayEdit) onEdit(current);
    else if (isShortcut(event, 'list.open') && current !== undefined && open !== undefined) open(current.id);
    else handled = false;
    if (handled) event.preventDefault();
  };

  return (
    <ol className="entries" aria-label={label} onKeyDown={onKeyDown}>
      {concerns.map((concern) => (
        <EntryItem
          key={concern.id}
          concern={concern}
          today={today}
          showDate={showDate}
          isExpanded={expanded.has(concern.id)}
          isTabStop={concern.id === tabStop}
          isFresh={concern.id === freshId}
          registerRow={registerRow}
          onToggle={toggle}
          onFocus={setFocusedId}
          onEdit={edit}
        />
      ))}
    </ol>
  );
}
