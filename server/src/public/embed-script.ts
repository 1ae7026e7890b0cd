/**
 * The embed script (/public/<slug>/embed.js): an office website pastes one <script> tag where the list should
 * appear, and the script puts the page there in an iframe, sized, titled and lazily loaded. It finds the page
 * beside its own address (so it works whatever the server is called) and reads an optional data-height (in
 * pixels, 300 to 4000; 900 when absent). It reads nothing from the website and sends nothing to the server.
 *
 *   <script src="https://notebook.town.example/public/town-hall/embed.js" data-height="1200" async></script>
 *
 * With async, document.currentScript is still the tag itself while it runs (it is null only in modules and
 * callbacks), so the iframe lands where the tag is.
 */
import { safeJson } from './escape';

/** What differs between the embeds: what they put in, where it is beside the script, and its height. */
export interface EmbedFrame {
  /** The script's opening comment: what it embeds. */
  readonly comment: string;
  /** The embedded page's address relative to the script's own ('./?embed=1'). */
  readonly relativeUrl: string;
  /** data-height's bounds and the height when it is absent, in pixels. */
  readonly minHeight: number;
  readonly defaultHeight: number;
  /** Load the frame only when it scrolls near (a list further down a page); a form at the top loads at once. */
  readonly isLazy: boolean;
  /** The iframe's accessible name. */
  readonly title: string;
}

// The address is ours, written in code, never a setting: anything else in it is a mistake worth a throw.
function relativeUrlOf(frame: EmbedFrame): string {
  if (!/^[./a-z?=0-9-]+$/.test(frame.relativeUrl)) throw new Error(`Not an embed address: ${frame.relativeUrl}`);
  return frame.relativeUrl;
}

/** An embed script's text: finds its own tag, and puts the frame right after it, titled and sized. */
export function frameEmbedScript(frame: EmbedFrame): string {
  return `/* Civic Notebook: ${frame.comment.replace(/\*\//g, '')} */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.parentNode || script.getAttribute('data-embedded') === 'true') return;
  script.setAttribute('data-embedded', 'true');
  var asked = parseInt(script.getAttribute('data-height') || '', 10);
  var height = isFinite(asked) ? Math.min(4000, Math.max(${frame.minHeight}, asked)) : ${frame.defaultHeight};
  var frame = document.createElement('iframe');
  frame.src = new URL('${relativeUrlOf(frame)}', script.src).href;
  frame.title = ${safeJson(frame.title)};${frame.isLazy ? "\n  frame.loading = 'lazy';" : ''}
  frame.referrerPolicy = 'no-referrer';
  frame.height = String(height);
  frame.style.width = '100%';
  frame.style.maxWidth = '100%';
  frame.style.height = height + 'px';
  frame.style.border = '0';
  frame.style.display = 'block';
  script.parentNode.insertBefore(frame, script.nextSibling);
})();
`;
}

/** The public status list's script for an office; `title` is the iframe's accessible name. */
export function embedScript(title: string): string {
  return frameEmbedScript({
    comment: '"You said, we did" embed. Puts the office\'s public status list here in an iframe.',
    relativeUrl: './?embed=1',
    minHeight: 300,
    defaultHeight: 900,
    isLazy: true,
    title,
  });
}
