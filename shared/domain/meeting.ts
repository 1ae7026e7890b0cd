/**
 * The monthly meeting's records (issue 6): what facilitators decide about the pattern engine's themes, and
 * what the meeting decides. Each is a row of its own synced table (shared/sync/store.ts), written by desks:
 *
 *   theme_corrections  a facilitator's correction of the engine: rename, merge, split or hide a theme. The
 *                      engine finds themes afresh every month, so a correction names its theme by the theme's
 *                      signature (its weighted key terms), and next month it applies to the theme whose
 *                      signature matches (shared/patterns/corrections.ts). Withdrawn, never deleted: the
 *                      facilitator can undo it, and the undo syncs like any change
 *   meeting_agenda     an item pinned to one month's meeting: a theme (by signature) or one of the figures
 *                      (places, channels, priorities, response times, repeat contacts), in the facilitator's
 *                      order; removed items keep their row with removedAt set
 *   meeting_decisions  a decision or an action item the meeting recorded against a theme, with an owner and a
 *                      due date for actions; next month's view shows it beside the theme it was about
 *
 * Example correction row: { "id": "0195…", "kind": "rename", "signature": { "terms": [{ "term": "streetlight",
 *   "weight": 0.61 }, …] }, "label": "Street lights out", "by": "Fay Moss", "at": "2026-12-03T10:00:00.000Z",
 *   "withdrawnAt": null, "withdrawnBy": null }
 */
import { z } from 'zod';
import { StaffNameSchema, TimestampSchema, IsoDateSchema } from './concern';
import { UUIDV7_PATTERN } from '../lib/uuidv7';

const uuidv7 = z.string().regex(UUIDV7_PATTERN, 'Expected a UUIDv7 id');

/** Most terms kept in a theme's signature. */
export const MAX_SIGNATURE_TERMS = 16;
/** Most characters of a theme's label, as the engine makes it or a facilitator writes it. */
export const MAX_THEME_LABEL_LENGTH = 80;
/** Most characters of the phrase a split separates a theme by. */
export const MAX_SPLIT_PHRASE_LENGTH = 60;
/** Most themes one merge correction joins. */
export const MAX_MERGED_THEMES = 20;
/** Most characters of a decision's or action item's text. */
export const MAX_DECISION_LENGTH = 2000;

/** Schema of a month, "YYYY-MM". */
export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Enter a month as YYYY-MM, like 2026-11' });
/** A month, "YYYY-MM". */
export type Month = z.infer<typeof MonthSchema>;

/** Schema of one weighted term of a signature: a normalized word or two-word phrase (the engine's terms). */
export const SignatureTermSchema = z.object({
  term: z.string().min(1).max(80),
  weight: z.number().finite().min(0).max(1),
});

/**
 * Schema of a theme's signature: its heaviest terms with weights (the L2-normalized centroid, cut to the top
 * terms). Two themes are "the same theme" when their signatures' cosine similarity passes the engine's match
 * threshold (shared/patterns/signature.ts).
 */
export const ThemeSignatureSchema = z.object({
  terms: z.array(SignatureTermSchema).min(1).max(MAX_SIGNATURE_TERMS),
});
/** A theme's signature. */
export type ThemeSignature = z.infer<typeof ThemeSignatureSchema>;

/** Schema of a theme's label as a facilitator writes it. */
export const ThemeLabelSchema = z
  .string()
  .trim()
  .min(1, { error: 'Give the theme a name' })
  .max(MAX_THEME_LABEL_LENGTH, { error: `A theme's name can be at most ${MAX_THEME_LABEL_LENGTH} characters` });

const stamps = {
  id: uuidv7,
  by: StaffNameSchema,
  at: TimestampSchema,
  withdrawnAt: TimestampSchema.nullable(),
  withdrawnBy: StaffNameSchema.nullable(),
};

