/**
 * Similar open concerns of the concern being reviewed (db/similar.ts finds them through the search index), so a
 * reviewer can judge duplicates. Shown only for open concerns: a resolved, closed or merged one is not merged
 * any more. Merging is offered only to those who may merge (usePermissions).
 */
import type { ReactNode } from 'react';
import type { Concern } from '@shared/domain/concern';
import { isSuggestable } from '@shared/domain/similar';
import { useLiveQuery } from '../../../db';
import { similarTo } from '../../../db/similar';
import { useDesk } from '../../../app/desk-context';
import { Skeleton } from '../../../components/Skeleton';
import { t } from '../../../i18n';
import type { ActionRequest } from '../actions/action-request';
import { usePermissions } from '../permissions';
import { SimilarList } from './SimilarList';

/** Props of SimilarConcerns. */
export interface SimilarConcernsProps {
  readonly concern: Concern;
  readonly onOpen: (concernId: string) => void;
  readonly onMerge: (request: ActionRequest) => void;
}

/** The section, with its heading; nothing for a concern that is not open. */
export function SimilarConcerns({ concern, onOpen, onMerge }: SimilarConcernsProps): ReactNode {
  const { db } = useDesk();
  const permissions = usePermissions();
  const isOpen = isSuggestable(concern);
  const suggestions = useLiveQuery(() => (isOpen ? similarTo(db, concern) : Promise.resolve([])), [db, concern, isOpen]);
  if (!isOpen) return null;
  return (
    <section className="similar" aria-labelledby={`similar-${concern.id}`}>
      <h3 id={`similar-${concern.id}`} className="review-section-title">
        {t('reviewConcern.similar.title')}
      </h3>
      {suggestions === undefined ? (
        <Skeleton rows={2} label={t('reviewConcern.similar.loading')} />
      ) : (
        <SimilarList concernId={concern.id} suggestions={suggestions} canMerge={permissions.may('merge')} onOpen={onOpen} onMerge={onMerge} />
      )}
    </section>
  );
}
