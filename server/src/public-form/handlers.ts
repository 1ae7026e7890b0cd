/**
 * What the form's routes do, apart from HTTP plumbing (routes/suggestion-form.ts): serve the form with a fresh
 * token, take a submission, look up a status. Each returns the status code and the page to send.
 *
 * A submission is refused, with the form shown again (what was typed kept, errors by field), for a token that is
 * missing, forged, too fresh or too old, and for the person's mistakes; nothing is stored then. A filled-in
 * honeypot is answered as if the submission were taken, with a reference number that was never stored: telling
 * a bot it was caught only teaches it which field to leave empty next time, and a person never sees the field.
 */
import type { Db } from '../db/db';
import { findByReference, intakeConcern, IntakeInvalid } from '../intake/intake';
import { MAX_TYPED_REFERENCE_LENGTH, newReference } from '../intake/reference';
import { concernStatusOf } from '../intake/status';
import { checkFormToken, signFormToken, type TokenProblem } from './form-token';
import { FORM_MESSAGES as M } from './messages';
import { checkForm, emptyValues, problemsOfIssues, submissionOf, type FormProblems, type FormValues } from './parse-form';
import { renderForm } from './render-form';
import { renderStatus, renderThanks, type StatusOutcome } from './render-result';
import type { FormOffice } from './settings';

/** A page to send. */
export interface Page {
  readonly status: number;
  readonly html: string;
}

/** The empty form, with a token issued now. */
export async function formPage(db: Db, office: FormOffice, isEmbedded: boolean): Promise<Page> {
  const values = emptyValues(await signFormToken(db, office.officeId));
  return { status: 200, html: renderForm({ office, values, problems: {}, isEmbedded }) };
}

function tokenMessage(problem: TokenProblem): string {
  return problem === 'too-fast' ? M.errors.tokenTooFast : M.errors.tokenStale;
}

async function refused(db: Db, office: FormOffice, values: FormValues, problems: FormProblems, isEmbedded: boolean, keepToken: boolean): Promise<Page> {
  const token = keepToken ? values.token : await signFormToken(db, office.officeId);
  return { status: 400, html: renderForm({ office, values: { ...values, token }, problems, isEmbedded }) };
}

/** Takes a submission: the thank-you page, or the form again with what is wrong. */
export async function submitForm(db: Db, office: FormOffice, values: FormValues, isEmbedded: boolean): Promise<Page> {
  if (values.honeypot !== '') return { status: 200, html: renderThanks(office, newReference(), isEmbedded) };
  const tokenProblem = await checkFormToken(db, office.officeId, values.token);
  if (tokenProblem !== undefined) {
    // A fresh token: the person can send again at once after checking (it is at least as old as their reading).
    return refused(db, office, values, { form: tokenMessage(tokenProblem), ...checkForm(values, office.categories) }, isEmbedded, false);
  }
  const problems = checkForm(values, office.categories);
  if (Object.keys(problems).length > 0) return refused(db, office, values, problems, isEmbedded, true);
  try {
    const { reference } = await intakeConcern(db, office.officeId, submissionOf(values, new Date()));
    return { status: 200, html: renderThanks(office, reference, isEmbedded) };
  } catch (error) {
    if (!(error instanceof IntakeInvalid)) throw error;
    return refused(db, office, values, problemsOfIssues(error.issues), isEmbedded, true);
  }
}

/** The status page: the box alone, or with the lookup of `typed` (undefined: nothing asked yet). */
export async function statusPage(db: Db, office: FormOffice, typed: string | undefined, isEmbedded: boolean): Promise<Page> {
  if (typed === undefined) return { status: 200, html: renderStatus(office, '', { kind: 'none' }, isEmbedded) };
  const shown = typed.trim().slice(0, MAX_TYPED_REFERENCE_LENGTH);
  if (shown === '') return { status: 400, html: renderStatus(office, '', { kind: 'missing' }, isEmbedded) };
  // Only this office's submissions: another office's reference is as unknown here as a made-up one.
  const found = typed.length > MAX_TYPED_REFERENCE_LENGTH ? undefined : await findByReference(db, typed, office.officeId);
  const outcome: StatusOutcome = found === undefined ? { kind: 'not-found', typed: shown } : { kind: 'found', status: await concernStatusOf(db, found) };
  return { status: found === undefined ? 404 : 200, html: renderStatus(office, shown, outcome, isEmbedded) };
}
