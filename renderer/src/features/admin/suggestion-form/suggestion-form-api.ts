/**
 * What the "Suggestion form" tab asks the office server (shared/api/suggestion-form.ts). The office API client
 * (renderer/src/office/office-api.ts) implements it.
 */
import type { SuggestionFormSettings, UpdateSuggestionFormRequest } from '@shared/api/suggestion-form';

/** The suggestion form's calls of the office API (admins). */
export interface SuggestionFormAdminApi {
  getSuggestionForm(): Promise<SuggestionFormSettings>;
  saveSuggestionForm(input: UpdateSuggestionFormRequest): Promise<SuggestionFormSettings>;
}
