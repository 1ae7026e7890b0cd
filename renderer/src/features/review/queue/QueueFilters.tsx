/**
 * The queue's filters: free text, then one choice per field, the days logged, and overdue or flagged only.
 * Native labelled controls: each is reached with Tab, read with its label, and changes the table at once. The
 * choices offered are those present in the queue (categories, tags, people), so none leads to an empty table.
 */
import { useId, useMemo, type ReactNode } from 'react';
import { Search } from 'lucide-react';
import { CHANNELS, STATUSES, type Channel, type Priority, type Status } from '@shared/domain/concern';
import type { QueueRow } from '../../../db/review-queue';
import { t } from '../../../i18n';
import { activeFilterCount, EMPTY_FILTER, type QueueFilter } from './queue-filter';

/** Props of QueueFilters. */
export interface QueueFiltersProps {
  readonly filter: QueueFilter;
  readonly onChange: (filter: QueueFilter) => void;
  /** Every row of the queue, for the choices. */
  readonly rows: readonly QueueRow[];
  /** Whether "Me" is offered (a signed-in person). */
  readonly hasMe: boolean;
}

const byText = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const distinct = (values: Iterable<string>): string[] => [...new Set(values)].filter((v) => v !== '').sort(byText.compare);

// Priority choices: one each, and top with high together (the "urgent" view's filter).
const PRIORITY_CHOICES: readonly { value: string; label: () => string }[] = [
  { value: 'top', label: () => t('priority.top') },
  { value: 'high', label: () => t('priority.high') },
  { value: 'high,top', label: () => t('reviewQueue.filters.priority.urgent') },
  { value: 'normal', label: () => t('priority.normal') },
];

function Choice(props: { label: string; value: string; onChange: (value: string) => void; children: ReactNode }): ReactNode {
  const id = useId();
  return (
    <div className="queue-filter">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} className="input input-compact" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{t('reviewQueue.filters.any')}</option>
        {props.children}
      </select>
    </div>
  );
}

function DateField(props: { label: string; value: string; onChange: (value: string) => void }): ReactNode {
  const id = useId();
  return (
    <div className="queue-filter">
      <label htmlFor={id}>{props.label}</label>
      <input id={id} type="date" className="input input-compact" value={props.value} onChange={(e) => props.onChange(e.target.value)} />
    </div>
  );
}

/** The filter bar. */
export function QueueFilters({ filter, onChange, rows, hasMe }: QueueFiltersProps): ReactNode {
  const textId = useId();
  const set = <K extends keyof QueueFilter>(key: K, value: QueueFilter[K]) => onChange({ ...filter, [key]: value });
  const options = useMemo(() => {
    const people = new Map<string, string>();
    for (const row of rows) for (const a of row.assignees) if (a.name !== null) people.set(a.id, a.name);
    return {
      categories: distinct(rows.map((row) => row.category)),
      tags: distinct(rows.flatMap((row) => row.tags)),
      loggedBy: distinct(rows.map((row) => row.createdBy)),
      people: [...people].sort((a, b) => byText.compare(a[1], b[1])),
    };
  }, [rows]);
  const count = activeFilterCount(filter);
  return (
    <section className="queue-filters" aria-label={t('reviewQueue.filters.title')}>
      <div className="queue-filter queue-filter-text">
        <label htmlFor={textId}>{t('reviewQueue.filters.text')}</label>
        <span className="queue-filter-search">
          <Search size={14} aria-hidden="true" />
          <input id={textId} type="search" className="input input-compact" value={filter.text} placeholder={t('reviewQueue.filters.textHint')} onChange={(e) => set('text', e.target.value)} />
        </span>
      </div>
      <Choice label={t('reviewQueue.filters.status')} value={filter.statuses.join(',')} onChange={(v) => set('statuses', v === '' ? [] : [v as Status])}>
        {STATUSES.filter((s) => s !== 'resolved' && s !== 'closed').map((s) => (
          <option key={s} value={s}>{t(`status.${s}`)}</option>
        ))}
      </Choice>
      <Choice label={t('reviewQueue.filters.priority')} value={[...filter.priorities].sort().join(',')} onChange={(v) => set('priorities', v === '' ? [] : (v.split(',') as Priority[]))}>
        {PRIORITY_CHOICES.map((p) => (
          <option key={p.value} value={p.value}>{p.label()}</option>
        ))}
      </Choice>
      <Choice label={t('reviewQueue.filters.channel')} value={filter.channel} onChange={(v) => set('channel', v as Channel | '')}>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>{t(`channel.${c}`)}</option>
        ))}
      </Choice>
      <Choice label={t('reviewQueue.filters.category')} value={filter.category} onChange={(v) => set('category', v)}>
        {options.categories.map((c) => <option key={c} value={c}>{c}</option>)}
      </Choice>
      <Choice label={t('reviewQueue.filters.tag')} value={filter.tag} onChange={(v) => set('tag', v)}>
        {options.tags.map((tag) => <option key={tag} value={tag}>#{tag}</option>)}
      </Choice>
      <Choice label={t('reviewQueue.filters.assignee')} value={filter.assignee} onChange={(v) => set('assignee', v)}>
        <option value="unassigned">{t('reviewQueue.filters.assignee.unassigned')}</option>
        {hasMe && <option value="me">{t('reviewQueue.filters.assignee.me')}</option>}
        {options.people.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
      </Choice>
      <Choice label={t('reviewQueue.filters.loggedBy')} value={filter.loggedBy} onChange={(v) => set('loggedBy', v)}>
        {options.loggedBy.map((name) => <option key={name} value={name}>{name}</option>)}
      </Choice>
      <DateField label={t('reviewQueue.filters.from')} value={filter.from} onChange={(v) => set('from', v)} />
      <DateField label={t('reviewQueue.filters.to')} value={filter.to} onChange={(v) => set('to', v)} />
      <label className="queue-filter-check">
        <input type="checkbox" checked={filter.overdueOnly} onChange={(e) => set('overdueOnly', e.target.checked)} />
        {t('reviewQueue.filters.overdueOnly')}
      </label>
      <label className="queue-filter-check">
        <input type="checkbox" checked={filter.flaggedOnly} onChange={(e) => set('flaggedOnly', e.target.checked)} />
        {t('reviewQueue.filters.flaggedOnly')}
      </label>
      {count > 0 && (
        <button type="button" className="button button-secondary queue-filter-clear" onClick={() => onChange(EMPTY_FILTER)}>
          {t('reviewQueue.filters.clear')}
          <span className="visually-hidden"> ({t('reviewQueue.filters.active', { count })})</span>
        </button>
      )}
    </section>
  );
}
