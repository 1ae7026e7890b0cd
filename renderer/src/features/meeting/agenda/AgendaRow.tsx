/**
 * One item of the agenda: its title and figures, and for a facilitator the ways to move it (Alt+Up and
 * Alt+Down on the row, the move buttons, or dragging it) and to take it off the agenda.
 */
import type { DragEvent, KeyboardEvent, ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { ArrowDown, ArrowUp, GripVertical, X } from 'lucide-react';
import { t } from '../../../i18n';

/** What the row shows of its item. */
export interface AgendaRowView {
  readonly id: string;
  readonly title: string;
  /** "42 concerns · Recurring", or why the theme is not shown this month. */
  readonly facts: string;
  readonly concernIds: readonly string[];
  readonly isMissing: boolean;
}

/** Props of a row. */
export interface AgendaRowProps {
  readonly view: AgendaRowView;
  readonly index: number;
  readonly count: number;
  readonly mayChange: boolean;
  onMove(from: number, to: number): void;
  onRemove(): void;
  onOpen(): void;
  onDragFrom(index: number): void;
  onDropAt(index: number): void;
}

/** A row of the agenda list. */
export function AgendaRow(props: AgendaRowProps): ReactNode {
  const { view, index, count, mayChange } = props;
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!mayChange || !event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      props.onMove(index, index - 1);
    } else if (event.key === 'ArrowDown' && index < count - 1) {
      event.preventDefault();
      props.onMove(index, index + 1);
    }
  };
  const drag = mayChange
    ? {
        draggable: true,
        onDragStart: (event: DragEvent) => {
          event.dataTransfer.effectAllowed = 'move';
          event.dataTransfer.setData('text/plain', view.title);
          props.onDragFrom(index);
        },
        onDragOver: (event: DragEvent) => event.preventDefault(),
        onDrop: (event: DragEvent) => {
          event.preventDefault();
          props.onDropAt(index);
        },
      }
    : {};
  return (
    <li className="agenda-row" data-agenda-id={view.id} data-missing={view.isMissing || undefined} onKeyDown={onKeyDown} {...drag}>
      {mayChange && <GripVertical className="agenda-grip" size={16} aria-hidden="true" />}
      <span className="agenda-number" aria-hidden="true">
        {index + 1}.
      </span>
      <div className="agenda-main">
        <Button className="agenda-title" data-control="title" onPress={props.onOpen} isDisabled={view.concernIds.length === 0}>
          {view.title}
        </Button>
        <span className="agenda-facts">{view.facts}</span>
      </div>
      {mayChange && (
        <div className="agenda-actions">
          <Button
            className="icon-button"
            aria-label={t('present.agenda.moveUp', { title: view.title })}
            aria-keyshortcuts="Alt+ArrowUp"
            data-control="up"
            isDisabled={index === 0}
            onPress={() => props.onMove(index, index - 1)}
          >
            <ArrowUp size={16} aria-hidden="true" />
          </Button>
          <Button
            className="icon-button"
            aria-label={t('present.agenda.moveDown', { title: view.title })}
            aria-keyshortcuts="Alt+ArrowDown"
            data-control="down"
            isDisabled={index === count - 1}
            onPress={() => props.onMove(index, index + 1)}
          >
            <ArrowDown size={16} aria-hidden="true" />
          </Button>
          <Button className="icon-button" aria-label={t('present.agenda.remove', { title: view.title })} onPress={props.onRemove}>
            <X size={16} aria-hidden="true" />
          </Button>
        </div>
      )}
    </li>
  );
}
