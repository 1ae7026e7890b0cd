/**
 * The pages a citizen sees after following an unsubscribe link: one small, self-contained, accessible HTML page
 * each (language, title, one heading, a main landmark, a real form and button, readable at any width and in
 * dark mode, visible focus). Every text that is not ours (the office's name) is escaped. A GET shows the confirm
 * form and never unsubscribes: mail scanners open links before people do.
 */
import { escapeHtml } from '@shared/newsletter/render';

/** Which page to show. */
export type UnsubscribePage =
  | { readonly kind: 'confirm'; readonly officeName: string; readonly action: string }
  | { readonly kind: 'done' | 'already'; readonly officeName: string }
  | { readonly kind: 'not-found' | 'too-many' | 'bad-request' };

const STYLE = `
  body { margin: 0; padding: 0 1rem; font: 17px/1.55 -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif; color: #1f2328; background: #f6f7f9; }
  main { max-width: 34rem; margin: 3rem auto; padding: 2rem 1.5rem; background: #fff; border-radius: 8px; }
  h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 1rem; }
  p { margin: 0 0 1rem; }
  button { font: inherit; font-weight: 600; padding: 0.7rem 1.4rem; border: 2px solid #0b57d0; border-radius: 6px; background: #0b57d0; color: #fff; cursor: pointer; }
  button:hover { background: #0842a0; border-color: #0842a0; }
  :focus-visible { outline: 3px solid #1f2328; outline-offset: 3px; }
  @media (prefers-color-scheme: dark) {
    body { background: #0d1117; color: #e6edf3; }
    main { background: #161b22; }
    :focus-visible { outline-color: #e6edf3; }
  }
`;

function page(title: string, body: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<main>\n<h1>${escapeHtml(title)}</h1>\n${body}\n</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

const p = (text: string): string => `<p>${escapeHtml(text)}</p>`;

/** The HTML of a page. */
export function renderUnsubscribePage(view: UnsubscribePage): string {
  switch (view.kind) {
    case 'confirm':
      return page('Stop the monthly newsletter?', [
        p(`Press the button to stop getting the monthly newsletter from ${view.officeName} at this email address.`),
        p('Nothing else changes: the office still answers the concerns you raised.'),
        `<form method="post" action="${escapeHtml(view.action)}">`,
        '<button type="submit">Unsubscribe</button>',
        '</form>',
      ].join('\n'));
    case 'done':
      return page('You are unsubscribed', [
        p(`${view.officeName} will not send you the monthly newsletter at this email address again.`),
        p('If you change your mind, tell the office the next time you contact them.'),
      ].join('\n'));
    case 'already':
      return page('You are already unsubscribed', [
        p(`${view.officeName} does not send the monthly newsletter to this email address any more. There is nothing else to do.`),
      ].join('\n'));
    case 'not-found':
      return page('This unsubscribe link does not work', [
        p('The link may be incomplete: some email programs cut long links in two.'),
        p('Open the link from the newsletter email again, or copy all of it into your browser. You can also reply to the newsletter and ask to be taken off the list.'),
      ].join('\n'));
    case 'too-many':
      return page('Too many tries', p('Wait a minute, then open the link from the newsletter email again.'));
    case 'bad-request':
      return page('That did not work', p('Open the link from the newsletter email again and press the button on that page.'));
  }
}
