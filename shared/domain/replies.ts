/**
 * Replies to citizens (issue 7): the office's reply templates and its response policy for comments, both kept
 * in the office profile (office-profile.ts) and edited by admins only.
 *
 * A template is plain text with up to four placeholders, written in braces:
 *
 *   {office}    the office's name            {summary}   the concern's summary
 *   {citizen}   the citizen's name, or a neutral word when they are anonymous or unnamed
 *   {project}   a link to (or the title of) the project the concern is part of, when there is one
 *
 *   { "id": "ack-received", "group": "acknowledgement", "title": "We have your message",
 *     "body": "Dear {citizen},\n\nThank you for contacting {office} about \"{summary}\". …" }
 *
 * fillTemplate puts the values in. A line holding a placeholder that has no value is left out whole (no
 * half-finished sentence and never a literal "{project}" goes to a citizen), and the result names each
 * placeholder that stayed empty, so the composer can say so.
 *
 * The response policy for comments (CommentPolicy) says how to handle negative or public comments: when to
 * respond, in what tone, after how many exchanges to move to the phone and whom to involve. It is a different
 * thing from the response policy of response-clock.ts, which sets response TIMES. commentPolicyChecklist turns
 * it into the short checklist the reply composer shows beside a reply on social media or to a negative concern.
 */
import { z } from 'zod';
import type { Concern } from './concern';

/** The groups templates are sorted into, in the order the composer offers them. */
export const REPLY_GROUPS = ['acknowledgement', 'information', 'apology', 'closing'] as const;
/** Schema of a template's group. */
export const ReplyGroupSchema = z.enum(REPLY_GROUPS, {
  error: 'Choose a group for the template: acknowledgement, information, apology or closing',
});
/** A template's group. */
export type ReplyGroup = z.infer<typeof ReplyGroupSchema>;

/** The placeholders a template may use. */
export const REPLY_PLACEHOLDERS = ['office', 'citizen', 'summary', 'project'] as const;
/** One of REPLY_PLACEHOLDERS. */
export type ReplyPlaceholder = (typeof REPLY_PLACEHOLDERS)[number];

/** Limits of the templates and the comment policy. */
export const REPLY_LIMITS = {
  templates: 40,
  title: 80,
  body: 3000,
  policyText: 1000,
  maxExchanges: 20,
} as const;

// Any {word} is meant as a placeholder; other braces (a lone "{" or "{ }") are plain text.
const PLACEHOLDER_PATTERN = /\{([A-Za-z][\w-]*)\}/g;

/** The {placeholders} written in a text, each once, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER_PATTERN), (m) => m[1] ?? ''))];
}

const isKnown = (name: string): name is ReplyPlaceholder => (REPLY_PLACEHOLDERS as readonly string[]).includes(name);
const KNOWN_WORDS = '{office}, {citizen}, {summary} or {project}';

/** Schema of a template's id: letters, digits and dashes (the defaults' are words, new ones UUIDs). */
export const ReplyTemplateIdSchema = z
  .string({ error: 'Expected a template id' })
  .regex(/^[A-Za-z0-9-]{1,64}$/, 'A template id is 1 to 64 letters, digits or dashes');

/** Schema of one reply template. */
export const ReplyTemplateSchema = z.object({
  id: ReplyTemplateIdSchema,
  group: ReplyGroupSchema,
  title: z
    .string({ error: 'Give the template a title' })
    .trim()
    .min(1, 'Give the template a title')
    .max(REPLY_LIMITS.title, `Keep the title under ${REPLY_LIMITS.title} characters`),
  body: z
    .string({ error: 'Write the text of the reply' })
    .trim()
    .min(1, 'Write the text of the reply')
    .max(REPLY_LIMITS.body, `Keep the text under ${REPLY_LIMITS.body} characters`)
    .superRefine((body, ctx) => {
      const unknown = placeholdersIn(body).filter((name) => !isKnown(name));
      if (unknown.length > 0) {
        const named = unknown.map((name) => `{${name}}`).join(', ');
        ctx.addIssue({ code: 'custom', message: `${named} is not a placeholder: use ${KNOWN_WORDS}` });
      }
    }),
});
/** A reply template. */
export type ReplyTemplate = z.infer<typeof ReplyTemplateSchema>;

