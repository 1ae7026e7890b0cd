/**
 * Mark as duplicate: the dialog's concerns are the duplicates; the concern that survives is the one asked for
 * (a similar-concern suggestion) or found here by reference or words through the desk's search. Both sides are
 * then shown together before anything merges; several duplicates each merge into the one kept.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { reviewStateOf, type Concern } from '@shared/domain/concern';
import { concernReference } from '@shared/domain/reference';
import { searchConcerns, useLiveQuery } from '../../../db';
import { useDesk } from '../../../app/desk-context';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n';
import { ActionFrame } from './ActionFrame';
import { MergeCompare } from './MergeCompare';
import { PickList, highlightedItem, type PickItem } from './PickList';
import type { ActionFormProps } from './types';

const MIN_QUERY = 2;
const CANDIDATES = 20;

/** The concerns a duplicate may merge into: not one of the duplicates, not itself merged away. */
export function mergeCandidates(found: readonly Concern[], duplicateIds: readonly string[]): Concern[] {
  return found.filter((c) => !duplicateIds.includes(c.id) && reviewStateOf(c).mergedInto === null);
}

/** A candidate as the list shows it: reference, summary, date and status. */
export function candidateItem(concern: Concern): PickItem {
  const text = t('reviewActions.merge.candidate', {
    reference: concernReference(concern.id),
    summary: concern.summary,
    date: formatDateTime(concern.createdAt),
    status: t(`status.${concern.status}`),
  });
  return { id: concern.id, text, label: text };
}

/** Finds the concern to keep. */
function SurvivorSearch({ duplicateIds, onPick, error }: { duplicateIds: readonly string[]; onPick: (id: string) => void; error: string | undefined }): ReactNode {
  const { db } = useDesk();
  const [query, setQuery] = useState('');
  const [activeId, setActiveId] = useState<string>();
  const isLongEnough = query.trim().length >= MIN_QUERY;
  const found = useLiveQuery(async () => (isLongEnough ? (await searchConcerns(db, query, CANDIDATES)).concerns : []), [db, query, isLongEnough]);
  const items = mergeCandidates(found ?? [], duplicateIds).map(candidateItem);
  const empty = !isLongEnough ? t('reviewActions.merge.typeMore') : found === undefined ? undefined : t('reviewActions.merge.noResults', { query: query.trim() });
  return (
    <PickList
      label={t('reviewActions.merge.search')}
      hint={t('reviewActions.merge.searchHint')}
      listLabel={t('reviewActions.merge.results')}
      query={query}
      onQueryChange={setQuery}
      items={items}
      emptyText={empty}
      error={error}
      onPick={onPick}
      activeId={highlightedItem(items, activeId)?.id}
      onActiveChange={setActiveId}
      autoFocus
    />
  );
}

/** The merge form. */
export function MergeForm(props: ActionFormProps): ReactNode {
  const { db } = useDesk();
  const [intoId, setIntoId] = useState(props.request.mergeInto);
  const [isSwapped, setIsSwapped] = useState(false);
  const [error, setError] = useState<string>();
  const confirmRef = useRef<HTMLDivElement>(null);
  const picked = useRef(false);
  const into = useLiveQuery(async () => (intoId === undefined ? undefined : ((await db.concerns.get(intoId)) ?? null)), [db, intoId]);
  const duplicates = props.snapshots.map((s) => s.concern);
  const [only] = duplicates;
  // Swapping keeps the one duplicate and closes the chosen concern instead: only one-to-one can be swapped.
  const kept = isSwapped && only !== undefined ? only : into;
  const closed = isSwapped && into !== null && into !== undefined ? [into] : duplicates;
  const isChosen = kept !== undefined && kept !== null;
  // The search box the person typed in is gone once a concern is chosen: the cursor goes to Merge, so Enter
  // (or Ctrl+Enter) confirms what is now shown side by side.
  useEffect(() => {
    if (!isChosen || !picked.current) return;
    picked.current = false;
    confirmRef.current?.closest('form')?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
  }, [isChosen]);
  const submit = () => {
    if (kept === undefined || kept === null) {
      setError(t('reviewActions.merge.choose'));
      return;
    }
    props.run({ kind: 'merge', into: kept.id }, closed.map((c) => c.id));
  };
  return (
    <ActionFrame {...props} confirmLabel={t('reviewActions.merge.confirm')} onSubmit={submit} focusConfirm={intoId !== undefined}>
      {intoId !== undefined && into === undefined ? (
        <p className="review-action-hint" role="status">
          {t('reviewActions.loading')}
        </p>
      ) : kept === undefined || kept === null ? (
        <SurvivorSearch
          duplicateIds={duplicates.map((d) => d.id)}
          error={error}
          onPick={(id) => {
            picked.current = true;
            setIntoId(id);
            setError(undefined);
          }}
        />
      ) : (
        <div ref={confirmRef}>
          <MergeCompare
            kept={kept}
            duplicates={closed}
            onSwap={duplicates.length === 1 ? () => setIsSwapped((s) => !s) : undefined}
            onChange={() => {
              setIntoId(undefined);
              setIsSwapped(false);
            }}
          />
        </div>
      )}
    </ActionFrame>
  );
}
