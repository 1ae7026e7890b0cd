/**
 * Per-field patches of a concern: the unit of an edit, so two desks editing different fields of one concern
 * both keep their change. A patch names leaf fields only, nested ones by dotted path:
 *
 *   { "summary": "Two streetlights out", "contact.email": "ana@example.net" }
 *
 * Whole objects ("contact") are refused on purpose: writing a whole object would silently undo a concurrent
 * edit of a sibling field. Status and tags are not patchable; they have their own mutators with their own
 * merge rules (setStatus, addTags, removeTags).
 */
import { z } from 'zod';
import {
  ConcernFieldsSchema,
  ContactSchema,
  FollowUpSchema,
  LocationSchema,
  type ConcernFields,
} from '../../domain/concern';
import { ABSENT_MEANS, diffConcernFields, type FieldChange } from '../../domain/history';

const fields = ConcernFieldsSchema.shape;

/** Schema of each editable leaf field, keyed by its dotted path. */
export const PATCH_FIELDS = {
  channel: fields.channel,
  summary: fields.summary,
  details: fields.details,
  category: fields.category,
  priority: fields.priority,
  'contact.name': ContactSchema.shape.name,
  'contact.phone': ContactSchema.shape.phone,
  'contact.email': ContactSchema.shape.email,
  'contact.preferredReply': ContactSchema.shape.preferredReply,
  'contact.consentToContact': ContactSchema.shape.consentToContact,
  'contact.consentToUpdates': ContactSchema.shape.consentToUpdates,
  'contact.anonymous': ContactSchema.shape.anonymous,
  'location.address': LocationSchema.shape.address,
  'location.area': LocationSchema.shape.area,
  'followUp.needed': FollowUpSchema.shape.needed,
  'followUp.due': FollowUpSchema.shape.due,
} as const;

/** Dotted path of an editable leaf field. */
export type PatchField = keyof typeof PATCH_FIELDS;

/** Every editable leaf field, in the order of the concern's fields. */
export const PATCH_FIELD_NAMES = Object.keys(PATCH_FIELDS) as PatchField[];

const NOT_PATCHABLE: Readonly<Record<string, string>> = {
  status: 'status changes with setStatus',
  tags: 'tags change with addTags and removeTags',
  contact: 'name the fields inside it, like contact.email',
  location: 'name the fields inside it, like location.area',
  followUp: 'name the fields inside it, like followUp.due',
};

function unknownKeysMessage(keys: readonly string[]): string {
  const parts = keys.map((key) => {
    const hint = NOT_PATCHABLE[key];
    return hint === undefined ? `"${key}" is not a field of a concern` : `"${key}" cannot be edited here (${hint})`;
  });
  return parts.join('; ');
}

/** Schema of a patch: any subset of the editable leaf fields, each checked by its field's own rule. */
export const ConcernPatchSchema = z.strictObject(
  Object.fromEntries(PATCH_FIELD_NAMES.map((f) => [f, PATCH_FIELDS[f].optional()])) as {
    [F in PatchField]: z.ZodOptional<(typeof PATCH_FIELDS)[F]>;
  },
  {
    error: (issue) => (issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys) : undefined),
  },
);
/** A patch: new values of some editable leaf fields. */
export type ConcernPatch = z.output<typeof ConcernPatchSchema>;

/** The value of a leaf field, by dotted path. */
export function readField(concern: ConcernFields, field: PatchField): unknown {
  const [head, leaf] = field.split('.') as [keyof ConcernFields, string | undefined];
  const value: unknown = concern[head];
  const read = leaf === undefined ? value : (value as Record<string, unknown>)[leaf];
  // An optional field a concern saved before it existed lacks reads as its default (history.ts ABSENT_MEANS):
  // else a patch of it would record a change from nothing, an entry with no `from` that desks refuse to pull.
  return read === undefined ? ABSENT_MEANS[field] : read;
}

/** A copy of the fields with one leaf field set, by dotted path. */
export function writeField<C extends ConcernFields>(concern: C, field: PatchField, value: unknown): C {
  const [head, leaf] = field.split('.') as [keyof ConcernFields, string | undefined];
  if (leaf === undefined) return { ...concern, [head]: value };
  return { ...concern, [head]: { ...(concern[head] as object), [leaf]: value } };
}

/** The fields of the patch whose value differs from the concern's, as history changes in field order. */
export function changesOf(concern: ConcernFields, patch: ConcernPatch): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of PATCH_FIELD_NAMES) {
    if (!(field in patch) || patch[field] === undefined) continue;
    const from = readField(concern, field);
    const to = patch[field];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field, from, to });
  }
  return changes;
}

/** The patch that turns one version of a concern's fields into another, ignoring status and tags. */
export function patchBetween(before: ConcernFields, after: ConcernFields): ConcernPatch {
  const patch: Record<string, unknown> = {};
  for (const change of diffConcernFields(before, after)) {
    if (change.field in PATCH_FIELDS) patch[change.field] = change.to;
  }
  return patch as ConcernPatch;
}
