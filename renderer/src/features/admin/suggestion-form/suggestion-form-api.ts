/**
 * What the "Suggestion form" tab asks the office server (shared/api/suggestion-form.ts). The office API client
 * implements it once its two methods are added (renderer/src/office/office-api.ts, not this feature's file);
 * until then the tab is not shown.
 */
import type { SuggestionFormSettings, UpdateSuggestionFormRequest } from '@shared/api/suggestion-form';
import type { OfficeApi } from '../../../office/office-api';

/** The suggestion form's calls of the office API (admins). */
export interface SuggestionFormAdminApi {
  getSuggestionForm(): Promise<SuggestionFormSettings>;
  saveSuggestionForm(input: UpdateSuggestionFormRequest): Promise<SuggestionFormSettings>;
}

/** True when this office API client has the suggestion form's calls. */
export function hasSuggestionFormApi(api: OfficeApi): api is OfficeApi & SuggestionFormAdminApi {
  const calls = api as Partial<SuggestionFormAdminApi>;
  return typeof calls.getSuggestionForm === 'function' && typeof calls.saveSuggestionForm === 'function';
}
