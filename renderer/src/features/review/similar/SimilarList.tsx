/**
 * Similar open concerns as a list: each with its reference, summary, status, who logged it and when, the
 * reasons it looks the same, Open, and (for those who may merge) "Merge into this one…", which asks for the
 * merge with this concern as the duplicate and the suggestion as the one kept. Presentational: the data and the
 * permission come from SimilarConcerns.
 */
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { concernReference } from '@shared/domain/reference';
import type { SimilarSuggestion } from '@shared/domain/similar';
import type { ActionRequest } from '../actions/action-request';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n';
import { reasonsLine } from './similar-reasons';
import './similar.css';

/** Props of SimilarList. */
export interface SimilarListProps {
  /** The concern being reviewed (the duplicate, if a merge is asked for). */
  readonly concernId: string;
  readonly suggestions: readonly SimilarSuggestion[];
  readonly canMerge: boolean;
  readonly onOpen: (concernId: string) => void;
  readonly onMerge: (request: ActionRequest) => void;
}

/** The suggestions, or a quiet line when there are none. */
export function SimilarList({ concernId, suggestions, canMerge, onOpen, onMerge }: SimilarListProps): ReactNode {
  if (suggestions.length === 0) return <p className="muted">{t('reviewConcern.similar.none')}</p>;
  return (
    <>
      <p className="similar-intro muted">{t('reviewConcern.similar.intro')}</p>
      <ul className="similar-list">
        {suggestions.map(({ concern, reasons }) => {
          const reference = concernReference(concern.id);
          return (
            <li key={concern.id} className="similar-item" data-testid="similar-concern">
              <p className="similar-summary">{concern.summary}</p>
              <p className="similar-meta muted">
                {t('reviewConcern.similar.meta', {
                  reference,
                  status: t(`status.${concern.status}`),
                  at: formatDateTime(concern.createdAt),
                  by: concern.createdBy,
                })}
              </p>
              <p className="similar-reasons">{reasonsLine(reasons)}</p>
              <div className="similar-actions">
                <Button className="button button-secondary" aria-label={t('reviewConcern.similar.openOne', { reference, summary: concern.summary })} onPress={() => onOpen(concern.id)}>
                  {t('reviewConcern.similar.open')}
                </Button>
                {canMerge && (
                  <Button
                    className="button button-secondary"
                    aria-label={t('reviewConcern.similar.mergeOne', { reference, summary: concern.summary })}
                    onPress={() => onMerge({ kind: 'merge', concernIds: [concernId], mergeInto: concern.id })}
                  >
                    {t('reviewConcern.similar.merge')}
                  </Button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
