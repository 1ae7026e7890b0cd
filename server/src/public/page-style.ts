/**
 * The public page's only style sheet, inlined and allowed by its hash in the page's CSP (headers.ts), so the page
 * needs no other request and no 'unsafe-inline'. Light and dark follow the visitor's system; every colour pair
 * passes WCAG 2.2 AA (4.5:1 for text, 3:1 for borders and the focus ring). Works from 320 px phones up.
 */

/** The CSS text. */
export const PAGE_STYLE = `
:root{color-scheme:light dark;--bg:#ffffff;--fg:#1b1f23;--muted:#4a5560;--line:#8a949e;--card:#f6f8fa;--link:#0b5cad;--focus:#0b5cad;
--s-in-progress-bg:#e3eefb;--s-in-progress-fg:#0b3d73;--s-planned-bg:#efe9fb;--s-planned-fg:#4a2a83;--s-done-bg:#e3f3e8;--s-done-fg:#1e5631;
--s-proposed-bg:#eef0f2;--s-proposed-fg:#343c45;--s-declined-bg:#fbe9e9;--s-declined-fg:#7a1c1c;--bar:#0b5cad}
@media (prefers-color-scheme:dark){:root{--bg:#121417;--fg:#e8eaed;--muted:#b4bcc5;--line:#7c8691;--card:#1c2026;--link:#8cc4ff;--focus:#8cc4ff;
--s-in-progress-bg:#15304f;--s-in-progress-fg:#cfe4ff;--s-planned-bg:#2d2146;--s-planned-fg:#e2d6ff;--s-done-bg:#173522;--s-done-fg:#cdeed8;
--s-proposed-bg:#2a2f36;--s-proposed-fg:#e1e5ea;--s-declined-bg:#3f1b1b;--s-declined-fg:#ffd7d7;--bar:#8cc4ff}}
*{box-sizing:border-box}
html{font-size:100%;-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;overflow-wrap:anywhere}
a{color:var(--link);text-underline-offset:.15em}
a:focus-visible,main:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:2px}
.skip{position:absolute;left:.5rem;top:-4rem;padding:.5rem .75rem;background:var(--bg);color:var(--link);border:2px solid var(--focus);z-index:1}
.skip:focus{top:.5rem}
.wrap{max-width:60rem;margin:0 auto;padding:1rem}
.banner{border-bottom:1px solid var(--line)}
.banner .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.75rem 1rem}
.banner img{max-height:3rem;max-width:10rem;width:auto;height:auto}
.office{font-weight:600;font-size:1.125rem;margin:0;flex:1 1 12rem}
h1{font-size:1.75rem;line-height:1.25;margin:.5rem 0 .75rem}
h2{font-size:1.375rem;line-height:1.3;margin:2rem 0 .25rem}
h3{font-size:1.125rem;line-height:1.35;margin:0 0 .5rem}
h4{font-size:1rem;margin:1rem 0 .25rem}
.intro{max-width:42rem}
.muted,.group-intro{color:var(--muted)}
.group-intro{margin:0 0 1rem}
nav ul{list-style:none;padding:0;margin:1rem 0;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem}
.projects{list-style:none;padding:0;margin:0;display:grid;gap:1rem}
@media (min-width:48rem){.projects{grid-template-columns:repeat(2,minmax(0,1fr))}}
.project{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:1rem;height:100%}
.badges{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 .75rem;padding:0;list-style:none;font-size:.9375rem}
.badge{display:inline-block;padding:.125rem .5rem;border-radius:1rem;font-weight:600}
.status-in-progress{background:var(--s-in-progress-bg);color:var(--s-in-progress-fg)}
.status-planned{background:var(--s-planned-bg);color:var(--s-planned-fg)}
.status-done{background:var(--s-done-bg);color:var(--s-done-fg)}
.status-proposed{background:var(--s-proposed-bg);color:var(--s-proposed-fg)}
.status-declined{background:var(--s-declined-bg);color:var(--s-declined-fg)}
.raised{padding:.125rem 0;color:var(--muted)}
.summary p{margin:0 0 .75rem}
.progress{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem .75rem;margin:.5rem 0}
.progress label{font-weight:600}
progress{flex:1 1 8rem;height:.75rem;accent-color:var(--bar);border:1px solid var(--line);border-radius:.375rem;background:var(--bg);overflow:hidden}
progress::-webkit-progress-bar{background:var(--bg)}
progress::-webkit-progress-value{background:var(--bar)}
progress::-moz-progress-bar{background:var(--bar)}
dl.dates{display:grid;grid-template-columns:max-content 1fr;gap:.125rem .75rem;margin:.75rem 0 0}
dl.dates dt{color:var(--muted)}
dl.dates dd{margin:0}
.milestones{margin:0;padding-left:1.25rem}
.milestones li{margin:.125rem 0}
.mark{font-weight:600}
footer{border-top:1px solid var(--line);margin-top:2rem}
footer p{margin:.25rem 0}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important}}
`;
