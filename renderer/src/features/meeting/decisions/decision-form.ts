/**
 * The decision form's schema: the fields of a meeting_decisions row a facilitator writes (shared/domain/meeting.ts
 * MeetingDecisionSchema), with the rule the recordDecision mutator applies: only an action item has an owner and
 * a due date. Its messages are the schema's plain words, shown beside the field they are about.
 */
import { z } from 'zod';
import { MeetingDecisionSchema, type MeetingDecision } from '@shared/domain/meeting';

/** Schema of the form's values. */
export const DecisionFormSchema = z
  .object({
    kind: MeetingDecisionSchema.shape.kind,
    text: MeetingDecisionSchema.shape.text,
    owner: MeetingDecisionSchema.shape.owner,
    due: z.union([z.literal(''), z.iso.date({ error: 'Enter the due date as a date, like 2026-12-15' })]),
  })
  .transform((values) => (values.kind === 'action' ? values : { ...values, owner: '', due: '' }));

/** What the form holds while it is filled in. */
export type DecisionFormInput = z.input<typeof DecisionFormSchema>;
/** What the form gives once valid (a decision's owner and due date dropped). */
export type DecisionFormValues = z.output<typeof DecisionFormSchema>;

/** An empty form: a decision. */
export const EMPTY_DECISION: DecisionFormInput = { kind: 'decision', text: '', owner: '', due: '' };

/** The form filled in from a recorded decision, to edit it. */
export function decisionFormOf(decision: MeetingDecision): DecisionFormInput {
  return { kind: decision.kind, text: decision.text, owner: decision.owner, due: decision.due };
}

/** The fields an edit changes (editDecision's per-field patch), or undefined when nothing changed. */
export function decisionPatch(before: MeetingDecision, after: DecisionFormValues): { text?: string; owner?: string; due?: string } | undefined {
  const patch: { text?: string; owner?: string; due?: string } = {};
  if (after.text !== before.text) patch.text = after.text;
  if (after.owner !== before.owner) patch.owner = after.owner;
  if (after.due !== before.due) patch.due = after.due;
  return Object.keys(patch).length === 0 ? undefined : patch;
}
