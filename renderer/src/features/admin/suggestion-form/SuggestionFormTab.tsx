/**
 * The "Suggestion form" tab: whether the office's public suggestion form takes submissions, the categories it
 * offers, and how to preview and embed it, from the settings fetched each time the tab opens. Until they arrive
 * it shows their shape; when the server cannot be reached, why, and "Try again".
 */
import type { ReactNode } from 'react';
import type { SuggestionFormSettings as Settings } from '@shared/api/suggestion-form';
import { Skeleton } from '../../../components/Skeleton';
import { t } from '../../../i18n';
import { ProblemBanner } from '../ProblemBanner';
import { useRemoteValue } from '../useRemoteValue';
import type { SuggestionFormAdminApi } from './suggestion-form-api';
import { SuggestionFormEmbed } from './SuggestionFormEmbed';
import { SuggestionFormSettings } from './SuggestionFormSettings';

/** Props: the API and the server's address (for the full addresses). */
export interface SuggestionFormTabProps {
  api: SuggestionFormAdminApi;
  serverUrl: string;
}

/** The tab's content. */
export function SuggestionFormTab({ api, serverUrl }: SuggestionFormTabProps): ReactNode {
  const settings = useRemoteValue(() => api.getSuggestionForm());
  const value = settings.value;
  const replace = (saved: Settings) => settings.update(() => saved);
  return (
    <div className="admin-tab">
      <ProblemBanner problem={settings.problem} onRetry={settings.reload} kept="none" />
      {value === undefined ? (
        settings.isLoading && <Skeleton rows={4} label={t('suggestionForm.loading')} />
      ) : (
        <>
          <SuggestionFormSettings api={api} settings={value} onSaved={replace} />
          <SuggestionFormEmbed serverUrl={serverUrl} settings={value} />
        </>
      )}
    </div>
  );
}
