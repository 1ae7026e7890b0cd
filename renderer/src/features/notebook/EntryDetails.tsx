/** The expanded part of an entry: details, contact, location, who logged it, and its full history. */
import type { ReactNode } from 'react';
import { ListChecks, Pencil } from 'lucide-react';
import type { Concern } from '@shared/domain/concern';
import { concernReference } from '@shared/domain/reference';
import { formatDateTime } from '../../lib/format';
import { contactLines } from '../../lib/contact-lines';
import { t } from '../../i18n';
import { EntryAcknowledgement } from './EntryAcknowledgement';
import { EntryEscalation } from './EntryEscalation';
import { EntryFallbacks } from '../fallback/EntryFallbacks';
import { EntryHistory } from './EntryHistory';
import { useConcernOpener } from '../../app/concern-opener';
import { usePermissions } from '../review/permissions';

/** Props of EntryDetails. */
export interface EntryDetailsProps {
  readonly id: string;
  readonly concern: Concern;
  readonly onEdit: () => void;
}

/** The details panel; its Edit button opens the form (the e key does the same from the entry). */
export function EntryDetails({ id, concern, onEdit }: EntryDetailsProps): ReactNode {
  const open = useConcernOpener();
  const permissions = usePermissions();
  const location = [concern.location.address, concern.location.area].filter((part) => part.trim() !== '').join(', ');
  return (
    <div id={id} className="entry-details">
      <dl className="details-grid">
        <div className="details-item details-wide">
          <dt>{t('entry.details')}</dt>
          <dd className="details-text">{concern.details.trim() === '' ? <span className="muted">{t('entry.noDetails')}</span> : concern.details}</dd>
        </div>
        <div className="details-item">
          <dt>{t('entry.contact')}</dt>
          {contactLines(concern.contact).map((line) => (
            <dd key={line}>{line}</dd>
          ))}
        </div>
        <div className="details-item">
          <dt>{t('entry.location')}</dt>
          <dd>{location === '' ? <span className="muted">{t('entry.noLocation')}</span> : location}</dd>
        </div>
        <div className="details-item">
          <dt>{t('entry.category')}</dt>
          <dd>{concern.category === '' ? <span className="muted">{t('entry.noCategory')}</span> : concern.category}</dd>
        </div>
      </dl>
      <p className="entry-created">
        {t('entry.created', { by: concern.createdBy, at: formatDateTime(concern.createdAt) })}
        {' · '}
        {t('entry.reference', { reference: concernReference(concern.id) })}
      </p>
      <EntryEscalation concern={concern} />
      <EntryAcknowledgement concernId={concern.id} />
      <EntryFallbacks concernId={concern.id} />
      <div className="entry-actions">
        {permissions.may('edit') && (
          <button type="button" className="button button-secondary" aria-keyshortcuts="E" title={t('shell.shortcutHint', { keys: 'e' })} onClick={onEdit}>
            <Pencil size={16} aria-hidden="true" />
            {t('entry.edit')}
          </button>
        )}
        {open !== undefined && (
          <button type="button" className="button button-secondary" aria-keyshortcuts="O" title={t('shell.shortcutHint', { keys: 'o' })} onClick={() => open(concern.id)}>
            <ListChecks size={16} aria-hidden="true" />
            {t('entry.openReview')}
          </button>
        )}
      </div>
      <section className="entry-history" aria-label={t('entry.history')}>
        <h3 className="entry-history-title">{t('entry.history')}</h3>
        <EntryHistory concernId={concern.id} />
      </section>
    </div>
  );
}
