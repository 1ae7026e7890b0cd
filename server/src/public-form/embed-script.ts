/**
 * The form's embed script (/public/<slug>/suggest/embed.js): an office website pastes one <script> tag where
 * the form should appear, and the script puts the form there in an iframe, titled and sized. It finds the form
 * beside its own address (so it works whatever the server is called) and reads an optional data-height (in
 * pixels, 400 to 4000; 1500 when absent, the form's height on a phone). It reads nothing from the website and
 * sends nothing to the server. The office lists the website on its public page settings, or the browser refuses
 * to show the frame (frame-ancestors).
 *
 *   <script src="https://notebook.town.example/public/town-hall/suggest/embed.js" async></script>
 */
import { safeJson } from '../public/escape';

/** The script's text for an office; `title` is the iframe's accessible name. */
export function formEmbedScript(title: string): string {
  return `/* Civic Notebook: suggestion form embed. Puts the office's suggestion form here in an iframe. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.parentNode || script.getAttribute('data-embedded') === 'true') return;
  script.setAttribute('data-embedded', 'true');
  var asked = parseInt(script.getAttribute('data-height') || '', 10);
  var height = isFinite(asked) ? Math.min(4000, Math.max(400, asked)) : 1500;
  var frame = document.createElement('iframe');
  frame.src = new URL('../suggest?embed=1', script.src).href;
  frame.title = ${safeJson(title)};
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
