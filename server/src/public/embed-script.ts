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

/** The script's text for an office; `title` is the iframe's accessible name. */
export function embedScript(title: string): string {
  return `/* Civic Notebook: "You said, we did" embed. Puts the office's public status list here in an iframe. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.parentNode || script.getAttribute('data-embedded') === 'true') return;
  script.setAttribute('data-embedded', 'true');
  var asked = parseInt(script.getAttribute('data-height') || '', 10);
  var height = isFinite(asked) ? Math.min(4000, Math.max(300, asked)) : 900;
  var frame = document.createElement('iframe');
  frame.src = new URL('./?embed=1', script.src).href;
  frame.title = ${safeJson(title)};
  frame.loading = 'lazy';
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
