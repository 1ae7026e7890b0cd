/** The words of a mention alert: the first words of the comment, and the line and notification saying who and where. */
import type { MentionAlert } from '../../../db/mentions';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n';

/** Most words of the comment an alert quotes. */
export const QUOTED_WORDS = 12;
/** Most characters of the quote, for a comment of long words (a pasted link). */
export const QUOTED_CHARS = 90;

/** The comment's first words, with "…" when it goes on. */
export function firstWords(text: string, words = QUOTED_WORDS, chars = QUOTED_CHARS): string {
  const all = text.trim().split(/\s+/).filter((word) => word !== '');
  let quote = all.slice(0, words).join(' ');
  let isCut = all.length > words;
  if (quote.length > chars) {
    quote = quote.slice(0, chars).trimEnd();
    isCut = true;
  }
  return isCut ? `${quote}…` : quote;
}

/** The alert's line: who mentioned the person, on which concern, when, and the first words. */
export function mentionLine(alert: MentionAlert): string {
  const params = { by: alert.comment.by, reference: alert.reference, time: formatDateTime(alert.comment.at), words: firstWords(alert.comment.text) };
  return alert.summary === undefined
    ? t('reviewConcern.mentions.itemUnknown', params)
    : t('reviewConcern.mentions.item', { ...params, summary: alert.summary });
}

/** The desktop notification of a mention. */
export function mentionNotification(alert: MentionAlert): { title: string; body: string; concernId: string } {
  const summary = alert.summary ?? t('reviewConcern.mentions.unknownConcern', { reference: alert.reference });
  return {
    title: t('reviewConcern.mentions.notificationTitle', { by: alert.comment.by }).slice(0, 120),
    body: t('reviewConcern.mentions.notificationBody', { summary, words: firstWords(alert.comment.text) }).slice(0, 500),
    concernId: alert.concernId,
  };
}
