/**
 * The priority email a desk sends through its own mail program when it cannot reach the office server: a
 * mailto: link with the priority addresses, a subject and a body that say what the server's email would say.
 * The citizen's contact details are left out (the office decides on the server whether its priority emails may
 * carry them, and this desk cannot ask); staff add them by hand where the office allows it.
 */
import type { Concern } from '@shared/domain/concern';
import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';

/** Longest link handed to the mail program (the platform bridge's limit; mail programs cut longer ones). */
export const MAX_MAILTO_LENGTH = 2048;
// The details are shortened step by step until the link fits; a summary full of non-Latin text can need all.
const DETAIL_LIMITS = [1200, 600, 300, 100, 0];

/** The reference that opens the concern in the app, when the office server's address is known. */
export function concernLink(serverAddress: string | undefined, concernId: string): string | undefined {
  if (serverAddress === undefined || serverAddress === '') return undefined;
  return `${serverAddress.replace(/\/+$/, '')}/#/concern/${concernId}`;
}

/** The email's subject. */
export function prioritySubject(concern: Concern): string {
  return t('fallback.mail.subject', { summary: concern.summary });
}

/** The email's body: summary, details (cut to `maxDetails` characters), channel, place, who logged it and when, the reference. */
export function priorityBody(concern: Concern, link: string | undefined, maxDetails = DETAIL_LIMITS[0] ?? 0): string {
  // Cut by code points: half of a surrogate pair (an emoji) would make the link impossible to encode.
  const points = Array.from(concern.details);
  const details = points.length > maxDetails ? `${points.slice(0, maxDetails).join('')}…` : concern.details;
  const place = [concern.location.address, concern.location.area].filter((part) => part !== '').join(', ');
  const lines = [
    t('fallback.mail.intro'),
    '',
    t('fallback.mail.summary', { summary: concern.summary }),
    ...(details === '' ? [] : [t('fallback.mail.details', { details })]),
    t('fallback.mail.channel', { channel: t(`channel.${concern.channel}`) }),
    ...(place === '' ? [] : [t('fallback.mail.place', { place })]),
    t('fallback.mail.logged', { by: concern.createdBy, at: formatDateTime(concern.createdAt) }),
    t('fallback.mail.reference', { reference: link ?? concern.id }),
  ];
  return lines.join('\n');
}

/**
 * The mailto: link, every part percent-encoded (a space is %20, never +, which mail programs would show), at
 * most MAX_MAILTO_LENGTH characters: the details are shortened first, then the body reduced to the reference.
 */
export function priorityMailto(concern: Concern, addresses: readonly string[], link: string | undefined): string {
  const to = addresses.map((address) => encodeURIComponent(address)).join(',');
  const subject = encodeURIComponent(prioritySubject(concern));
  const withBody = (body: string) => `mailto:${to}?subject=${subject}&body=${encodeURIComponent(body)}`;
  for (const limit of DETAIL_LIMITS) {
    const url = withBody(priorityBody(concern, link, limit));
    if (url.length <= MAX_MAILTO_LENGTH) return url;
  }
  const short = withBody(t('fallback.mail.reference', { reference: link ?? concern.id }));
  if (short.length <= MAX_MAILTO_LENGTH) return short;
  return `mailto:${to}?body=${encodeURIComponent(t('fallback.mail.reference', { reference: link ?? concern.id }))}`;
}