/** Schema of the office's list of templates: at most REPLY_LIMITS.templates, each id once. */
export const ReplyTemplatesSchema = z
  .array(ReplyTemplateSchema)
  .max(REPLY_LIMITS.templates, `An office can keep at most ${REPLY_LIMITS.templates} reply templates`)
  .superRefine((templates, ctx) => {
    const seen = new Set<string>();
    templates.forEach((template, index) => {
      if (seen.has(template.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: 'Each template id can appear only once' });
      seen.add(template.id);
    });
  });

const policyText = (what: string, isRequired: boolean) => {
  const base = z
    .string({ error: `Write ${what}` })
    .trim()
    .max(REPLY_LIMITS.policyText, `Keep ${what} under ${REPLY_LIMITS.policyText} characters`);
  return isRequired ? base.min(1, `Write ${what}`) : base;
};

/** Schema of the response policy for comments (negative or public ones). */
export const CommentPolicySchema = z.object({
  /** Which comments merit a response. */
  whenToRespond: policyText('which comments merit a response', true),
  /** The tone to answer in. */
  tone: policyText('the tone to answer in', true),
  /** After this many exchanges, the next reply offers a phone call. */
  moveToPhoneAfter: z
    .int({ error: `Give the number of exchanges as a whole number from 1 to ${REPLY_LIMITS.maxExchanges}` })
    .min(1, `Give the number of exchanges as a whole number from 1 to ${REPLY_LIMITS.maxExchanges}`)
    .max(REPLY_LIMITS.maxExchanges, `Give the number of exchanges as a whole number from 1 to ${REPLY_LIMITS.maxExchanges}`),
  /** Whom to involve ('' when nobody in particular). */
  whoToInvolve: policyText('whom to involve', false),
});
/** The response policy for comments. */
export type CommentPolicy = z.infer<typeof CommentPolicySchema>;

/** The policy an office starts with, until an admin writes its own. */
export function defaultCommentPolicy(): CommentPolicy {
  return {
    whenToRespond: 'Answer every question and every complaint about our services. Do not answer insults or spam; report threats.',
    tone: 'Friendly, calm and factual. Thank them, say what happens next, no jargon and no arguing in public.',
    moveToPhoneAfter: 2,
    whoToInvolve: 'Tell your go-to person about anything heated or about staff by name; the press office for journalists.',
  };
}

const template = (id: string, group: ReplyGroup, title: string, lines: readonly string[]): ReplyTemplate => ({ id, group, title, body: lines.join('\n') });

/** The templates an office starts with, a few per group, in plain language. */
export function defaultReplyTemplates(): ReplyTemplate[] {
  const hello = 'Dear {citizen},';
  const bye = ['', 'Kind regards,', '{office}'];
  return [
    template('ack-received', 'acknowledgement', 'We have your message', [hello, '', 'Thank you for contacting us about "{summary}". We have logged it and will come back to you as soon as we can.', ...bye]),
    template('ack-looking', 'acknowledgement', 'We are looking into it', [hello, '', 'Thank you for telling us about "{summary}". The right team is looking into it now, and we will let you know what they find.', ...bye]),
    template('info-project', 'information', 'Part of a project', [hello, '', 'What you raised about "{summary}" is part of work we are doing.', 'You can follow it here: {project}', ...bye]),
    template('info-update', 'information', 'An update', [hello, '', 'Here is an update on "{summary}":', '', '', ...bye]),
    template('info-call', 'information', 'Can we call you?', [hello, '', 'About "{summary}": it would be easier to talk this through. Could you send us a phone number and a good time to call?', ...bye]),
    template('apology-delay', 'apology', 'Sorry for the wait', [hello, '', 'We are sorry it has taken us this long to answer about "{summary}". We are on it and will write again soon.', ...bye]),
    template('apology-experience', 'apology', 'Sorry about your experience', [hello, '', 'We are sorry about what happened with "{summary}". That is not the service we want to give. Here is what we are doing about it:', '', ...bye]),
    template('closing-resolved', 'closing', 'It is done', [hello, '', 'Good news: "{summary}" has been dealt with. Thank you for taking the time to tell us.', ...bye]),
    template('closing-thanks', 'closing', 'Thank you', [hello, '', 'Thank you again for raising "{summary}". If anything else comes up, {office} is here to help.', ...bye]),
  ];
}

