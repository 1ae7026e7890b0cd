/**
 * The suggestion form as HTML: no script. Labels on every field, hints and errors tied to their field by
 * aria-describedby, aria-invalid on a field in error, and the errors summarised at the top in a box that takes
 * the focus (autofocus: no script needed) with a link to each field, as the GOV.UK pattern does. The person's
 * text is put back after a refusal, escaped. The honeypot is a field people never see (display: none, so no
 * screen reader or keyboard reaches it either) and bots fill in.
 */
import { LIMITS } from '@shared/domain/limits';
import { SUGGESTION_FIELDS, suggestionFormPath, suggestionStatusPath } from '@shared/api/suggestion-form';
import { MAX_SUBMISSION_DETAILS } from '../intake/intake';
import { escapeMarkup } from '../public/escape';
import { FORM_MESSAGES as M } from './messages';
import { embedQuery, renderShell } from './page-shell';
import { TEXT_FIELDS, type FormProblems, type FormValues, type TextField } from './parse-form';
import type { FormOffice } from './settings';

/** A form page to show. */
export interface FormView {
  readonly office: FormOffice;
  readonly values: FormValues;
  readonly problems: FormProblems;
  readonly isEmbedded: boolean;
}

const e = escapeMarkup;
const idOf = (field: TextField) => `f-${field}`;

function describedBy(field: TextField, hasHint: boolean, problem: string | undefined): string {
  const ids = [hasHint ? `${idOf(field)}-hint` : '', problem === undefined ? '' : `${idOf(field)}-error`].filter((id) => id !== '');
  return ids.length === 0 ? '' : ` aria-describedby="${ids.join(' ')}"`;
}

interface FieldSpec {
  readonly field: TextField;
  readonly label: string;
  readonly hint?: string;
  readonly control: (attributes: string) => string;
}

function fieldBlock(view: FormView, spec: FieldSpec): string {
  const problem = view.problems[spec.field];
  const hint = spec.hint === undefined ? '' : `<span class="hint" id="${idOf(spec.field)}-hint">${e(spec.hint)}</span>`;
  const error = problem === undefined ? '' : `<span class="error-message" id="${idOf(spec.field)}-error"><span class="visually-hidden">Error: </span>${e(problem)}</span>`;
  const attributes = `id="${idOf(spec.field)}" name="${SUGGESTION_FIELDS[spec.field]}"${describedBy(spec.field, spec.hint !== undefined, problem)}${problem === undefined ? '' : ' aria-invalid="true"'}`;
  return `<div class="field${problem === undefined ? '' : ' field-error'}">
<label for="${idOf(spec.field)}">${e(spec.label)}</label>${hint}${error}
${spec.control(attributes)}
</div>`;
}

function textInput(view: FormView, field: TextField, type: string, max: number, extra = ''): (attributes: string) => string {
  return (attributes) => `<input type="${type}" ${attributes} value="${e(view.values.text[field])}" maxlength="${max}"${extra}>`;
}

function categorySelect(view: FormView): (attributes: string) => string {
  const chosen = view.values.text.category;
  const options = [`<option value="">${e(M.categoryNone)}</option>`]
    .concat(view.office.categories.map((c) => `<option value="${e(c)}"${c === chosen ? ' selected' : ''}>${e(c)}</option>`))
    .join('');
  return (attributes) => `<select ${attributes}>${options}</select>`;
}

function errorSummary(problems: FormProblems): string {
  const listed = TEXT_FIELDS.filter((f) => problems[f] !== undefined);
  if (listed.length === 0 && problems.form === undefined) return '';
  const general = problems.form === undefined ? '' : `<li>${e(problems.form)}</li>`;
  const items = general + listed.map((f) => `<li><a href="#${idOf(f)}">${e(problems[f] ?? '')}</a></li>`).join('');
  return `<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
<h2 id="error-summary-title">${e(M.errorSummary)}</h2><ul>${items}</ul></div>`;
}

