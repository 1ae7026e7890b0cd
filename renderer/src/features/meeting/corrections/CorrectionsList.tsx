/**
 * The corrections that shaped a theme, each saying who changed what and when, with Undo for those in force
 * (withdrawCorrection) when the person may facilitate. Read live, so an undo at another desk shows here too.
 */
import type { ReactNode } from 'react';
import type { ThemeCorrection } from '@shared/domain/meeting';
import { allCorrections, useLiveQuery } from '../../../db';
import { useDesk } from '../../../app/desk-context';
import { formatDateTime } from '../../../lib/format';
import { t } from '../../../i18n';

/** One correction in words. */
export function describeCorrection(c: ThemeCorrection): string {
  const at = formatDateTime(c.at);
  switch (c.kind) {
    case 'rename':
      return t('meeting.correction.rename', { by: c.by, label: c.label, at });
    case 'merge':
      return t('meeting.correction.merge', { by: c.by, label: c.label, count: c.signatures.length, at });
    case 'split':
      return t('meeting.correction.split', { by: c.by, label: c.label, phrase: c.phrase, at });
    case 'hide':
      return t('meeting.correction.hide', { by: c.by, at });
  }
}

/** The list for the corrections with these ids. */
export function CorrectionsList({ ids, mayFacilitate, onUndo }: { ids: readonly string[]; mayFacilitate: boolean; onUndo: (id: string) => void }): ReactNode {
  const { db } = useDesk();
  const all = useLiveQuery(() => allCorrections(db), [db]);
  const shown = (all ?? []).filter((c) => ids.includes(c.id));
  if (shown.length === 0) return <p className="meeting-muted">{t('meeting.detail.noCorrections')}</p>;
  return (
    <ul className="meeting-corrections" data-testid="corrections">
      {shown.map((c) => (
        <li key={c.id} className={c.withdrawnAt === null ? 'meeting-correction' : 'meeting-correction meeting-correction-withdrawn'}>
          <span>{describeCorrection(c)}</span>
          {c.withdrawnAt !== null && <span className="meeting-muted"> · {t('meeting.correction.withdrawn', { by: c.withdrawnBy ?? '' })}</span>}
          {c.withdrawnAt === null && mayFacilitate && (
            <button type="button" className="meeting-small" aria-label={`${t('meeting.action.undo')}: ${describeCorrection(c)}`} onClick={() => onUndo(c.id)}>
              {t('meeting.action.undo')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
