/**
 * Assign: who has it now, then a searchable list of the go-to people (and "Nobody: unassign" when someone has
 * it). Choosing a person (Enter or a click) hands the concerns to them at once: a reassign from whoever had
 * them, so the history reads "from Ana to Ben".
 */
import { useState, type ReactNode } from 'react';
import type { OfficeStaff } from '@shared/domain/review';
import { goToPeople, officeStaff, useLiveQuery } from '../../../db';
import { useDesk } from '../../../app/desk-context';
import { t } from '../../../i18n';
import { ActionFrame } from './ActionFrame';
import type { ConcernSnapshot } from './action-plan';
import { mentionCompletions } from './mentions';
import { PickList, highlightedItem, type PickItem } from './PickList';
import type { ActionFormProps } from './types';

/** The id PickList uses for "Nobody: unassign". */
export const UNASSIGN = 'unassign';

/** "Assigned now: Ana Ruiz, Ben Cole", "Not assigned to anyone yet." or, in a bulk, that it differs. */
export function assignedNowWords(snapshots: readonly ConcernSnapshot[], staff: readonly OfficeStaff[]): string {
  const lists = snapshots.map((s) => s.assignees.map((row) => row.staffId).join(','));
  if (new Set(lists).size > 1) return t('reviewActions.assign.mixed');
  const ids = snapshots[0]?.assignees.map((row) => row.staffId) ?? [];
  if (ids.length === 0) return t('reviewActions.assign.nobody');
  const names = ids.map((id) => staff.find((m) => m.id === id)?.displayName ?? t('reviewActions.assign.unknownPerson'));
  return t('reviewActions.assign.now', { names: names.join(', ') });
}

/** The options for what was typed: matching go-to people, then "Nobody" when anyone is assigned. */
export function assignItems(people: readonly OfficeStaff[], query: string, snapshots: readonly ConcernSnapshot[]): PickItem[] {
  const assigned = new Set(snapshots.flatMap((s) => s.assignees.map((row) => row.staffId)));
  const matching = query.trim() === '' ? people : mentionCompletions(people, query, people.length);
  const items: PickItem[] = matching.map((m) => {
    const isCurrent = assigned.has(m.id);
    const text = isCurrent ? `${m.displayName} ${t('reviewActions.assign.current')}` : m.displayName;
    return { id: m.id, text, isCurrent, label: text };
  });
  const unassign = t('reviewActions.assign.unassign');
  const wantsNobody = query.trim() === '' || unassign.toLocaleLowerCase().includes(query.trim().toLocaleLowerCase());
  if (assigned.size > 0 && wantsNobody) items.push({ id: UNASSIGN, text: unassign, label: unassign });
  return items;
}

/** The assign form. */
export function AssignForm(props: ActionFormProps): ReactNode {
  const { db } = useDesk();
  const directory = useLiveQuery(async () => ({ people: await goToPeople(db), all: await officeStaff(db) }), [db]);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string>();
  const [activeId, setActiveId] = useState<string>();
  const items = directory === undefined ? [] : assignItems(directory.people, query, props.snapshots);
  const pick = (id: string) => props.run({ kind: 'assign', staffId: id === UNASSIGN ? null : id });
  const noStaff = directory !== undefined && directory.people.length === 0;
  return (
    <ActionFrame
      {...props}
      confirmLabel={t('reviewActions.assign.confirm')}
      onSubmit={() => {
        const chosen = highlightedItem(items, activeId);
        if (chosen === undefined) setError(t('reviewActions.assign.choose'));
        else pick(chosen.id);
      }}
    >
      <p className="review-action-question">{assignedNowWords(props.snapshots, directory?.all ?? [])}</p>
      {noStaff ? (
        <p className="review-action-hint">{t('reviewActions.assign.noStaff')}</p>
      ) : (
        <PickList
          label={t('reviewActions.assign.field')}
          hint={t('reviewActions.assign.hint')}
          listLabel={t('reviewActions.assign.list')}
          query={query}
          onQueryChange={(value) => {
            setQuery(value);
            setError(undefined);
          }}
          items={items}
          emptyText={query.trim() === '' ? undefined : t('reviewActions.assign.none', { query: query.trim() })}
          error={error}
          onPick={pick}
          activeId={activeId}
          onActiveChange={setActiveId}
          autoFocus
        />
      )}
    </ActionFrame>
  );
}