/** The values of the placeholders; a missing or blank one stays empty. */
export type ReplyValues = Partial<Record<ReplyPlaceholder, string>>;

/** What fillTemplate made: the text, and the placeholders it could not fill. */
export interface FilledReply {
  readonly text: string;
  /** Known placeholders with no value: the lines holding them were left out. */
  readonly unfilled: readonly ReplyPlaceholder[];
  /** Words in braces that are not placeholders: left in the text as written. */
  readonly unknown: readonly string[];
}

/** Fills a template's body with `values`; see the module comment for what happens to an unfilled placeholder. */
export function fillTemplate(template: Pick<ReplyTemplate, 'body'>, values: ReplyValues): FilledReply {
  const unfilled = new Set<ReplyPlaceholder>();
  const unknown = new Set<string>();
  const valueOf = (name: string): string | undefined => {
    if (!isKnown(name)) return undefined;
    const value = values[name]?.trim() ?? '';
    return value === '' ? undefined : value;
  };
  const lines: string[] = [];
  for (const line of template.body.split('\n')) {
    const names = placeholdersIn(line);
    const empty = names.filter((name): name is ReplyPlaceholder => isKnown(name) && valueOf(name) === undefined);
    for (const name of names) if (!isKnown(name)) unknown.add(name);
    if (empty.length > 0) {
      for (const name of empty) unfilled.add(name);
      continue;
    }
    lines.push(line.replace(PLACEHOLDER_PATTERN, (whole, name: string) => valueOf(name) ?? whole));
  }
  return { text: lines.join('\n'), unfilled: [...unfilled], unknown: [...unknown] };
}

/** What the desk knows beyond the concern when filling a reply. */
export interface ReplyContext {
  readonly officeName: string;
  /** The linked project's link (or title); '' when the concern is part of no project. */
  readonly project: string;
  /** The word used for a citizen whose name is not known ("resident"). */
  readonly neutralCitizen: string;
}

/** The placeholder values for a reply on `concern`: the citizen's name, or the neutral word when anonymous or unnamed. */
export function replyValuesFor(concern: Pick<Concern, 'summary' | 'contact'>, context: ReplyContext): ReplyValues {
  const name = concern.contact.anonymous ? '' : concern.contact.name.trim();
  return {
    office: context.officeName,
    citizen: name === '' ? context.neutralCitizen : name,
    summary: concern.summary,
    project: context.project,
  };
}

/** One line of the comment policy's checklist; the renderer words it. */
export type ChecklistItem =
  | { readonly kind: 'when' | 'tone' | 'involve'; readonly text: string }
  /** `exchange` is the number of the reply being written; `isDue` when it should offer a phone call. */
  | { readonly kind: 'phone'; readonly exchange: number; readonly after: number; readonly isDue: boolean }
  /** A reply in public: nothing personal in it. */
  | { readonly kind: 'public' };

/**
 * The checklist (3 to 5 lines) beside a reply: when to respond, the tone, the phone call (due once
 * `responsesSoFar` reached the policy's number), whom to involve if the policy says, and on a public channel
 * that nothing personal belongs in the reply.
 */
export function commentPolicyChecklist(policy: CommentPolicy, responsesSoFar: number, isPublic: boolean): ChecklistItem[] {
  const exchange = Math.max(0, Math.floor(responsesSoFar)) + 1;
  const items: ChecklistItem[] = [
    { kind: 'when', text: policy.whenToRespond.trim() },
    { kind: 'tone', text: policy.tone.trim() },
    { kind: 'phone', exchange, after: policy.moveToPhoneAfter, isDue: exchange > policy.moveToPhoneAfter },
  ];
  if (policy.whoToInvolve.trim() !== '') items.push({ kind: 'involve', text: policy.whoToInvolve.trim() });
  if (isPublic) items.push({ kind: 'public' });
  return items;
}
