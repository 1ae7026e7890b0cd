/**
 * The two sides of a merge next to each other, so the reviewer can judge they really are the same: summary,
 * who raised it, who logged it and when, how many people and contacts each brings. With one duplicate, a
 * button swaps which one is kept.
 */
import type { ReactNode } from 'react';
import { ArrowLeftRight } from 'lucide-react';
import { reviewStateOf, type Concern } from '@shared/domain/concern';
import { concernReference } from '@shared/domain/reference';
import { hasContactDetails } from '@shared/domain/review-merge';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n';

/** How many contacts a concern holds: its own (when it has details) and those merged into it. */
export function contactCount(concern: Concern): number {
  return (hasContactDetails(concern.contact) ? 1 : 0) + reviewStateOf(concern).otherContacts.length;
}

/** One side: a heading and what the reviewer compares. */
function Side({ heading, concern }: { heading: string; concern: Concern }): ReactNode {
  const name = concern.contact.anonymous || concern.contact.name.trim() === '' ? t('reviewActions.merge.anonymous') : concern.contact.name;
  return (
    <section className="review-action-side" aria-label={heading}>
      <h3 className="review-action-side-heading">
        {heading} <span className="review-action-reference">{concernReference(concern.id)}</span>
      </h3>
      <p className="review-action-side-summary">{concern.summary}</p>
      <dl className="review-action-facts">
        <dt>{t('reviewActions.merge.raisedBy')}</dt>
        <dd>{name}</dd>
        <dt>{t('reviewActions.merge.people')}</dt>
        <dd>{reviewStateOf(concern).raisedCount}</dd>
        <dt>{t('reviewActions.merge.contacts')}</dt>
        <dd>{contactCount(concern)}</dd>
      </dl>
      <p className="review-action-hint">
        {t('reviewActions.merge.loggedBy', { name: concern.createdBy, date: formatDateTime(concern.createdAt) })} · {t(`status.${concern.status}`)}
      </p>
    </section>
  );
}

/** Props of MergeCompare. */
export interface MergeCompareProps {
  readonly kept: Concern;
  readonly duplicates: readonly Concern[];
  /** Present when the sides may be swapped (one duplicate). */
  readonly onSwap: (() => void) | undefined;
  readonly onChange: (() => void) | undefined;
}

/** Kept on the left, the duplicate(s) on the right. */
export function MergeCompare({ kept, duplicates, onSwap, onChange }: MergeCompareProps): ReactNode {
  const [only] = duplicates;
  return (
    <div className="review-action-merge">
      <div className="review-action-sides">
        <Side heading={t('reviewActions.merge.kept')} concern={kept} />
        {duplicates.length === 1 && only !== undefined ? (
          <Side heading={t('reviewActions.merge.duplicate')} concern={only} />
        ) : (
          <section className="review-action-side" aria-label={t('reviewActions.merge.duplicates', { count: duplicates.length })}>
            <h3 className="review-action-side-heading">{t('reviewActions.merge.duplicates', { count: duplicates.length })}</h3>
            <ul className="review-action-duplicates">
              {duplicates.map((d) => (
                <li key={d.id}>
                  <span className="review-action-reference">{concernReference(d.id)}</span> {d.summary}
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
      <div className="review-action-merge-tools">
        {onSwap !== undefined && (
          <button type="button" className="button button-secondary" onClick={onSwap}>
            <ArrowLeftRight size={18} aria-hidden />
            {t('reviewActions.merge.swap')}
          </button>
        )}
        {onChange !== undefined && (
          <button type="button" className="button button-secondary" onClick={onChange}>
            {t('reviewActions.merge.change')}
          </button>
        )}
      </div>
      <p className="review-action-note">{t('reviewActions.merge.explain')}</p>
    </div>
  );
}
