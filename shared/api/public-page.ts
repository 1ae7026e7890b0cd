/**
 * The office's public status list ("you said, we did", issue 7): the settings admins edit, and its addresses.
 * The page itself needs no login; its settings are for the office's admins only.
 *
 *   GET    /api/admin/public-page        ← { "settings": PublicPageSettings }
 *   PUT    /api/admin/public-page        → UpdatePublicPageRequest   ← 200 { "settings": PublicPageSettings }
 *   PUT    /api/admin/public-page/logo   → the image's bytes (PNG, JPEG or WebP, at most 256 KB)   ← 200 { "settings" }
 *   DELETE /api/admin/public-page/logo   ← 200 { "settings" }
 *
 * Public, no login, for an office whose page is published (anything else is a 404 page in plain words):
 *   /public/<slug>/             the page (HTML, no script)     /public/<slug>/feed.json   JSON Feed 1.1
 *   /public/<slug>/feed.rss     RSS 2.0                        /public/<slug>/feed.atom   Atom
 *   /public/<slug>/logo         the logo                        /public/<slug>/embed.js    the embed script
 * The office's id works in place of its slug, so an address handed out before a slug change keeps working.
 *
 * Example PUT body:
 *   { "slug": "town-hall", "displayName": "Town Hall of Elmford", "introduction": "What you told us, and what we did.",
 *     "websiteUrl": "https://elmford.example", "isPublished": true, "embedOrigins": ["https://elmford.example"] }
 */
import { z } from 'zod';
import { TimestampSchema } from '../domain/concern';

/** Limits of the settings' texts and lists. */
export const PUBLIC_PAGE_LIMITS = {
  slug: 48,
  displayName: 120,
  introduction: 1000,
  websiteUrl: 500,
  embedOrigins: 10,
  /** Largest logo in bytes: a logo is shown small, and the page must stay light on a phone. */
  logoBytes: 256 * 1024,
} as const;

/** The image types a logo may be (never SVG: it can carry script). */
export const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
/** Schema of a logo's type. */
export const LogoTypeSchema = z.enum(LOGO_TYPES);
/** A logo's type. */
export type LogoType = z.infer<typeof LogoTypeSchema>;

const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;
const NO_CONTROL_CHARACTERS = /^[^\p{Cc}]*$/u;
// Line breaks and tabs are how an introduction is laid out; other control characters are never meant.
const ONLY_LAYOUT_CONTROLS = /^(?:[^\p{Cc}]|[\t\n\r])*$/u;

/** Schema of the page's address in /public/<slug>/: lower-case letters, digits and dashes. */
export const PublicSlugSchema = z
  .string({ error: 'Enter the address as text' })
  .trim()
  .min(1, 'Enter the address of the page, like town-hall')
  .max(PUBLIC_PAGE_LIMITS.slug, `The address can be at most ${PUBLIC_PAGE_LIMITS.slug} characters`)
  .regex(SLUG_PATTERN, 'Use only lower-case letters, digits and dashes, starting and ending with a letter or digit, like town-hall');

/** True when a text can be a slug (the public routes check an address with it before any database read). */
export function isPublicSlug(text: string): boolean {
  return text.length <= PUBLIC_PAGE_LIMITS.slug && SLUG_PATTERN.test(text);
}

/** A web address is https, or http on a local test machine, with no user name or password in it. */
function isWebAddress(text: string): boolean {
  const match = /^(https?):\/\/([^/?#@\s]+)(?:[/?#][^\s]*)?$/i.exec(text);
  return match !== null && (match[1]?.toLowerCase() === 'https' || /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i.test(match[2] ?? ''));
}

/** Schema of the link back to the office's website; '' for none. */
export const WebsiteUrlSchema = z
  .string({ error: 'Enter the website address as text' })
  .trim()
  .max(PUBLIC_PAGE_LIMITS.websiteUrl, `The website address can be at most ${PUBLIC_PAGE_LIMITS.websiteUrl} characters`)
  .refine((v) => v === '' || isWebAddress(v), 'Enter the full address of the office website, starting with https://, like https://town.example');

const ORIGIN_PATTERN = /^https:\/\/[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:\d{1,5})?$|^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/;

/** Schema of one website origin allowed to embed the page: scheme, host and port only, like https://town.example. */
export const EmbedOriginSchema = z
  .string({ error: 'Enter each website as text' })
  .trim()
  .transform((v) => v.toLowerCase().replace(/\/+$/, ''))
  .refine((v) => ORIGIN_PATTERN.test(v), 'Enter a website as https:// and its name only, like https://town.example (no path)');

/** Schema of the settings an admin saves. */
export const UpdatePublicPageRequestSchema = z.strictObject({
  slug: PublicSlugSchema,
  /** The name shown at the top; '' shows the office's own name. */
  displayName: z
    .string({ error: 'Enter the name as text' })
    .trim()
    .max(PUBLIC_PAGE_LIMITS.displayName, `The name can be at most ${PUBLIC_PAGE_LIMITS.displayName} characters`)
    .regex(NO_CONTROL_CHARACTERS, 'The name cannot contain control characters'),
  introduction: z
    .string({ error: 'Enter the introduction as text' })
    .trim()
    .max(PUBLIC_PAGE_LIMITS.introduction, `The introduction can be at most ${PUBLIC_PAGE_LIMITS.introduction} characters`)
    .regex(ONLY_LAYOUT_CONTROLS, 'The introduction cannot contain control characters (other than line breaks and tabs)'),
  websiteUrl: WebsiteUrlSchema,
  isPublished: z.boolean({ error: 'Say whether the page is published (true or false)' }),
  embedOrigins: z
    .array(EmbedOriginSchema, { error: 'List the websites that may embed the page' })
    .max(PUBLIC_PAGE_LIMITS.embedOrigins, `List at most ${PUBLIC_PAGE_LIMITS.embedOrigins} websites`)
    .refine((list) => new Set(list).size === list.length, 'List each website once'),
});
/** The settings an admin saves. */
export type UpdatePublicPageRequest = z.input<typeof UpdatePublicPageRequestSchema>;
/** The settings an admin saves, as parsed. */
export type PublicPageUpdate = z.output<typeof UpdatePublicPageRequestSchema>;

/** Schema of the settings as the server gives them to admins. */
export const PublicPageSettingsSchema = z.object({
  slug: z.string(),
  displayName: z.string(),
  /** The office's own name, shown when displayName is ''. */
  officeName: z.string(),
  introduction: z.string(),
  websiteUrl: z.string(),
  isPublished: z.boolean(),
  embedOrigins: z.array(z.string()),
  /** The logo's type, size and when it was uploaded; null for none. */
  logo: z.object({ type: LogoTypeSchema, bytes: z.int(), updatedAt: TimestampSchema }).nullable(),
  /** The page's path on this server, like /public/town-hall/. */
  path: z.string(),
});
/** The settings as the server gives them to admins. */
export type PublicPageSettings = z.infer<typeof PublicPageSettingsSchema>;

/** Schema of the admin routes' answer. */
export const PublicPageResponseSchema = z.object({ settings: PublicPageSettingsSchema });
/** The admin routes' answer. */
export type PublicPageResponse = z.infer<typeof PublicPageResponseSchema>;

/** The path of an office's public page (and of its feeds, logo and embed script after it). */
export function publicPagePath(slug: string): string {
  return `/public/${encodeURIComponent(slug)}/`;
}
