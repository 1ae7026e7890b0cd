/**
 * What a reviewer reads about the concern itself: details, contact (and the others who raised it, after merges),
 * location, category, tags, the resolution note, and who logged it when.
 */
import type { ReactNode } from 'react';
import { reviewStateOf, type Concern } from '@shared/domain/concern';
import { contactLines } from '../../../lib/contact-lines';
import { TagChip } from '../../../components/TagChip';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n';

function Fact({ term, children, isWide = false }: { term: string; children: ReactNode; isWide?: boolean }): ReactNode {
  return (
    <div className={isWide ? 'review-fact review-fact-wide' : 'review-fact'}>
      <dt>{term}</dt>
      {children}
    </div>
  );
}

const muted = (text: string) => <span className="muted">{text}</span>;

/** The concern's facts as a description list. */
export function ConcernFacts({ concern }: { concern: Concern }): ReactNode {
  const { otherContacts, resolution } = reviewStateOf(concern);
  const location = [concern.location.address, concern.location.area].filter((part) => part.trim() !== '').join(', ');
  return (
    <>
      <dl className="review-facts">
        <Fact term={t('entry.details')} isWide>
          <dd className="review-fact-text">{concern.details.trim() === '' ? muted(t('entry.noDetails')) : concern.details}</dd>
        </Fact>
        {resolution.trim() !== '' && (
          <Fact term={t('reviewConcern.panel.resolution')} isWide>
            <dd className="review-fact-text">{resolution}</dd>
          </Fact>
        )}
        <Fact term={t('entry.contact')}>
          {contactLines(concern.contact).map((line, index) => (
            <dd key={index}>{line}</dd>
          ))}
        </Fact>
        <Fact term={t('entry.location')}>
          <dd>{location === '' ? muted(t('entry.noLocation')) : location}</dd>
        </Fact>
        <Fact term={t('entry.category')}>
          <dd>{concern.category === '' ? muted(t('entry.noCategory')) : concern.category}</dd>
        </Fact>
        <Fact term={t('reviewConcern.panel.tags')}>
          <dd className="review-fact-tags">
            {concern.tags.length === 0 ? muted(t('reviewConcern.panel.noTags')) : concern.tags.map((tag) => <TagChip key={tag} tag={tag} />)}
          </dd>
        </Fact>
        {otherContacts.length > 0 && (
          <Fact term={t('reviewConcern.panel.otherContacts')} isWide>
            {otherContacts.map((contact, index) => (
              <dd key={index}>{contactLines(contact).join(' · ')}</dd>
            ))}
          </Fact>
        )}
      </dl>
      <p className="review-logged muted">{t('reviewConcern.panel.logged', { by: concern.createdBy, at: formatDateTime(concern.createdAt) })}</p>
    </>
  );
}