/**
 * Schema of a theme_corrections row, one of:
 *   rename  the theme matching `signature` is called `label`
 *   merge   the themes matching any of `signatures` become one, called `label`
 *   split   in the theme matching `signature`, the concerns whose words contain `phrase` form a theme of their
 *           own, called `label`
 *   hide    the theme matching `signature` is left out of the meeting (listed as hidden, so it can be shown again)
 */
export const ThemeCorrectionSchema = z.discriminatedUnion('kind', [
  z.object({ ...stamps, kind: z.literal('rename'), signature: ThemeSignatureSchema, label: ThemeLabelSchema }),
  z.object({
    ...stamps,
    kind: z.literal('merge'),
    signatures: z.array(ThemeSignatureSchema).min(2, { error: 'A merge joins at least two themes' }).max(MAX_MERGED_THEMES),
    label: ThemeLabelSchema,
  }),
  z.object({
    ...stamps,
    kind: z.literal('split'),
    signature: ThemeSignatureSchema,
    phrase: z
      .string()
      .trim()
      .min(1, { error: 'Give the word or phrase to split the theme by' })
      .max(MAX_SPLIT_PHRASE_LENGTH, { error: `The phrase can be at most ${MAX_SPLIT_PHRASE_LENGTH} characters` }),
    label: ThemeLabelSchema,
  }),
  z.object({ ...stamps, kind: z.literal('hide'), signature: ThemeSignatureSchema }),
]);
/** A facilitator's correction of the engine's themes. */
export type ThemeCorrection = z.infer<typeof ThemeCorrectionSchema>;

/** The figures of the meeting view that can be pinned to the agenda besides themes. */
export const MEETING_FIGURES = ['places', 'channels', 'priorities', 'response-times', 'repeat-contacts', 'last-month'] as const;
/** Schema of one of MEETING_FIGURES. */
export const MeetingFigureSchema = z.enum(MEETING_FIGURES);
/** One of MEETING_FIGURES. */
export type MeetingFigure = z.infer<typeof MeetingFigureSchema>;

/** Schema of what an agenda item shows: a theme (by signature, with its label when pinned) or a figure. */
export const AgendaSubjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('theme'), signature: ThemeSignatureSchema, label: ThemeLabelSchema }),
  z.object({ kind: z.literal('figure'), figure: MeetingFigureSchema }),
]);
/** What an agenda item shows. */
export type AgendaSubject = z.infer<typeof AgendaSubjectSchema>;

/** Schema of a meeting_agenda row: an item pinned to one month's meeting, ordered by `position`. */
export const AgendaItemSchema = z.object({
  id: uuidv7,
  period: MonthSchema,
  subject: AgendaSubjectSchema,
  position: z.number().finite(),
  by: StaffNameSchema,
  at: TimestampSchema,
  removedAt: TimestampSchema.nullable(),
  removedBy: StaffNameSchema.nullable(),
});
/** An item pinned to one month's meeting agenda. */
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

/** Schema of a meeting_decisions row: a decision or an action item recorded against a theme in a month's meeting. */
export const MeetingDecisionSchema = z.object({
  id: uuidv7,
  period: MonthSchema,
  kind: z.enum(['decision', 'action']),
  signature: ThemeSignatureSchema,
  themeLabel: ThemeLabelSchema,
  text: z
    .string()
    .trim()
    .min(1, { error: 'Write what was decided' })
    .max(MAX_DECISION_LENGTH, { error: `A decision can be at most ${MAX_DECISION_LENGTH} characters` }),
  /** Who will do it (an action item); '' for a decision or when nobody was named. */
  owner: z.string().trim().max(80, { error: 'The owner can be at most 80 characters' }),
  /** When it is due (an action item), or ''. */
  due: z.union([z.literal(''), IsoDateSchema]),
  doneAt: TimestampSchema.nullable(),
  doneBy: StaffNameSchema.nullable(),
  by: StaffNameSchema,
  at: TimestampSchema,
  withdrawnAt: TimestampSchema.nullable(),
  withdrawnBy: StaffNameSchema.nullable(),
});
/** A decision or action item recorded against a theme. */
export type MeetingDecision = z.infer<typeof MeetingDecisionSchema>;
