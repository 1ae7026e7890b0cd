/**
 * What the form's pages add to the public page's style sheet (page-style.ts): fields, hints and errors, the
 * error summary, check boxes, the button and the reference number. Same colour variables, so light and dark
 * follow the visitor's system and every pair passes WCAG 2.2 AA; inputs are 16 px or more, so phones do not zoom.
 */

/** The CSS text, appended to PAGE_STYLE. */
export const FORM_STYLE = `
:root{--error:#b3261e;--error-bg:#fdecea;--input-bg:#ffffff;--button:#0b5cad;--button-fg:#ffffff}
@media (prefers-color-scheme:dark){:root{--error:#ffb4ab;--error-bg:#3b1512;--input-bg:#1c2026;--button:#8cc4ff;--button-fg:#0b1726}}
.narrow{max-width:40rem}
form{margin:1rem 0 2rem}
fieldset{border:0;padding:0;margin:1.5rem 0 0}
legend{font-weight:700;font-size:1.25rem;padding:0;margin:0 0 .5rem}
.field{margin:0 0 1.25rem}
.field label,.label{display:block;font-weight:600;margin:0 0 .25rem}
.hint{display:block;color:var(--muted);margin:0 0 .375rem}
.error-message{display:block;color:var(--error);font-weight:600;margin:0 0 .375rem}
input[type=text],input[type=email],input[type=tel],select,textarea{display:block;width:100%;font:inherit;font-size:max(1rem,16px);
color:var(--fg);background:var(--input-bg);border:2px solid var(--line);border-radius:.25rem;padding:.5rem .625rem}
textarea{min-height:8rem;resize:vertical}
.field-error input,.field-error select,.field-error textarea{border-color:var(--error)}
.field-error{border-left:4px solid var(--error);padding-left:.75rem}
input:focus-visible,select:focus-visible,textarea:focus-visible,button:focus-visible,.error-summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.check{display:flex;gap:.625rem;align-items:flex-start;margin:0 0 .75rem}
.check input{width:1.375rem;height:1.375rem;margin:.125rem 0 0;flex:none;accent-color:var(--button)}
.check label{font-weight:400;margin:0}
button{font:inherit;font-weight:700;font-size:1.0625rem;background:var(--button);color:var(--button-fg);border:2px solid transparent;
border-radius:.375rem;padding:.625rem 1.25rem;cursor:pointer;min-height:2.75rem}
button:hover{text-decoration:underline}
.error-summary{border:3px solid var(--error);background:var(--error-bg);border-radius:.375rem;padding:1rem;margin:1rem 0}
.error-summary h2{margin:0 0 .5rem;font-size:1.25rem}
.error-summary ul{margin:0;padding-left:1.25rem}
.error-summary a{color:var(--fg);font-weight:600}
.hp{display:none}
.visually-hidden{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.reference{font-size:1.125rem;margin:1rem 0 .25rem}
.reference strong{display:inline-block;font-size:1.75rem;letter-spacing:.08em;font-family:ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace;
padding:.25rem .75rem;border:2px solid var(--line);border-radius:.375rem;background:var(--card)}
.result{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:1.5rem 0}
.result h2{margin-top:0}
.not-found{border-left:4px solid var(--error);padding:.25rem 0 .25rem .75rem}
.inline{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}
.inline input{flex:1 1 12rem;width:auto}
`;
