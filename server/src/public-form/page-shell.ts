/**
 * The frame of the form's pages (form, thank-you, status, errors): the public page's style sheet with the form's
 * additions, inlined and allowed by its hash, the office's banner (left out inside an iframe, where the website
 * has its own), a skip link and one main landmark. And their Content-Security-Policy: no script at all, forms
 * posted only to this server, framed only by the websites the office listed on its public page.
 */
import { createHash } from 'node:crypto';
import { escapeMarkup } from '../public/escape';
import { PAGE_STYLE } from '../public/page-style';
import { FORM_STYLE } from './form-style';
import { FORM_MESSAGES as M } from './messages';
import type { FormOffice } from './settings';

const STYLE = `${PAGE_STYLE}${FORM_STYLE}`;
const STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`;

/** The CSP of the form's pages. */
export function formContentSecurityPolicy(embedOrigins: readonly string[]): string {
  return [
    "default-src 'none'",
    `style-src ${STYLE_HASH}`,
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${embedOrigins.length === 0 ? "'none'" : embedOrigins.join(' ')}`,
  ].join('; ');
}

/** One page of the form. */
export interface ShellOptions {
  readonly title: string;
  /** undefined on an error page without an office. */
  readonly office: FormOffice | undefined;
  readonly isEmbedded: boolean;
  /** The main landmark's content, already escaped. */
  readonly body: string;
}

function banner(office: FormOffice | undefined, isEmbedded: boolean): string {
  if (office === undefined || isEmbedded) return '';
  const logo = office.hasLogo ? `<img src="/public/${escapeMarkup(encodeURIComponent(office.slug))}/suggest/logo" alt="${escapeMarkup(M.logoAlt(office.name))}">` : '';
  const back = office.websiteUrl === '' ? '' : `<a href="${escapeMarkup(office.websiteUrl)}">${escapeMarkup(M.backToWebsite(office.name))}</a>`;
  return `<header class="banner"><div class="wrap">${logo}<p class="office">${escapeMarkup(office.name)}</p>${back}</div></header>`;
}

/** The whole page. */
export function renderShell(options: ShellOptions): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${escapeMarkup(options.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">${escapeMarkup(M.skipLink)}</a>
${banner(options.office, options.isEmbedded)}
<main id="main" tabindex="-1"><div class="wrap narrow">
${options.body}
</div></main>
</body>
</html>
`;
}

/** The suffix that keeps the next page inside the iframe: '?embed=1' or ''. */
export function embedQuery(isEmbedded: boolean): string {
  return isEmbedded ? '?embed=1' : '';
}
