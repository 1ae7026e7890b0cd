/** What a good history file holds, before it is imported: rows, months, categories, channels, places. */
import type { ReactNode } from 'react';
import { t } from '../../../i18n';
import type { HistoryPreview } from './check-history';

const SHOWN = 8;

function listOf(entries: readonly (readonly [string, number])[], label: (key: string) => string): string {
  const shown = entries.slice(0, SHOWN).map(([key, count]) => `${label(key)} (${count.toLocaleString()})`);
  const more = entries.length - SHOWN;
  return more > 0 ? `${shown.join(', ')}, ${t('historyImport.preview.more', { count: more })}` : shown.join(', ');
}

/** The preview as a description list. */
export function HistoryPreviewList({ preview, already }: { preview: HistoryPreview; already: number }): ReactNode {
  const months =
    preview.months === 1
      ? t('historyImport.preview.oneMonth', { first: preview.firstMonth })
      : t('historyImport.preview.monthRange', { first: preview.firstMonth, last: preview.lastMonth, count: preview.months });
  return (
    <dl className="history-import-preview">
      <dt>{t('historyImport.preview.rows')}</dt>
      <dd>{preview.rows.toLocaleString()}</dd>
      <dt>{t('historyImport.preview.months')}</dt>
      <dd>{months}</dd>
      <dt>{t('historyImport.preview.categories')}</dt>
      <dd>{listOf(preview.categories, (c) => (c === '' ? t('historyImport.preview.noCategory') : c))}</dd>
      <dt>{t('historyImport.preview.channels')}</dt>
      <dd>{listOf(preview.channels, (c) => t(`channel.${c}` as 'channel.other'))}</dd>
      <dt>{t('historyImport.preview.areas')}</dt>
      <dd>{t('historyImport.preview.areaCount', { count: preview.areas.toLocaleString() })}</dd>
      <dt>{t('historyImport.preview.already')}</dt>
      <dd>{t('historyImport.preview.alreadyCount', { count: already.toLocaleString(), total: preview.rows.toLocaleString() })}</dd>
    </dl>
  );
}
