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
import { frameEmbedScript } from '../public/embed-script';

/** The script's text for an office; `title` is the iframe's accessible name. */
export function formEmbedScript(title: string): string {
  return frameEmbedScript({
    comment: "suggestion form embed. Puts the office's suggestion form here in an iframe.",
    relativeUrl: '../suggest?embed=1',
    minHeight: 400,
    defaultHeight: 1500,
    isLazy: false,
    title,
  });
}
