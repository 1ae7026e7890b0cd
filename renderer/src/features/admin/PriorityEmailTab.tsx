/**
 * The "Priority email" tab: the office settings of the priority lane, fetched each time the tab opens. Until
 * they arrive it shows their shape; when the server cannot be reached, why, and "Try again".
 */
import type { ReactNode } from 'react';
import { Skeleton } from '../../components/Skeleton';
import { t } from '../../i18n';
import type { OfficeApi } from '../../office/office-api';
import { PriorityEmailForm } from './PriorityEmailForm';
import { ProblemBanner } from './ProblemBanner';
import { useRemoteValue } from './useRemoteValue';

/** Props: the API. */
export interface PriorityEmailTabProps {
  api: OfficeApi;
}

/** The tab's content. */
export function PriorityEmailTab({ api }: PriorityEmailTabProps): ReactNode {
  const settings = useRemoteValue(() => api.getOfficeSettings());
  return (
    <div className="admin-tab">
      <ProblemBanner problem={settings.problem} onRetry={settings.reload} kept="none" />
      {settings.value === undefined ? (
        settings.isLoading && <Skeleton rows={6} label={t('priorityEmail.loading')} />
      ) : (
        <PriorityEmailForm api={api} settings={settings.value} />
      )}
    </div>
  );
}
