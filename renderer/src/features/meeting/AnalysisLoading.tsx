/**
 * The meeting view while the worker runs: what it is doing in words ("Reading 12,000 concerns… finding
 * themes…") and a progress bar, and the shape of the dashboard to come. The page stays usable meanwhile.
 */
import type { ReactNode } from 'react';
import type { Month } from '@shared/domain/meeting';
import { monthName } from '@shared/patterns/months';
import { t } from '../../i18n';
import type { RunProgress } from './analysis/protocol';
import { progressWords } from './format-figures';

/** The progress of the period's first run. */
export function AnalysisLoading({ period, progress, concerns }: { period: Month; progress: RunProgress | undefined; concerns: number }): ReactNode {
  const { words, fraction } = progressWords(progress, concerns);
  const percent = Math.round(fraction * 100);
  return (
    <div className="meeting-loading" data-testid="meeting-loading">
      <h3 className="meeting-loading-title" id="meeting-progress-label">
        {t('meeting.progress.title', { month: monthName(period) })}
      </h3>
      <div className="meeting-progress" role="progressbar" aria-labelledby="meeting-progress-label" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-valuetext={words}>
        <div className="meeting-progress-bar" style={{ width: `${percent}%` }} />
      </div>
      <p className="meeting-loading-words">{words}</p>
      <p className="meeting-muted">{t('meeting.progress.note')}</p>
      <div className="meeting-loading-shape" aria-hidden="true">
        {Array.from({ length: 5 }, (_, i) => (
          <span key={i} className="skeleton-bar meeting-loading-figure" />
        ))}
      </div>
    </div>
  );
}
