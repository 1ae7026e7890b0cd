/**
 * The citizen's automatic acknowledgement (issue 4): one short email, sent once per concern to a citizen who gave
 * an email address and agreed to be contacted, so they know the office has their concern and when to expect a
 * first answer. The office edits its subject and body (office settings); both are templates whose placeholders
 * are filled per concern:
 *
 *   {{office}}      the office's name
 *   {{name}}        the citizen's name, or "citizen" when none was given ("Hello {{name}}," still reads well)
 *   {{summary}}     the concern's summary, on one line
 *   {{reference}}   a short reference the citizen can quote (concernReference)
 *   {{expectedBy}}  when the first response is due under the office's response policy, in its time zone
 *
 * Example: renderAcknowledgement({ subject: 'We have your concern ({{reference}})', body }, values).subject
 *   -> 'We have your concern (9F3AC21B)'
 *
 * Pure: the clock reading (`now`) and the office's policy come in as arguments.
 */
import { z } from 'zod';
import { concernReference } from './reference';
import type { Concern, Contact } from './concern';
import { localTimeOf } from './office-hours';
import { dueAt, type ResponsePolicy } from './response-clock';
import { isoToUnixMs } from '../sync/context';

/** The placeholders a template may use, without their braces. */
export const ACKNOWLEDGEMENT_PLACEHOLDERS = ['office', 'name', 'summary', 'reference', 'expectedBy'] as const;
/** A placeholder's name. */
export type AcknowledgementPlaceholder = (typeof ACKNOWLEDGEMENT_PLACEHOLDERS)[number];
/** The text each placeholder stands for in one acknowledgement. */
export type AcknowledgementValues = Readonly<Record<AcknowledgementPlaceholder, string>>;

/** Most characters of the subject template. */
export const MAX_ACKNOWLEDGEMENT_SUBJECT_LENGTH = 200;
/** Most characters of the body template. */
export const MAX_ACKNOWLEDGEMENT_BODY_LENGTH = 5000;
/** What {{name}} says when the citizen gave no name. */
export const NEUTRAL_NAME = 'citizen';

// `{{ name }}` with spaces inside the braces counts too, so a template that looks right renders right.
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const KNOWN: ReadonlySet<string> = new Set(ACKNOWLEDGEMENT_PLACEHOLDERS);
const LIST = ACKNOWLEDGEMENT_PLACEHOLDERS.map((name) => `{{${name}}}`);
const KNOWN_LIST = `${LIST.slice(0, -1).join(', ')} or ${LIST.at(-1) ?? ''}`;

/** The placeholders in a template that are not ACKNOWLEDGEMENT_PLACEHOLDERS, each once, as written. */
export function unknownPlaceholdersIn(template: string): string[] {
  const unknown = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) if (!KNOWN.has(match[1] ?? '')) unknown.add(`{{${match[1] ?? ''}}}`);
  return [...unknown];
}

function refuseUnknownPlaceholders(template: string, ctx: z.RefinementCtx): void {
  const unknown = unknownPlaceholdersIn(template);
  if (unknown.length === 0) return;
  const which = unknown.length === 1 ? `Unknown placeholder ${unknown[0] ?? ''}` : `Unknown placeholders ${unknown.join(', ')}`;
  ctx.addIssue({ code: 'custom', message: `${which}: use only ${KNOWN_LIST}` });
}

/** Schema of the subject template: one line, 1 to 200 characters, known placeholders only. */
export const AcknowledgementSubjectSchema = z
  .string({ error: 'The subject is text' })
  .trim()
  .min(1, 'Write a subject for the acknowledgement')
  .max(MAX_ACKNOWLEDGEMENT_SUBJECT_LENGTH, `Keep the subject to ${MAX_ACKNOWLEDGEMENT_SUBJECT_LENGTH} characters`)
  .regex(/^[^\p{Cc}]*$/u, 'The subject must fit on one line, without line breaks or tabs')
  .superRefine(refuseUnknownPlaceholders);

/** Schema of the body template: plain text, 1 to 5000 characters, known placeholders only. */
export const AcknowledgementBodySchema = z
  .string({ error: 'The message is text' })
  .trim()
  .min(1, 'Write the message citizens receive')
  .max(MAX_ACKNOWLEDGEMENT_BODY_LENGTH, `Keep the message to ${MAX_ACKNOWLEDGEMENT_BODY_LENGTH} characters`)
  .superRefine(refuseUnknownPlaceholders);

/** Schema of the office's acknowledgement settings: whether it is sent, and its templates. */
export const AcknowledgementSettingsSchema = z.strictObject(
  {
    enabled: z.boolean({ error: 'enabled is true or false' }),
    subject: AcknowledgementSubjectSchema,
    body: AcknowledgementBodySchema,
  },
  // Only for a value that is no object: an unknown key keeps zod's message, which names the key.
  { error: (issue) => (issue.code === 'invalid_type' ? 'Give the acknowledgement as { enabled, subject, body }' : undefined) },
);
/** The office's acknowledgement settings. */
export type AcknowledgementSettings = z.infer<typeof AcknowledgementSettingsSchema>;

