/**
 * Who gets the newsletter: how many citizens consented (over the office's concerns and the contacts of merged
 * duplicates, minus the unsubscribed: db/newsletter.ts), the list as CSV for the office's own mailing tool
 * (for those who may send it), and "Take someone off the newsletter" (recordUnsubscribe: only a hash of the
 * address is kept). Sending is SendPanel's.
 */
import { useState, type ReactNode } from 'react';
import { Download, UserMinus } from 'lucide-react';
import type { Month } from '@shared/domain/meeting';
import { runLocalMutation, useLiveQuery } from '../../db';
import { newsletterRecipients, type NewsletterRecipient } from '../../db/newsletter';
import { useDesk } from '../../app/desk-context';
import { t } from '../../i18n';
import { usePermissions } from '../review/permissions';
import { reasonOf } from '../review/actions/run-action';
import { resultMessage } from '../meeting/export/save-export';
import { newsletterFileName, recipientsCsv } from './newsletter-files';

/** Props of RecipientsPanel. */
export interface RecipientsPanelProps {
  readonly month: Month;
  /** Called with the recipients once read (the send panel's count). */
  readonly children?: (recipients: readonly NewsletterRecipient[]) => ReactNode;
}

/** The recipients panel. */
export function RecipientsPanel({ month, children }: RecipientsPanelProps): ReactNode {
  const { db, platform, settings } = useDesk();
  const permissions = usePermissions();
  const recipients = useLiveQuery(() => newsletterRecipients(db), [db]);
  const [message, setMessage] = useState('');
  const [email, setEmail] = useState('');
  const [unsubscribeMessage, setUnsubscribeMessage] = useState<{ text: string; isError: boolean }>();

  const exportCsv = async () => {
    if (recipients === undefined) return;
    try {
      setMessage(resultMessage(await platform.exports.saveFile({ suggestedName: newsletterFileName(month, 'csv'), kind: 'csv', content: recipientsCsv(recipients) })));
    } catch (error) {
      setMessage(t('newsletter.export.failed', { message: error instanceof Error ? error.message : String(error) }));
    }
  };
  const unsubscribe = async () => {
    try {
      await runLocalMutation(db, 'recordUnsubscribe', { email }, { at: new Date().toISOString(), by: settings.staffName });
      setUnsubscribeMessage({ text: t('newsletter.unsubscribe.done', { email: email.trim() }), isError: false });
      setEmail('');
    } catch (error) {
      setUnsubscribeMessage({ text: reasonOf(error).reason, isError: true });
    }
  };

  return (
    <section className="newsletter-recipients" aria-labelledby="newsletter-recipients-title">
      <h3 className="newsletter-subtitle" id="newsletter-recipients-title">
        {t('newsletter.recipients.title')}
      </h3>
      <p data-testid="newsletter-recipient-count">
        {recipients === undefined
          ? t('newsletter.recipients.counting')
          : recipients.length === 1
            ? t('newsletter.recipients.countOne')
            : t('newsletter.recipients.count', { count: recipients.length.toLocaleString() })}
      </p>
      <p className="newsletter-muted">{t('newsletter.recipients.how')}</p>
      {permissions.may('sendNewsletter') ? (
        <div className="newsletter-buttons">
          <button type="button" className="button button-secondary" disabled={recipients === undefined || recipients.length === 0} onClick={() => void exportCsv()}>
            <Download size={16} aria-hidden="true" />
            {t('newsletter.recipients.csv')}
          </button>
        </div>
      ) : (
        <p className="newsletter-muted">{t('newsletter.recipients.csvWho')}</p>
      )}
      <p className="newsletter-message" role="status">
        {message}
      </p>
      {recipients !== undefined && children?.(recipients)}
      {permissions.may('recordUnsubscribe') && (
        <form
          className="newsletter-unsubscribe"
          aria-labelledby="newsletter-unsubscribe-title"
          onSubmit={(event) => {
            event.preventDefault();
            void unsubscribe();
          }}
        >
          <h4 className="newsletter-minor-title" id="newsletter-unsubscribe-title">
            {t('newsletter.unsubscribe.title')}
          </h4>
          <label className="field-label" htmlFor="newsletter-unsubscribe-email">
            {t('newsletter.unsubscribe.email')}
          </label>
          <div className="newsletter-inline">
            <input id="newsletter-unsubscribe-email" className="input" type="email" autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} />
            <button type="submit" className="button button-secondary" disabled={email.trim() === ''}>
              <UserMinus size={16} aria-hidden="true" />
              {t('newsletter.unsubscribe.submit')}
            </button>
          </div>
          <p className="field-hint">{t('newsletter.unsubscribe.hint')}</p>
          {unsubscribeMessage !== undefined && (
            <p className={unsubscribeMessage.isError ? 'field-error' : 'newsletter-message'} role={unsubscribeMessage.isError ? 'alert' : 'status'}>
              {unsubscribeMessage.text}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
