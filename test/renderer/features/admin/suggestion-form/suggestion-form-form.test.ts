/** The "Suggestion form" tab's form: categories one per line, checked as the server checks them; the snippets escape their addresses. */
import { describe, expect, it } from 'vitest';
import { UpdateSuggestionFormRequestSchema } from '@shared/api/suggestion-form';
import {
  formIframeSnippet,
  formScriptSnippet,
  fullUrl,
  suggestionFormFieldOf,
  SuggestionFormFormSchema,
  toSuggestionFormInput,
  toSuggestionFormRequest,
} from '../../../../../renderer/src/features/admin/suggestion-form/suggestion-form-form';

const SETTINGS = {
  isEnabled: false,
  categories: ['Streetlights', 'Noise'],
  hasDefaultCategories: false,
  formPath: '/public/town-hall/suggest',
  statusPath: '/public/town-hall/status',
  embedScriptPath: '/public/town-hall/suggest/embed.js',
  embedOrigins: [],
};

describe('the suggestion form settings form', () => {
  it('turns the typed lines into the request the server takes, blank lines and spaces dropped', () => {
    const values = SuggestionFormFormSchema.parse({ isEnabled: true, categories: '  Streetlights \n\n Noise\r\nParks\n' });
    const request = toSuggestionFormRequest(values);
    expect(request).toEqual({ isEnabled: true, categories: ['Streetlights', 'Noise', 'Parks'] });
    expect(UpdateSuggestionFormRequestSchema.safeParse(request).success).toBe(true);
    expect(toSuggestionFormInput(SETTINGS)).toEqual({ isEnabled: false, categories: 'Streetlights\nNoise' });
  });

  it('refuses a category listed twice (in any case), one too long, and too many', () => {
    const issues = (categories: string) => SuggestionFormFormSchema.safeParse({ isEnabled: true, categories }).error?.issues.map((i) => i.message) ?? [];
    expect(issues('Noise\nnoise')).toEqual(['noise is listed twice: list each category once']);
    expect(issues('x'.repeat(61))[0]).toMatch(/at most 60 characters/);
    expect(issues(Array.from({ length: 51 }, (_, i) => `Topic ${i}`).join('\n'))).toContain('Offer at most 50 categories');
    expect(suggestionFormFieldOf('categories.3')).toBe('categories');
    expect(suggestionFormFieldOf('somethingElse')).toBeUndefined();
  });

  it('makes snippets with the full, escaped addresses', () => {
    const url = fullUrl('https://notebook.town.example/', '/public/town-hall/suggest');
    expect(url).toBe('https://notebook.town.example/public/town-hall/suggest');
    expect(formIframeSnippet(url, 'Say "hi" <now>')).toBe(
      '<iframe src="https://notebook.town.example/public/town-hall/suggest?embed=1" title="Say &quot;hi&quot; &lt;now&gt;" width="100%" height="1500" referrerpolicy="no-referrer" style="border:0;width:100%;max-width:100%"></iframe>',
    );
    expect(formScriptSnippet(`${url}/embed.js`)).toBe('<script src="https://notebook.town.example/public/town-hall/suggest/embed.js" data-height="1500" async></script>');
  });
});
