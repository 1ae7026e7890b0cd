/**
 * The office's suggestion form (issue 9): a public page where people make suggestions or raise concerns, which
 * become concerns with the web-form channel. Its settings are for the office's admins only.
 *
 *   GET /api/admin/suggestion-form   ← { "settings": SuggestionFormSettings }
 *   PUT /api/admin/suggestion-form   → UpdateSuggestionFormRequest   ← 200 { "settings": SuggestionFormSettings }
 *
 * Public, no login, for an office whose form is turned on (anything else is a 404 page in plain words); <slug>
 * is the public page's address (shared/api/public-page.ts), which the form shares:
 *   GET  /public/<slug>/suggest             the form (HTML, no script; ?embed=1 inside an iframe)
 *   POST /public/<slug>/suggest             application/x-www-form-urlencoded → the thank-you page with the reference
 *   GET  /public/<slug>/status[?ref=…]      the status of a submission by its reference
 *   GET  /public/<slug>/suggest/embed.js    a script that puts the form in an iframe where its tag is
 *
 * Example PUT body: { "isEnabled": true, "categories": ["Streetlights", "Parks and green spaces", "Other"] }
 */
import { z } from 'zod';
import { CategoryNameSchema } from '../domain/settings';

/** Limits of the public form's requests and of the settings. */
export const SUGGESTION_FORM_LIMITS = {
  /** Largest form body in bytes: every field at its limit fits, with room for encoding. */
  bodyBytes: 64 * 1024,
  /** Most categories the form offers. */
  categories: 50,
  /** Fewest seconds between the form being served and submitted: people take longer, scripts do not. */
  minSecondsToSubmit: 3,
  /** Most seconds a served form stays valid for a submission. */
  maxSecondsToSubmit: 6 * 60 * 60,
} as const;

/** Schema of the settings an admin saves. */
export const UpdateSuggestionFormRequestSchema = z.strictObject({
  isEnabled: z.boolean({ error: 'Say whether the form is on (true or false)' }),
  /** The categories offered, in this order; [] offers none (people then choose nothing). */
  categories: z
    .array(CategoryNameSchema, { error: 'List the categories as texts' })
    .max(SUGGESTION_FORM_LIMITS.categories, `Offer at most ${SUGGESTION_FORM_LIMITS.categories} categories`)
    .refine((list) => new Set(list.map((c) => c.toLowerCase())).size === list.length, 'List each category once'),
});
/** The settings an admin saves. */
export type UpdateSuggestionFormRequest = z.input<typeof UpdateSuggestionFormRequestSchema>;
/** The settings an admin saves, as parsed. */
export type SuggestionFormUpdate = z.output<typeof UpdateSuggestionFormRequestSchema>;

/** Schema of the settings as the server gives them to admins. */
export const SuggestionFormSettingsSchema = z.object({
  isEnabled: z.boolean(),
  categories: z.array(z.string()),
  /** True while no list was saved: the categories are the app's defaults. */
  hasDefaultCategories: z.boolean(),
  /** The form's path on this server, like /public/town-hall/suggest. */
  formPath: z.string(),
  /** The status lookup's path, like /public/town-hall/status. */
  statusPath: z.string(),
  /** The embed script's path, like /public/town-hall/suggest/embed.js. */
  embedScriptPath: z.string(),
  /** The websites that may frame the form: the public page's list (edited there). */
  embedOrigins: z.array(z.string()),
});
/** The settings as the server gives them to admins. */
export type SuggestionFormSettings = z.infer<typeof SuggestionFormSettingsSchema>;

/** Schema of the admin routes' answer. */
export const SuggestionFormResponseSchema = z.object({ settings: SuggestionFormSettingsSchema });
/** The admin routes' answer. */
export type SuggestionFormResponse = z.infer<typeof SuggestionFormResponseSchema>;

/** The names of the public form's fields, as posted. */
export const SUGGESTION_FIELDS = {
  summary: 'summary',
  details: 'details',
  category: 'category',
  address: 'address',
  area: 'area',
  name: 'name',
  email: 'email',
  phone: 'phone',
  consentToContact: 'consent_contact',
  consentToUpdates: 'consent_newsletter',
  /** The signed form token (when it was served, for which office). */
  token: 'form_token',
  /** The honeypot: hidden from people, filled by bots. */
  honeypot: 'website',
} as const;

/** The form's path for an office's slug. */
export function suggestionFormPath(slug: string): string {
  return `/public/${encodeURIComponent(slug)}/suggest`;
}

/** The status lookup's path for an office's slug. */
export function suggestionStatusPath(slug: string): string {
  return `/public/${encodeURIComponent(slug)}/status`;
}
