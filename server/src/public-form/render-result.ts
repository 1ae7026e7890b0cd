/**
 * The pages after the form: the thank-you page with the reference number, what happens next and the status
 * link; the status lookup (a reference box, and with ?ref= the status in plain words and the public notes only);
 * and the error pages in the form's style. Every text is escaped, the reference as typed too.
 */
import { suggestionFormPath, suggestionStatusPath } from '@shared/api/suggestion-form';
import { formatReference } from '../intake/reference';
import type { PublicSubmissionStatus } from '../intake/status';
import { escapeMarkup } from '../public/escape';
import { paragraphs, timeElement } from '../public/format';
import { PUBLIC_MESSAGES } from '../public/messages';
import { FORM_MESSAGES as M } from './messages';
import { embedQuery, renderShell } from './page-shell';
import type { FormOffice } from './settings';

const e = escapeMarkup;

/** The thank-you page for a submission with this (canonical) reference. */
export function renderThanks(office: FormOffice, reference: string, isEmbedded: boolean): string {
  const shown = formatReference(reference);
  const statusHref = `${suggestionStatusPath(office.slug)}?ref=${encodeURIComponent(shown)}${isEmbedded ? '&embed=1' : ''}`;
  const body = `<h1>${e(M.thanksHeading)}</h1>
<p class="reference">${e(M.referenceIntro)} <strong>${e(shown)}</strong></p>
<p>${e(M.referenceKeep)}</p>
<h2>${e(M.nextHeading)}</h2>
<ul><li>${e(M.nextRead(office.name))}</li><li>${e(M.nextEmail)}</li><li>${e(M.nextStatus)}</li></ul>
<p><a href="${e(statusHref)}">${e(M.statusLinkText)}</a></p>
<p><a href="${e(`${suggestionFormPath(office.slug)}${embedQuery(isEmbedded)}`)}">${e(M.anotherLink)}</a></p>`;
  return renderShell({ title: M.thanksTitle(office.name), office, isEmbedded, body });
}

/** What the status page shows under its box. */
export type StatusOutcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'not-found'; readonly typed: string }
  | { readonly kind: 'found'; readonly status: PublicSubmissionStatus };

function row(term: string, value: string): string {
  return value === '' ? '' : `<dt>${e(term)}</dt><dd>${value}</dd>`;
}

function projectsBlock(office: FormOffice, status: PublicSubmissionStatus, isEmbedded: boolean): string {
  if (status.projects.length === 0) return '';
  const target = isEmbedded ? ' target="_blank" rel="noopener"' : '';
  const items = status.projects.map(
    (p) => `<li><h4>${e(p.title)}</h4>
<p><span class="muted">${e(M.projectStatus)}:</span> ${e(PUBLIC_MESSAGES.status[p.status])}${p.status === 'declined' || p.status === 'proposed' ? '' : `, ${e(PUBLIC_MESSAGES.progressText(p.progress))}`}</p>
${paragraphs(p.summary)}</li>`,
  );
  return `<h3>${e(M.projectsHeading)}</h3><p>${e(M.projectsIntro)}</p><ul>${items.join('')}</ul>
<p><a href="/public/${e(encodeURIComponent(office.slug))}/"${target}>${e(M.publicListLink)}</a></p>`;
}

function resultBlock(office: FormOffice, outcome: StatusOutcome, isEmbedded: boolean): string {
  if (outcome.kind === 'none' || outcome.kind === 'missing') return '';
  if (outcome.kind === 'not-found') {
    return `<div class="result not-found" role="status"><p>${e(M.notFound(outcome.typed))}</p></div>`;
  }
  const s = outcome.status;
  const merged = s.isMerged ? `<p>${e(M.mergedNote)}</p>` : '';
  return `<section class="result" aria-labelledby="result-heading">
<h2 id="result-heading">${e(M.resultHeading(formatReference(s.reference)))}</h2>
<dl class="dates">${row(M.statusLabel, e(M.statusWords[s.status]))}${row(M.receivedLabel, timeElement(s.receivedAt.toISOString()))}${row(M.categoryResultLabel, e(s.category))}${row(M.answeredLabel, s.firstResponseAt === null ? '' : timeElement(s.firstResponseAt))}</dl>
${merged}
${projectsBlock(office, s, isEmbedded)}
</section>`;
}

/** The status page: the reference box (with what was typed), and the outcome of a lookup. */
export function renderStatus(office: FormOffice, typed: string, outcome: StatusOutcome, isEmbedded: boolean): string {
  const isMissing = outcome.kind === 'missing';
  const error = isMissing ? `<span class="error-message" id="f-ref-error"><span class="visually-hidden">Error: </span>${e(M.refMissing)}</span>` : '';
  const body = `<h1>${e(M.statusHeading)}</h1>
<form method="get" action="${e(suggestionStatusPath(office.slug))}">
${isEmbedded ? '<input type="hidden" name="embed" value="1">' : ''}
<div class="field${isMissing ? ' field-error' : ''}"><label for="f-ref">${e(M.refLabel)}</label>
<span class="hint" id="f-ref-hint">${e(M.refHint)}</span>${error}
<div class="inline"><input type="text" id="f-ref" name="ref" value="${e(typed)}" maxlength="40" autocomplete="off" spellcheck="false" autocapitalize="characters" aria-describedby="f-ref-hint${isMissing ? ' f-ref-error' : ''}"${isMissing ? ' aria-invalid="true" autofocus' : ''}>
<button type="submit">${e(M.refSubmit)}</button></div></div>
</form>
${resultBlock(office, outcome, isEmbedded)}
<p><a href="${e(`${suggestionFormPath(office.slug)}${embedQuery(isEmbedded)}`)}">${e(M.anotherLink)}</a></p>`;
  return renderShell({ title: M.statusTitle(office.name), office, isEmbedded, body });
}

/** An error page in the form's style, in plain words, with no details. */
export function renderFormError(office: FormOffice | undefined, title: string, message: string, isEmbedded = false): string {
  return renderShell({ title, office, isEmbedded, body: `<h1>${e(title)}</h1>\n<p>${e(message)}</p>` });
}
