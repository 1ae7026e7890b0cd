/** Who changed an entry, when, and what: read from the concern's append-only history. */
import type { ReactNode } from 'react';
import { historyOf, useLiveQuery } from '../../db';
import { useDesk } from '../../app/desk-context';
import { formatDateTime } from '../../lib/format';
import { t } from '../../i18n';
import { describeChange } from './describe-change';

/** The history list of one concern, oldest first. */
export function EntryHistory({ concernId }: { concernId: string }): ReactNode {
  const { db } = useDesk();
  const entries = useLiveQuery(() => historyOf(db, concernId), [db, concernId]);
  if (entries === undefined) return <p className="muted">{t('entry.historyLoading')}</p>;
  return (
    <ol className="history">
      {entries.map((entry) => (
        <li key={entry.id} className="history-item">
          <p className="history-head">
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
            {' · '}
            {t(entry.kind === 'created' ? 'entry.historyCreated' : 'entry.historyEdited', { by: entry.by })}
          </p>
          {entry.changes.length > 0 && (
            <ul className="history-changes">
              {entry.changes.map((change) => (
                <li key={change.field}>{describeChange(change)}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
