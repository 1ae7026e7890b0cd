/**
 * The "Public page" form: the public status list's settings (shared/api/public-page.ts) as the form holds them,
 * checked with the shared schemas, the conversions between the form and the API, and the embed snippets an
 * office pastes into its website. The websites allowed to embed the page are typed one per line.
 */
import type { FieldPath } from 'react-hook-form';
import { z } from 'zod';
import { EmbedOriginSchema, PUBLIC_PAGE_LIMITS, UpdatePublicPageRequestSchema, type PublicPageSettings, type UpdatePublicPageRequest } from '@shared/api/public-page';

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The form's schema: the request's, with the embedding websites as lines of text. */
export const PublicPageFormSchema = UpdatePublicPageRequestSchema.extend({
  embedOrigins: z.string().superRefine((text, ctx) => {
    const list = lines(text);
    if (list.length > PUBLIC_PAGE_LIMITS.embedOrigins) {
      ctx.addIssue({ code: 'custom', message: `List at most ${PUBLIC_PAGE_LIMITS.embedOrigins} websites` });
    }
    for (const line of list) {
      const parsed = EmbedOriginSchema.safeParse(line);
      if (!parsed.success) ctx.addIssue({ code: 'custom', message: `${line}: ${parsed.error.issues[0]?.message ?? 'not a website address'}` });
    }
  }),
});

/** What the form holds while editing. */
export type PublicPageInput = z.input<typeof PublicPageFormSchema>;
/** What the form gives on submit. */
export type PublicPageValues = z.output<typeof PublicPageFormSchema>;

/** The form filled in from the settings the server gave. */
export function toPublicPageInput(settings: PublicPageSettings): PublicPageInput {
  return {
    slug: settings.slug,
    displayName: settings.displayName,
    introduction: settings.introduction,
    websiteUrl: settings.websiteUrl,
    isPublished: settings.isPublished,
    embedOrigins: settings.embedOrigins.join('\n'),
  };
}

/** The PUT body for the form's values. */
export function toPublicPageRequest(values: PublicPageValues): UpdatePublicPageRequest {
  return { ...values, embedOrigins: [...new Set(lines(values.embedOrigins).map((o) => o.toLowerCase().replace(/\/+$/, '')))] };
}

/** The form field a server issue's dotted path is about ("embedOrigins.2" is the websites box). */
export function publicPageFieldOf(path: string): FieldPath<PublicPageInput> | undefined {
  const head = path.split('.')[0];
  return (['slug', 'displayName', 'introduction', 'websiteUrl', 'isPublished', 'embedOrigins'] as const).find((field) => field === head);
}

/** The page's full address on the office server, like https://notebook.town.example/public/town-hall/. */
export function publicPageUrl(serverUrl: string, path: string): string {
  return `${serverUrl.replace(/\/+$/, '')}${path}`;
}

function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The iframe to paste into a website: sized, titled for screen readers, loaded when scrolled near. */
export function iframeSnippet(pageUrl: string, title: string): string {
  return `<iframe src="${attribute(`${pageUrl}?embed=1`)}" title="${attribute(title)}" width="100%" height="900" loading="lazy" referrerpolicy="no-referrer" style="border:0;width:100%;max-width:100%"></iframe>`;
}

/** The script tag to paste where the list should appear: it adds the same iframe there. */
export function scriptSnippet(pageUrl: string): string {
  return `<script src="${attribute(`${pageUrl}embed.js`)}" data-height="900" async></script>`;
}
