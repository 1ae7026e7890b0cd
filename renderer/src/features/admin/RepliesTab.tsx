/**
 * The "Replies" tab: the reply templates and the response policy for comments, from the office profile fetched
 * each time the tab opens. Until it arrives it shows its shape; when the server cannot be reached, why, and
 * "Try again".
 */
import type { ReactNode } from 'react';
import { Skeleton } from '../../components/Skeleton';
import { t } from '../../i18n';
import type { OfficeApi } from '../../office/office-api';
import { ProblemBanner } from './ProblemBanner';
import { RepliesForm } from './RepliesForm';
import { useRemoteValue } from './useRemoteValue';

/** Props: the API. */
export interface RepliesTabProps {
  api: OfficeApi;
}

/** The tab's content. */
export function RepliesTab({ api }: RepliesTabProps): ReactNode {
  const profile = useRemoteValue(() => api.getOfficeProfile());
  return (
    <div className="admin-tab">
      <ProblemBanner problem={profile.problem} onRetry={profile.reload} kept="none" />
      {profile.value === undefined ? (
        profile.isLoading && <Skeleton rows={6} label={t('replies.loading')} />
      ) : (
        <RepliesForm api={api} profile={profile.value} />
      )}
    </div>
  );
}
