/** A citizen's contact details as staff read them, line by line (the notebook's entries, an open concern). */
import type { Contact } from '@shared/domain/concern';
import { t } from '../i18n';

/** A contact's lines as staff read them. */
export function contactLines(contact: Contact): string[] {
  if (contact.anonymous) return [t('entry.anonymous')];
  const lines = [contact.name, contact.phone, contact.email].filter((line) => line.trim() !== '');
  if (lines.length === 0) return [t('entry.noContact')];
  if (contact.preferredReply !== 'none') lines.push(t('entry.reply', { method: t(`reply.${contact.preferredReply}`) }));
  lines.push(t(contact.consentToContact ? 'entry.consent' : 'entry.noConsent'));
  if (contact.consentToUpdates === true) lines.push(t('concern.newsletter.yes'));
  return lines;
}
