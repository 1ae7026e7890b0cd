/**
 * Reading a posted suggestion: the urlencoded body into the form's values (each known field at most once; a
 * repeated one makes the whole body unreadable, since which copy was meant cannot be known), then the checks
 * that speak to the person in their words, field by field. The intake core checks the concern again with the
 * desks' schema (intake/submission.ts); its findings are mapped back onto the form's fields here too.
 */
import { isPhoneNumber } from '@shared/domain/concern';
import { LIMITS } from '@shared/domain/limits';
import { SUGGESTION_FIELDS } from '@shared/api/suggestion-form';
import { MAX_SUBMISSION_DETAILS, type IntakeIssue, type IntakeSubmission } from '../intake/intake';
import { FORM_MESSAGES as M } from './messages';

/** The text fields of the form. */
export const TEXT_FIELDS = ['summary', 'details', 'category', 'address', 'area', 'name', 'email', 'phone'] as const;
/** A text field of the form. */
export type TextField = (typeof TEXT_FIELDS)[number];

/** What the person entered. */
export interface FormValues {
  readonly text: Readonly<Record<TextField, string>>;
  readonly consentToContact: boolean;
  readonly consentToUpdates: boolean;
  readonly token: string;
  /** The honeypot's value: anything but '' means a bot filled it. */
  readonly honeypot: string;
}

/** Problems by field, and 'form' for one with the whole form (the summary lists them in the form's order). */
export type FormProblems = Partial<Record<TextField | 'form', string>>;

/** The values of a form nobody has filled in. */
export function emptyValues(token: string): FormValues {
  const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, ''])) as Record<TextField, string>;
  return { text, consentToContact: false, consentToUpdates: false, token, honeypot: '' };
}

const KNOWN = new Set<string>(Object.values(SUGGESTION_FIELDS));

/** The body's values, or undefined when it repeats a field of the form. Unknown fields are ignored. */
export function readForm(body: string): FormValues | undefined {
  const params = new URLSearchParams(body);
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!KNOWN.has(key)) continue;
    if (seen.has(key)) return undefined;
    seen.add(key);
  }
  const get = (name: string) => params.get(name) ?? '';
  const text = Object.fromEntries(TEXT_FIELDS.map((f) => [f, get(SUGGESTION_FIELDS[f])])) as Record<TextField, string>;
  return {
    text,
    consentToContact: params.has(SUGGESTION_FIELDS.consentToContact),
    consentToUpdates: params.has(SUGGESTION_FIELDS.consentToUpdates),
    token: get(SUGGESTION_FIELDS.token),
    honeypot: get(SUGGESTION_FIELDS.honeypot),
  };
}

function tooLong(value: string, max: number): boolean {
  return value.trim().length > max;
}

/** The person's mistakes, by field, in their words; {} when there are none. */
export function checkForm(values: FormValues, categories: readonly string[]): FormProblems {
  const t = values.text;
  const problems: FormProblems = {};
  if (t.summary.trim() === '') problems.summary = M.errors.summaryMissing;
  else if (tooLong(t.summary, LIMITS.summary)) problems.summary = M.errors.summaryLong;
  if (t.details.trim().length > MAX_SUBMISSION_DETAILS) problems.details = M.errors.detailsLong;
  if (t.category !== '' && !categories.includes(t.category)) problems.category = M.errors.categoryUnknown;
  if (tooLong(t.address, LIMITS.address)) problems.address = M.errors.addressLong;
  if (tooLong(t.area, LIMITS.area)) problems.area = M.errors.areaLong;
  if (tooLong(t.name, LIMITS.name)) problems.name = M.errors.nameLong;
  const email = t.email.trim();
  const phone = t.phone.trim();
  if (email !== '' && (email.length > LIMITS.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))) problems.email = M.errors.emailInvalid;
  else if (email === '' && values.consentToUpdates) problems.email = M.errors.emailForNewsletter;
  else if (email === '' && phone === '' && values.consentToContact) problems.email = M.errors.contactNeedsWay;
  if (phone !== '' && (phone.length > LIMITS.phone || !isPhoneNumber(phone))) problems.phone = 'Enter a phone number with 7 to 15 digits, like 555 014 2368';
  return problems;
}

const PATH_TO_FIELD: Readonly<Record<string, TextField | 'form'>> = {
  summary: 'summary',
  details: 'details',
  category: 'category',
  'location.address': 'address',
  'location.area': 'area',
  'contact.name': 'name',
  'contact.email': 'email',
  'contact.phone': 'phone',
};

/** The intake's findings on the form's fields (anything it finds elsewhere goes on the summary). */
export function problemsOfIssues(issues: readonly IntakeIssue[]): FormProblems {
  const problems: FormProblems = {};
  for (const issue of issues) {
    const field = PATH_TO_FIELD[issue.path] ?? 'form';
    problems[field] ??= issue.message;
  }
  return problems;
}

/** The intake submission the values ask for, received now. */
export function submissionOf(values: FormValues, receivedAt: Date): IntakeSubmission {
  const t = values.text;
  return {
    source: 'web-form',
    channel: 'web-form',
    author: 'Web form',
    receivedAt,
    summary: t.summary,
    details: t.details.trim(),
    category: t.category,
    location: { address: t.address, area: t.area },
    contact: { name: t.name, email: t.email, phone: t.phone, consentToContact: values.consentToContact, consentToUpdates: values.consentToUpdates },
  };
}
