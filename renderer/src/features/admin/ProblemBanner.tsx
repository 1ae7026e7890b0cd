/**
 * A failed call to the office server, at the top of a form or a tab: the server's own words, and when it could
 * not be reached, that nothing was lost; and when trying again may help, a button for it.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { CircleExclamationPoint, RefreshCw } from 'lucide-react';
import { t } from '../../i18n';
import type { ApiProblem } from './api-problem';

/** Props: the problem (nothing shows without one) and what "Try again" does. */
export interface ProblemBannerProps {
  problem: ApiProblem | undefined;
  onRetry?: () => void;
  /** What the offline note says was kept: what was typed (forms), the list as last seen (tabs), or nothing to say. */
  kept?: 'typed' | 'list' | 'none';
}

/**
 * The region is always there and only its content changes, so screen readers announce each new problem. The
 * banner shows only what is left once the fields have their messages, so it may be empty.
 */
export function ProblemBanner({ problem, onRetry, kept = 'typed' }: ProblemBannerProps): ReactNode {
  const isShown = problem !== undefined && (problem.message !== undefined || problem.isOffline);
  const ref = useRef<HTMLDivElement>(null);
  // A form's Submit may sit a scroll away from its top, where this appears.
  useEffect(() => {
    if (isShown) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [isShown, problem]);
  return (
    <div ref={ref} role="alert" className="admin-alert">
      {isShown && (
        <div className="problem admin-problem">
          <CircleExclamationPoint className="problem-icon" size={20} aria-hidden />
          <div className="admin-problem-body">
            {problem.message !== undefined && <p className="problem-title">{problem.message}</p>}
            {problem.isOffline && kept !== 'none' && <p>{t(kept === 'typed' ? 'admin.offline.keptTyped' : 'admin.offline.keptList')}</p>}
            {problem.canRetry && onRetry !== undefined && (
              <Button className="button button-secondary" onPress={onRetry}>
                <RefreshCw size={18} aria-hidden />
                {t('admin.retry')}
              </Button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
