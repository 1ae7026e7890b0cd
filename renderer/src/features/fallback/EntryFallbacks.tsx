/** On an expanded concern: each time a desk sent it on itself while offline (its mail program, or a call). */
import type { ReactNode } from 'react';
import { MailCheck, PhoneCall } from 'lucide-react';
import { fallbacksOf, useLiveQuery } from '../../db';
import { useDesk } from '../../app/desk-context';
import { formatDateTime } from '../../lib/format';
import { t } from '../../i18n';
import './fallback.css';

/** The desk fallbacks of a concern; nothing when there are none. */
export function EntryFallbacks({ concernId }: { concernId: string }): ReactNode {
  const { db } = useDesk();
  const fallbacks = useLiveQuery(() => fallbacksOf(db, concernId), [db, concernId]);
  if (fallbacks === undefined || fallbacks.length === 0) return null;
  return (
    <ul className="entry-escalations" aria-label={t('fallback.entry.title')}>
      {fallbacks.map((fallback) => (
        <li key={fallback.id} className="entry-fallback" data-fallback-method={fallback.method}>
          {fallback.method === 'email' ? <MailCheck size={16} aria-hidden="true" /> : <PhoneCall size={16} aria-hidden="true" />}
          <span>
            {t(fallback.method === 'email' ? 'fallback.entry.email' : 'fallback.entry.phone', { by: fallback.by, at: formatDateTime(fallback.at) })}
            {fallback.note === '' ? '' : ` ${t('fallback.entry.note', { note: fallback.note })}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
