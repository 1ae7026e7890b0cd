/**
 * The month's meeting agenda: the pinned themes (matched to this month's themes) and figures in the
 * facilitator's order, each with its figures and a way to open its concerns. Facilitators reorder it by
 * keyboard (Alt+Up, Alt+Down), with the move buttons or by dragging, take items off, and add a figure; anyone
 * may present it.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { Presentation as PresentIcon } from 'lucide-react';
import { MEETING_FIGURES, type AgendaItem, type MeetingFigure, type Month } from '@shared/domain/meeting';
import type { Analysis } from '@shared/patterns/types';
import { t } from '../../../i18n';
import { useAgenda, useMeetingChange } from '../decisions/meeting-records';
import { Presentation } from '../present/Presentation';
import { countText } from '../export/report-format';
import { badgesOf } from '../export/report';
import { figureConcernIds, positionForMove } from './agenda-order';
import { AgendaRow, type AgendaRowView } from './AgendaRow';
import { matchTheme } from '@shared/patterns/match';
import './agenda.css';

/** What the row shows of an agenda item in this analysis. */
export function agendaRowView(item: AgendaItem, analysis: Analysis): AgendaRowView {
  if (item.subject.kind === 'figure') {
    const ids = figureConcernIds(analysis, item.subject.figure);
    return { id: item.id, title: t(`present.figure.${item.subject.figure}`), facts: t('present.agenda.figureFacts', { count: countText(ids.length) }), concernIds: ids, isMissing: false };
  }
  const theme = matchTheme(item.subject.signature, analysis.themes);
  if (theme === null) return { id: item.id, title: item.subject.label, facts: t('present.agenda.missing'), concernIds: [], isMissing: true };
  const facts = [t('present.agenda.count', { count: countText(theme.count) }), ...badgesOf(theme)].join(' · ');
  return { id: item.id, title: theme.label, facts, concernIds: theme.concernIds, isMissing: false };
}

function AddFigure(props: { agenda: readonly AgendaItem[]; onAdd: (figure: MeetingFigure) => void }): ReactNode {
  const pinned = new Set(props.agenda.flatMap((item) => (item.subject.kind === 'figure' ? [item.subject.figure] : [])));
  const free = MEETING_FIGURES.filter((figure) => !pinned.has(figure));
  const [choice, setChoice] = useState('');
  if (free.length === 0) return null;
  return (
    <form
      className="agenda-add"
      onSubmit={(event) => {
        event.preventDefault();
        const figure = free.find((f) => f === choice);
        if (figure === undefined) return;
        props.onAdd(figure);
        setChoice('');
      }}
    >
      <label htmlFor="agenda-add-figure">{t('present.agenda.addFigure')}</label>
      <select id="agenda-add-figure" className="input input-compact" value={choice} onChange={(event) => setChoice(event.target.value)}>
        <option value="">{t('present.agenda.chooseFigure')}</option>
        {free.map((figure) => (
          <option key={figure} value={figure}>
            {t(`present.figure.${figure}`)}
          </option>
        ))}
      </select>
      <button type="submit" className="button button-secondary" disabled={choice === ''}>
        {t('present.agenda.add')}
      </button>
    </form>
  );
}

/** The agenda panel. */
export function AgendaPanel(props: { analysis: Analysis; period: Month; onOpenConcerns: (title: string, ids: string[]) => void }): ReactNode {
  const { analysis, period, onOpenConcerns } = props;
  const agenda = useAgenda(period);
  const { mayFacilitate, run } = useMeetingChange();
  const [isPresenting, setPresenting] = useState(false);
  const [dragFrom, setDragFrom] = useState<number>();
  const refocus = useRef<{ id: string; control: string }>(undefined);
  const listRef = useRef<HTMLOListElement>(null);
  const presentRef = useRef<HTMLButtonElement>(null);
  const items = agenda ?? [];

  useEffect(() => {
    // A moved row may be re-inserted in the list, which drops the focus: put it back on the control used.
    const target = refocus.current;
    if (target === undefined) return;
    const row = listRef.current?.querySelector(`[data-agenda-id="${target.id}"]`);
    const control = row?.querySelector<HTMLElement>(`[data-control="${target.control}"]:not([disabled])`) ?? row?.querySelector<HTMLElement>('[data-control="title"]');
    if (control !== null && control !== undefined && document.activeElement !== control) control.focus();
    refocus.current = undefined;
  }, [agenda]);

  const move = (from: number, to: number) => {
    const item = items[from];
    const position = positionForMove(items, from, to);
    if (item === undefined || position === undefined) return;
    const active = document.activeElement instanceof HTMLElement ? (document.activeElement.dataset.control ?? 'title') : 'title';
    refocus.current = { id: item.id, control: active };
    const title = agendaRowView(item, analysis).title;
    void run('moveAgendaItem', { id: item.id, position }, t('present.agenda.moved', { title, place: to + 1, count: items.length }));
  };
  const remove = (item: AgendaItem) => {
    const title = agendaRowView(item, analysis).title;
    void run('unpinFromAgenda', { id: item.id }, t('present.agenda.removed', { title }));
    presentRef.current?.focus();
  };

  return (
    <section className="agenda-panel" aria-labelledby="agenda-heading">
      <div className="agenda-head">
        <h3 id="agenda-heading" className="meeting-section-title">{t('present.agenda.title')}</h3>
        <Button ref={presentRef} className="button button-primary" onPress={() => setPresenting(true)}>
          <PresentIcon size={16} aria-hidden="true" /> {t('present.agenda.present')}
        </Button>
      </div>
      {agenda !== undefined && items.length === 0 && <p className="agenda-empty">{t(mayFacilitate ? 'present.agenda.emptyFacilitator' : 'present.agenda.empty')}</p>}
      {items.length > 0 && (
        <>
          {mayFacilitate && <p className="agenda-hint">{t('present.agenda.hint')}</p>}
          <ol className="agenda-list" ref={listRef} aria-labelledby="agenda-heading">
            {items.map((item, index) => {
              const view = agendaRowView(item, analysis);
              return (
                <AgendaRow
                  key={item.id}
                  view={view}
                  index={index}
                  count={items.length}
                  mayChange={mayFacilitate}
                  onMove={move}
                  onRemove={() => remove(item)}
                  onOpen={() => onOpenConcerns(view.title, [...view.concernIds])}
                  onDragFrom={setDragFrom}
                  onDropAt={(to) => {
                    if (dragFrom !== undefined) move(dragFrom, to);
                    setDragFrom(undefined);
                  }}
                />
              );
            })}
          </ol>
        </>
      )}
      {mayFacilitate && agenda !== undefined && (
        <AddFigure agenda={items} onAdd={(figure) => void run('pinToAgenda', { period, subject: { kind: 'figure', figure } }, t('present.agenda.added', { title: t(`present.figure.${figure}`) }))} />
      )}
      {isPresenting && (
        <Presentation
          analysis={analysis}
          period={period}
          onClose={() => {
            setPresenting(false);
            presentRef.current?.focus();
          }}
        />
      )}
    </section>
  );
}
