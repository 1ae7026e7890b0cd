/**
 * The reply composer's rules, apart from the screen: which way a reply goes by default, what "Send" does for
 * each way, the mail link, the subject, and the response policy's checklist in words.
 *
 *   email                            opens the desk's mail program (a mailto: link through the platform bridge)
 *   social-media, other              copies the text, to paste where the citizen wrote
 *   phone, letter, in-person         records it as given
 *
 * Each then records the response on the concern's timeline (recordResponse), which stops the response clock.
 */
import type { Concern } from '@shared/domain/concern';
import { reviewStateOf } from '@shared/domain/concern';
import type { ChecklistItem } from '@shared/domain/replies';
import type { ConcernResponse } from '@shared/domain/review';
import { t } from '../../../i18n';
import { MAX_MAILTO_LENGTH } from '../../fallback/priority-mailto';

/** How a response reached the citizen (shared/domain/review.ts RESPONSE_METHODS). */
export type ResponseMethod = ConcernResponse['method'];

/** What Send does before recording: open the mail program, copy the text, or nothing (given already). */
export type SendWay = 'email' | 'copy' | 'record';

/** What Send does for `method`. */
export function sendWayOf(method: ResponseMethod): SendWay {
  if (method === 'email') return 'email';
  if (method === 'social-media' || method === 'other') return 'copy';
  return 'record';
}

const BY_CHANNEL: Partial<Record<Concern['channel'], ResponseMethod>> = {
  phone: 'phone',
  email: 'email',
  letter: 'letter',
  'walk-in': 'in-person',
  'social-media': 'social-media',
};

/** The way preselected: how the citizen asked to hear back, else the way they came in, else "other". */
export function preferredMethodOf(concern: Pick<Concern, 'contact' | 'channel'>): ResponseMethod {
  const preferred = concern.contact.preferredReply;
  if (preferred !== 'none') return preferred;
  return BY_CHANNEL[concern.channel] ?? 'other';
}

/** True when the composer shows the response policy for comments: a social media concern, or one marked negative. */
export function showsCommentPolicy(concern: Concern): boolean {
  return concern.channel === 'social-media' || reviewStateOf(concern).negative;
}

/** The subject of an emailed reply. */
export function replySubject(concern: Pick<Concern, 'summary'>, officeName: string): string {
  return officeName.trim() === '' ? t('reply.subject.noOffice', { summary: concern.summary }) : t('reply.subject.default', { office: officeName, summary: concern.summary });
}

/** A mail link for the reply, and whether the text is in it: a text too long for a link goes by the clipboard instead. */
export function replyMailto(to: string, subject: string, text: string): { url: string; hasText: boolean } {
  // Every part percent-encoded: a space is %20, never +, which mail programs would show.
  const base = `mailto:${encodeURIComponent(to.trim())}?subject=${encodeURIComponent(subject)}`;
  const full = `${base}&body=${encodeURIComponent(text)}`;
  return full.length <= MAX_MAILTO_LENGTH ? { url: full, hasText: true } : { url: base, hasText: false };
}

/** An English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 102nd. */
export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** One line of the checklist in words. */
export function checklistLine(item: ChecklistItem): string {
  switch (item.kind) {
    case 'when':
      return t('reply.policy.when', { text: item.text });
    case 'tone':
      return t('reply.policy.tone', { text: item.text });
    case 'involve':
      return t('reply.policy.involve', { text: item.text });
    case 'public':
      return t('reply.policy.public');
    case 'phone':
      return item.isDue
        ? t('reply.policy.phoneDue', { ordinal: ordinal(item.exchange) })
        : t('reply.policy.phoneLater', { ordinal: ordinal(item.exchange), from: ordinal(item.after + 1) });
  }
}
