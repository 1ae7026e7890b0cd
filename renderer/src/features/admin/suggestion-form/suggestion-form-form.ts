/**
 * The "Suggestion form" settings as the form holds them (categories typed one per line), checked with the
 * shared schema, the conversions between the form and the API, and the two snippets an office pastes into its
 * website: an iframe of the form and the script tag that adds one.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { CategoryNameSchema } from '@shared/domain/settings';
import { SUGGESTION_FORM_LIMITS, type SuggestionFormSettings, type UpdateSuggestionFormRequest } from '@shared/api/suggestion-form';

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The form's schema: on or off, and the categories as lines of text. */
export const SuggestionFormFormSchema = z.object({
  isEnabled: z.boolean(),
  categories: z.string().superRefine((text, ctx) => {
    const list = lines(text);
    if (list.length > SUGGESTION_FORM_LIMITS.categories) ctx.addIssue({ code: 'custom', message: `Offer at most ${SUGGESTION_FORM_LIMITS.categories} categories` });
    for (const line of list) {
      const parsed = CategoryNameSchema.safeParse(line);
      if (!parsed.success) ctx.addIssue({ code: 'custom', message: `${line.slice(0, 40)}: ${parsed.error.issues[0]?.message ?? 'not a category name'}` });
    }
    const lower = list.map((c) => c.toLowerCase());
    const twice = list.find((c, i) => lower.indexOf(c.toLowerCase()) !== i);
    if (twice !== undefined) ctx.addIssue({ code: 'custom', message: `${twice} is listed twice: list each category once` });
  }),
});

/** What the form holds while editing. */
export type SuggestionFormInput = z.input<typeof SuggestionFormFormSchema>;
/** What the form gives on submit. */
export type SuggestionFormValues = z.output<typeof SuggestionFormFormSchema>;

/** The form filled in from the settings the server gave. */
export function toSuggestionFormInput(settings: SuggestionFormSettings): SuggestionFormInput {
  return { isEnabled: settings.isEnabled, categories: settings.categories.join('\n') };
}

/** The PUT body for the form's values. */
export function toSuggestionFormRequest(values: SuggestionFormValues): UpdateSuggestionFormRequest {
  return { isEnabled: values.isEnabled, categories: lines(values.categories) };
}

/** The form field a server issue's dotted path is about ("categories.3" is the categories box). */
export function suggestionFormFieldOf(path: string): FieldPath<SuggestionFormInput> | undefined {
  const head = path.split('.')[0];
  return (['isEnabled', 'categories'] as const).find((field) => field === head);
}

/** A path's full address on the office server, like https://notebook.town.example/public/town-hall/suggest. */
export function fullUrl(serverUrl: string, path: string): string {
  return `${serverUrl.replace(/\/+$/, '')}${path}`;
}

function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The iframe to paste into a website: sized for the form on a phone, titled for screen readers. */
export function formIframeSnippet(formUrl: string, title: string): string {
  return `<iframe src="${attribute(`${formUrl}?embed=1`)}" title="${attribute(title)}" width="100%" height="1500" referrerpolicy="no-referrer" style="border:0;width:100%;max-width:100%"></iframe>`;
}

/** The script tag to paste where the form should appear: it adds the same iframe there. */
export function formScriptSnippet(scriptUrl: string): string {
  return `<script src="${attribute(scriptUrl)}" data-height="1500" async></script>`;
}
