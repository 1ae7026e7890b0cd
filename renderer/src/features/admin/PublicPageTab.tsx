/**
 * The "Public page" tab: the settings of the office's public status list ("you said, we did"), its logo, and
 * how to preview and embed it, from the settings fetched each time the tab opens. Until they arrive it shows
 * their shape; when the server cannot be reached, why, and "Try again".
 */
import type { ReactNode } from 'react';
import type { PublicPageSettings } from '@shared/api/public-page';
import { Skeleton } from '../../components/Skeleton';
import { t } from '../../i18n';
import type { OfficeApi } from '../../office/office-api';
import { ProblemBanner } from './ProblemBanner';
import { PublicPageEmbed } from './PublicPageEmbed';
import { PublicPageForm } from './PublicPageForm';
import { PublicPageLogo } from './PublicPageLogo';
import { useRemoteValue } from './useRemoteValue';
import './public-page-tab.css';

/** Props: the API. */
export interface PublicPageTabProps {
  api: OfficeApi;
}

/** The tab's content. */
export function PublicPageTab({ api }: PublicPageTabProps): ReactNode {
  const settings = useRemoteValue(() => api.getPublicPage());
  const value = settings.value;
  const replace = (saved: PublicPageSettings) => settings.update(() => saved);
  return (
    <div className="admin-tab">
      <ProblemBanner problem={settings.problem} onRetry={settings.reload} kept="none" />
      {value === undefined ? (
        settings.isLoading && <Skeleton rows={6} label={t('publicPage.loading')} />
      ) : (
        <>
          <PublicPageForm api={api} settings={value} onSaved={replace} />
          <PublicPageLogo api={api} settings={value} onSaved={replace} />
          <PublicPageEmbed serverUrl={api.baseUrl} settings={value} />
        </>
      )}
    </div>
  );
}
