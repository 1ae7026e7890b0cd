/**
 * Drafts: what staff are typing, saved as they type so a crash, reload or closed window loses nothing.
 * A draft is either a quick line still being typed, or a full form (a new concern with details, or an edit
 * of a saved one). Form values are kept as typed, even when they do not validate yet: keeping what was
 * typed matters more than keeping it tidy.
 */
import { z } from 'zod';
import { TimestampSchema } from './concern';
import { UUIDV7_PATTERN } from '../lib/uuidv7';

/** Schema of a draft. */
export const DraftSchema = z.object({
  id: z.string().regex(UUIDV7_PATTERN),
  kind: z.enum(['line', 'form']),
  /** The quick line as typed (kind 'line'), or the line the form was opened from. */
  text: z.string().max(20_000),
  /** The form's values as typed, for kind 'form'; deliberately loose (see above). */
  form: z.record(z.string(), z.unknown()).optional(),
  /** The saved concern this draft edits, if it edits one. */
  concernId: z.string().regex(UUIDV7_PATTERN).optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
/** A draft. */
export type Draft = z.infer<typeof DraftSchema>;