function check(name: string, id: string, label: string, isChecked: boolean): string {
  return `<div class="check"><input type="checkbox" id="${id}" name="${name}" value="yes"${isChecked ? ' checked' : ''}><label for="${id}">${e(label)}</label></div>`;
}

function formFields(view: FormView): string {
  const v = view.values;
  const about = [
    fieldBlock(view, { field: 'summary', label: M.summaryLabel, hint: M.summaryHint, control: textInput(view, 'summary', 'text', LIMITS.summary, ' required') }),
    fieldBlock(view, {
      field: 'details',
      label: M.detailsLabel,
      hint: M.detailsHint,
      control: (a) => `<textarea ${a} rows="6" maxlength="${MAX_SUBMISSION_DETAILS}">${e(v.text.details)}</textarea>`,
    }),
    view.office.categories.length === 0 ? '' : fieldBlock(view, { field: 'category', label: M.categoryLabel, control: categorySelect(view) }),
  ];
  const place = [
    fieldBlock(view, { field: 'address', label: M.addressLabel, control: textInput(view, 'address', 'text', LIMITS.address, ' autocomplete="street-address"') }),
    fieldBlock(view, { field: 'area', label: M.areaLabel, control: textInput(view, 'area', 'text', LIMITS.area) }),
  ];
  const contact = [
    fieldBlock(view, { field: 'name', label: M.nameLabel, control: textInput(view, 'name', 'text', LIMITS.name, ' autocomplete="name"') }),
    fieldBlock(view, { field: 'email', label: M.emailLabel, control: textInput(view, 'email', 'email', LIMITS.email, ' autocomplete="email" spellcheck="false"') }),
    fieldBlock(view, { field: 'phone', label: M.phoneLabel, control: textInput(view, 'phone', 'tel', LIMITS.phone, ' autocomplete="tel"') }),
  ];
  return `<fieldset><legend>${e(M.aboutLegend)}</legend>${about.join('\n')}</fieldset>
<fieldset><legend>${e(M.placeLegend)}</legend>${place.join('\n')}</fieldset>
<fieldset aria-describedby="contact-hint"><legend>${e(M.contactLegend)}</legend>
<p class="hint" id="contact-hint">${e(M.contactHint)}</p>
${contact.join('\n')}
<fieldset><legend class="label">${e(M.consentLegend)}</legend>
${check(SUGGESTION_FIELDS.consentToContact, 'f-consent-contact', M.consentContactLabel, v.consentToContact)}
${check(SUGGESTION_FIELDS.consentToUpdates, 'f-consent-newsletter', M.consentNewsletterLabel, v.consentToUpdates)}
</fieldset></fieldset>`;
}

/** The form page. */
export function renderForm(view: FormView): string {
  const { office, isEmbedded } = view;
  const hasProblems = Object.keys(view.problems).length > 0;
  const action = `${suggestionFormPath(office.slug)}${embedQuery(isEmbedded)}`;
  const body = `<h1>${e(M.formHeading)}</h1>
<p>${e(M.formIntro(office.name))}</p>
${errorSummary(view.problems)}
<form method="post" action="${e(action)}" novalidate accept-charset="utf-8">
<input type="hidden" name="${SUGGESTION_FIELDS.token}" value="${e(view.values.token)}">
<div class="hp"><label for="f-website">${e(M.honeypotLabel)}</label><input type="text" id="f-website" name="${SUGGESTION_FIELDS.honeypot}" value="" tabindex="-1" autocomplete="off"></div>
${formFields(view)}
<button type="submit">${e(M.submit)}</button>
</form>
<p><a href="${e(`${suggestionStatusPath(office.slug)}${embedQuery(isEmbedded)}`)}">${e(M.checkLink)}</a></p>`;
  const title = `${hasProblems ? M.errorTitlePrefix : ''}${M.formTitle(office.name)}`;
  return renderShell({ title, office, isEmbedded, body });
}
