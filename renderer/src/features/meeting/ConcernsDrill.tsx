/**
 * The concerns behind a figure, a bar, a theme or a quote: a dialog listing them newest first (summary, when,
 * priority and status in words), each opened with the app's concern opener. Read from the desk when the dialog
 * opens; ids the desk no longer has (merged or deleted since the analysis) are counted, not hidden.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { AppDialog } from '../../components/AppDialog';
import { PriorityBadge } from '../../components/PriorityBadge';
import { useConcernOpener } from '../../app/concern-opener';
import { useDesk } from '../../app/desk-context';
import { readConcernsByIds } from '../../db/pattern-source';
import type { StoredConcern } from '../../db/database';
import { formatDateTime } from '../../lib/format';
import { t } from '../../i18n';
import { formatCount } from './format-figures';

/** What to list: a title and the concerns' ids. */
export interface Drill {
  readonly title: string;
  readonly concernIds: readonly string[];
}

const PAGE = 50;

/** The dialog; closed when `drill` is undefined. */
export function ConcernsDrill({ drill, onClose }: { drill: Drill | undefined; onClose: () => void }): ReactNode {
  return (
    <AppDialog
      isOpen={drill !== undefined}
      onClose={onClose}
      isDismissable
      title={drill === undefined ? '' : t('meeting.drill.title', { title: drill.title, count: formatCount(drill.concernIds.length) })}
      modalClassName="meeting-drill-modal"
      className="meeting-drill"
    >
      {drill !== undefined && <DrillList drill={drill} />}
    </AppDialog>
  );
}

function DrillList({ drill }: { drill: Drill }): ReactNode {
  const { db } = useDesk();
  const open = useConcernOpener();
  const [read, setRead] = useState<{ concerns: StoredConcern[]; missing: number }>();
  const [shown, setShown] = useState(PAGE);
  useEffect(() => {
    let isCurrent = true;
    void readConcernsByIds(db, drill.concernIds).then((result) => isCurrent && setRead(result));
    return () => {
      isCurrent = false;
    };
  }, [db, drill]);
  if (read === undefined) return <p role="status">{t('meeting.drill.loading')}</p>;
  const rest = read.concerns.length - shown;
  return (
    <div className="meeting-drill-body">
      {read.missing > 0 && <p className="meeting-muted">{t('meeting.drill.missing', { count: formatCount(read.missing) })}</p>}
      {open === undefined && <p className="meeting-muted">{t('meeting.drill.unopenable')}</p>}
      <ul className="meeting-drill-list" data-testid="drill-list">
        {read.concerns.slice(0, shown).map((concern) => (
          <li key={concern.id} className="meeting-drill-item">
            <span className="meeting-drill-summary">{concern.summary}</span>
            <span className="meeting-drill-meta">
              <time dateTime={concern.createdAt}>{formatDateTime(concern.createdAt)}</time>
              <PriorityBadge priority={concern.priority} />
              <span>{t(`status.${concern.status}`)}</span>
            </span>
            {open !== undefined && (
              <button
                type="button"
                className="meeting-small"
                aria-label={`${t('meeting.drill.open')}: ${concern.summary}`}
                // The dialog stays as it is: the open concern replaces the view, and the way back shows this list again (meeting-memory.ts).
                onClick={() => open(concern.id)}
              >
                {t('meeting.drill.open')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <button type="button" className="button button-secondary" onClick={() => setShown((n) => n + PAGE)}>
          {t('meeting.drill.more', { count: formatCount(Math.min(PAGE, rest)) })}
        </button>
      )}
    </div>
  );
}
