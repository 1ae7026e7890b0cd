/**
 * What every rendering of a newsletter issue shares (render.ts): its input, its options, the month in words,
 * the subject as one header-safe line, and the footer's sentences, so the HTML email, the plain text and the
 * Markdown say the same thing.
 */
import type { NewsletterContent } from '../domain/newsletter';
import { isSafeLinkUrl, plainWords, printable } from './render-markup';

/** An issue as the renderers read it: its month and the parts staff edit. */
export type NewsletterIssue = NewsletterContent & { readonly month: string };

/** How to render an issue. */
export interface NewsletterRenderOptions {
  /** The office's name, in the heading and the footer. */
  readonly officeName: string;
  /** The public status list ("you said, we did"), linked in the footer when given. */
  readonly statusListUrl?: string;
  /**
   * The recipient's own unsubscribe link. Absent in desk exports: the footer then says where the link will go
   * when the server sends it (or that the office's mailing tool adds its own).
   */
  readonly unsubscribeUrl?: string;
  /** The office's logo (https), shown above the heading with the office's name as its alt text. */
  readonly logoUrl?: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11" → "November 2026"; anything else is returned as it is (printable). */
export function monthInWords(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  const name = match === null ? undefined : MONTHS[Number(match[2]) - 1];
  return match === null || name === undefined ? printable(month) : `${name} ${match[1]}`;
}

/** Text on one line: no line breaks or control characters, runs of space collapsed (a header cannot carry more). */
export function oneLine(text: string): string {
  return printable(text).replace(/\s+/g, ' ').trim();
}

/** The subject line of an issue, safe for a mail header. */
export function newsletterSubject(issue: NewsletterIssue): string {
  return oneLine(issue.subject);
}

/** The office's name on one line, or a neutral stand-in when none is set. */
export function officeNameOf(options: NewsletterRenderOptions): string {
  return oneLine(options.officeName) || 'Your local office';
}

/** The link, when it is a plain http(s) URL; otherwise undefined, so a bad option is left out rather than written. */
export function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && isSafeLinkUrl(url) ? url : undefined;
}

/** The hidden line mail programs show after the subject in the inbox: the start of the introduction. */
export function preheaderOf(issue: NewsletterIssue): string {
  const words = plainWords(issue.intro) || plainWords(issue.sections[0]?.body ?? '') || newsletterSubject(issue);
  return words.length <= 140 ? words : `${words.slice(0, 139).trimEnd()}…`;
}

/** The footer's sentences, with the links each renderer writes in its own way. */
export interface FooterParts {
  /** Why the reader gets this email. */
  readonly why: string;
  readonly statusList?: { readonly lead: string; readonly text: string; readonly href: string };
  readonly unsubscribe: { readonly lead: string; readonly text: string; readonly href: string } | { readonly note: string };
}

/** The footer's sentences for this office and these options. */
export function footerOf(options: NewsletterRenderOptions): FooterParts {
  const office = officeNameOf(options);
  const statusHref = safeUrl(options.statusListUrl);
  const unsubscribeHref = safeUrl(options.unsubscribeUrl);
  return {
    why: `You get this email from ${office} because you asked for updates when you contacted us.`,
    ...(statusHref === undefined ? {} : { statusList: { lead: 'See what we are doing about what you told us:', text: 'our public status list', href: statusHref } }),
    unsubscribe:
      unsubscribeHref === undefined
        ? { note: 'Each email we send has a link here to unsubscribe: one click, and you get no more newsletters.' }
        : { lead: 'No longer want these emails?', text: 'Unsubscribe', href: unsubscribeHref },
  };
}