/** The subject an office starts with. */
export const DEFAULT_ACKNOWLEDGEMENT_SUBJECT = 'We have received your concern (reference {{reference}})';

/** The message an office starts with. */
export const DEFAULT_ACKNOWLEDGEMENT_BODY = [
  'Hello {{name}},',
  '',
  'Thank you for contacting {{office}}. We have received your concern:',
  '',
  '  {{summary}}',
  '',
  'Its reference is {{reference}}. We aim to give you a first answer by {{expectedBy}}.',
  'If you contact us about it, please quote the reference.',
  '',
  'This message was sent automatically.',
  '',
  '{{office}}',
].join('\n');

/** The settings of an office that never saved any: switched off, with the default texts ready to edit. */
export const DEFAULT_ACKNOWLEDGEMENT_SETTINGS: AcknowledgementSettings = {
  enabled: false,
  subject: DEFAULT_ACKNOWLEDGEMENT_SUBJECT,
  body: DEFAULT_ACKNOWLEDGEMENT_BODY,
};

/** The short reference of a concern (reference.ts), as the {{reference}} placeholder fills it. */
export { concernReference };

/**
 * The address a citizen may be acknowledged at: one was given, they agreed to be contacted and did not ask to stay
 * anonymous. Undefined otherwise.
 */
export function acknowledgementAddressOf(contact: Contact): string | undefined {
  const email = contact.email.trim();
  return email !== '' && contact.consentToContact && !contact.anonymous ? email : undefined;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Wednesday 12 March at 15:00" in the zone, with the year when it is not `now`'s. */
export function plainDateTime(iso: string, zone: string, now: string): string {
  const at = localTimeOf(isoToUnixMs(iso), zone);
  const year = at.year === localTimeOf(isoToUnixMs(now), zone).year ? '' : ` ${at.year}`;
  const time = `${String(at.hour).padStart(2, '0')}:${String(at.minute).padStart(2, '0')}`;
  return `${WEEKDAYS[at.weekday] ?? ''} ${at.day} ${MONTHS[at.month - 1] ?? ''}${year} at ${time}`;
}

/** Text on one line without control characters: a value must never break a subject or smuggle in a header. */
function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\s]+/gu, ' ').trim();
}

/** What the values of one acknowledgement are made from. */
export interface AcknowledgementInput {
  readonly concern: Pick<Concern, 'id' | 'summary' | 'priority' | 'createdAt' | 'contact'>;
  readonly officeName: string;
  /** The office's response policy (its profile's), which says when the first answer is due. */
  readonly policy: ResponsePolicy;
  /** When the acknowledgement is written, ISO 8601 UTC. */
  readonly now: string;
  /**
   * The reference the citizen was already given (the suggestion form's or Open311's reference number), which the
   * email must repeat; the concern's short reference when absent.
   */
  readonly reference?: string;
}

/**
 * The values of a concern's acknowledgement. The first answer is due by the office's target counted from when
 * the concern was logged; when that has already passed (the desk was offline, or an email was added later) it is
 * counted from now instead, so the citizen is never told of a promise already broken.
 */
export function acknowledgementValues({ concern, officeName, policy, now, reference }: AcknowledgementInput): AcknowledgementValues {
  const due = dueAt(concern.createdAt, concern.priority, policy);
  const promised = isoToUnixMs(due) > isoToUnixMs(now) ? due : dueAt(now, concern.priority, policy);
  const name = oneLine(concern.contact.name);
  return {
    office: oneLine(officeName) || 'our office',
    name: name === '' ? NEUTRAL_NAME : name,
    summary: oneLine(concern.summary),
    reference: reference ?? concernReference(concern.id),
    expectedBy: plainDateTime(promised, policy.timeZone, now),
  };
}

/** Fills a template's placeholders; an unknown one (the schema refuses them) is left as written. */
export function fillPlaceholders(template: string, values: AcknowledgementValues): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => (KNOWN.has(name) ? values[name as AcknowledgementPlaceholder] : whole));
}

/** The subject and plain-text body of one acknowledgement. */
export interface RenderedAcknowledgement {
  readonly subject: string;
  readonly body: string;
}

/** Renders the office's templates with a concern's values. */
export function renderAcknowledgement(template: Pick<AcknowledgementSettings, 'subject' | 'body'>, values: AcknowledgementValues): RenderedAcknowledgement {
  return { subject: oneLine(fillPlaceholders(template.subject, values)), body: fillPlaceholders(template.body, values) };
}
