/**
 * The history of a concern: every save records who changed which field from what to what. Entries are only
 * ever appended; nothing in the app edits or removes them.
 */
import { z } from 'zod';
import { TimestampSchema, StaffNameSchema, type ConcernFields } from './concern';
import { UUIDV7_PATTERN } from '../lib/uuidv7';

/** Schema of one changed field; `field` is a dotted path such as "contact.email". */
export const FieldChangeSchema = z.object({
  field: z.string().min(1),
  from: z.unknown(),
  to: z.unknown(),
});
/** One changed field. */
export type FieldChange = z.infer<typeof FieldChangeSchema>;

/** Schema of one history entry of a concern. */
export const HistoryEntrySchema = z.object({
  id: z.string().regex(UUIDV7_PATTERN),
  concernId: z.string().regex(UUIDV7_PATTERN),
  at: TimestampSchema,
  by: StaffNameSchema,
  kind: z.enum(['created', 'edited']),
  changes: z.array(FieldChangeSchema),
});
/** One history entry of a concern. */
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

type Flat = Record<string, unknown>;

function flatten(value: unknown, prefix: string, out: Flat): Flat {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix === '' ? key : `${prefix}.${key}`, out);
  } else {
    out[prefix] = value;
  }
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Optional fields (by dotted path) and what their absence means: a contact saved before the newsletter existed did not consent to
 * it. Both sides read so, or a save of such a concern would find a change from nothing to "no" (and record an
 * entry with no `from`).
 */
export const ABSENT_MEANS: Readonly<Record<string, unknown>> = { 'contact.consentToUpdates': false };

function flatFields(fields: ConcernFields): Flat {
  const flat = flatten(fields, '', {});
  for (const [key, value] of Object.entries(ABSENT_MEANS)) flat[key] ??= value;
  return flat;
}

/** Lists the fields that differ between two versions of a concern's fields, in a stable order. */
export function diffConcernFields(before: ConcernFields, after: ConcernFields): FieldChange[] {
  const a = flatFields(before);
  const b = flatFields(after);
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.filter((k) => !same(a[k], b[k])).map((field) => ({ field, from: a[field], to: b[field] }));
}

/** Picks the editable fields out of a stored concern, dropping id and audit stamps. */
export function fieldsOf(concern: ConcernFields): ConcernFields {
  const { channel, summary, details, contact, location, category, tags, priority, status, followUp } = concern;
  return { channel, summary, details, contact, location, category, tags, priority, status, followUp };
}
