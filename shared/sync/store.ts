/**
 * The store port: the few row operations a mutator needs, implemented by the client (Dexie, in
 * renderer/src/db) and the server (SQL, in server/src/db), and in memory for tests (memory-store.ts).
 *
 * A SyncStore is the view of ONE open transaction. The caller opens the transaction, hands the store to a
 * mutator (or to rebase), then commits or rolls back; the store itself never commits. On the server the
 * adapter is bound to the requesting office: get() never returns another office's row and put() stamps the
 * office, so a mutator cannot reach across offices whatever ids a client sends.
 *
 * Tables, keyed by the row's `id`:
 *   concerns            the Concern of shared/domain; `tags` is kept in step with concern_tags by the mutators
 *   concern_history     HistoryEntry, append-only
 *   concern_tags        one row per (concern, tag): the ids of the adds that put the tag there (see below)
 *   concern_tombstones  one row per deleted concern: a deleted id can never be edited or logged again
 *   concern_escalations one row per time a concern became top priority: the priority email's state. Written by
 *                       the server only (its escalation worker); mutators may read it but never write it
 *   escalation_fallbacks one row per time a desk, offline too long, sent a priority concern on itself (its own
 *                       mail program, or a call): written by desks, so the server does not email it again
 *   citizen_acknowledgements one row per concern whose citizen is sent the automatic acknowledgement: its
 *                       state, like an escalation's. Written by the server only
 *   office_profile      the office's one profile row (shared/domain/office-profile.ts). Written by the server only
 *   concern_flags, concern_comments, concern_responses, concern_assignees
 *                       the review queue's records (shared/domain/review.ts), written by desks
 *   office_staff        the office's staff as desks know them (review.ts). Written by the server only
 *   theme_corrections, meeting_agenda, meeting_decisions
 *                       the monthly meeting's records (shared/domain/meeting.ts): facilitators' corrections of the
 *                       engine's themes, each month's agenda, and the meeting's decisions and action items, written
 *                       by desks (mutators/meeting.ts); withdrawn or removed, never deleted
 *   projects, project_links, project_thanks
 *                       what the office does about concerns (shared/domain/project.ts): projects, the concerns
 *                       linked to them (unlinked, never deleted) and the contributors thanked, written by desks
 *   newsletters         one row per month's newsletter issue (shared/domain/newsletter.ts), drafted by desks; the
 *                       server stamps sentAt when it sends it
 *   newsletter_unsubscribes one row per email address (by its hash) that asked for no more newsletters: written
 *                       by the server (the citizen's link) or a desk (staff recording a request)
 *
 * Tags are an observed-remove set: every add of a tag gets its own add id (from the mutation's newId), and a
 * remove names the add ids its author saw. A tag stays on the concern while any add id is left, so an add that
 * the remover had not seen (a concurrent add at another desk) survives the remove, in any server order.
 */
import { z } from 'zod';
import { ConcernSchema, TagSchema, TimestampSchema, StaffNameSchema, type Concern } from '../domain/concern';
import { HistoryEntrySchema, type HistoryEntry } from '../domain/history';
import { OfficeProfileSchema, type OfficeProfile } from '../domain/office-profile';
import {
  ConcernAssigneeSchema,
  ConcernCommentSchema,
  ConcernFlagSchema,
  ConcernResponseSchema,
  OfficeStaffSchema,
  type ConcernAssignee,
  type ConcernComment,
  type ConcernFlag,
  type ConcernResponse,
  type OfficeStaff,
} from '../domain/review';
import {
  AgendaItemSchema,
  MeetingDecisionSchema,
  ThemeCorrectionSchema,
  type AgendaItem,
  type MeetingDecision,
  type ThemeCorrection,
} from '../domain/meeting';
import {
  ProjectLinkSchema,
  ProjectSchema,
  ProjectThanksSchema,
  type Project,
  type ProjectLink,
  type ProjectThanks,
} from '../domain/project';
import { NewsletterSchema, NewsletterUnsubscribeSchema, type Newsletter, type NewsletterUnsubscribe } from '../domain/newsletter';
import { UUIDV7_PATTERN } from '../lib/uuidv7';
import { ConcernEscalationSchema, EscalationFallbackSchema, CitizenAcknowledgementSchema } from './email-rows';
import type { ConcernEscalation, EscalationFallback, CitizenAcknowledgement } from './email-rows';

const uuid = z.string().regex(UUIDV7_PATTERN, 'Expected a UUIDv7 id');

/** Id of the concern_tags row of a tag on a concern: one row per pair, so an add needs no query. */
export function concernTagId(concernId: string, tag: string): string {
  return `${concernId}:${tag}`;
}

/**
 * Most add ids kept per tag row; an add past it forgets the oldest. Forgetting an add never removes a tag (the
 * newest adds stay); it only matters if one tag is added more than this many times on one concern and a remove
 * that had not seen the newest of them races with them, which the app never does in practice.
 */
export const MAX_TAG_ADDS = 20;

/** Schema of a concern_tags row: a tag on a concern and the adds that keep it there. */
export const ConcernTagSchema = z
  .object({
    id: z.string(),
    concernId: uuid,
    tag: TagSchema,
    addIds: z.array(uuid).min(1).max(MAX_TAG_ADDS),
  })
  .refine((row) => row.id === concernTagId(row.concernId, row.tag), {
    message: 'A tag row id is "<concernId>:<tag>"',
    path: ['id'],
  });
/** A tag on a concern and the adds that keep it there. */
export type ConcernTag = z.infer<typeof ConcernTagSchema>;

/** Schema of a concern_tombstones row: who deleted which concern, when. */
export const ConcernTombstoneSchema = z.object({ id: uuid, deletedAt: TimestampSchema, deletedBy: StaffNameSchema });
/** The record that a concern was deleted. */
export type ConcernTombstone = z.infer<typeof ConcernTombstoneSchema>;

export { ESCALATION_STATES, concernEscalationId, ConcernEscalationSchema, FALLBACK_METHODS, MAX_FALLBACK_NOTE_LENGTH, EscalationFallbackSchema, ACKNOWLEDGEMENT_STATES, CitizenAcknowledgementSchema } from './email-rows';
export type { ConcernEscalation, EscalationFallback, CitizenAcknowledgement } from './email-rows';

/** The synced tables and the row type of each. */
export interface SyncTables {
  concerns: Concern;
  concern_history: HistoryEntry;
  concern_tags: ConcernTag;
  concern_tombstones: ConcernTombstone;
  concern_escalations: ConcernEscalation;
  escalation_fallbacks: EscalationFallback;
  citizen_acknowledgements: CitizenAcknowledgement;
  office_profile: OfficeProfile;
  concern_flags: ConcernFlag;
  concern_comments: ConcernComment;
  concern_responses: ConcernResponse;
  concern_assignees: ConcernAssignee;
  office_staff: OfficeStaff;
  theme_corrections: ThemeCorrection;
  meeting_agenda: AgendaItem;
  meeting_decisions: MeetingDecision;
  projects: Project;
  project_links: ProjectLink;
  project_thanks: ProjectThanks;
  newsletters: Newsletter;
  newsletter_unsubscribes: NewsletterUnsubscribe;
}

/** Name of a synced table. */
export type TableName = keyof SyncTables;

/** Every synced table, in the order a page applies them (parents before children). */
export const TABLE_NAMES = [
  'concerns',
  'concern_history',
  'concern_tags',
  'concern_tombstones',
  'concern_escalations',
  'escalation_fallbacks',
  'citizen_acknowledgements',
  'office_profile',
  'concern_flags',
  'concern_comments',
  'concern_responses',
  'concern_assignees',
  'office_staff',
  'theme_corrections',
  'meeting_agenda',
  'meeting_decisions',
  'projects',
  'project_links',
  'project_thanks',
  'newsletters',
  'newsletter_unsubscribes',
] as const satisfies readonly TableName[];

/**
 * Tables only the server writes (its own services, never a mutation): runMutation refuses a mutator's write to
 * one, on the desk and on the server, so no device can forge an email's state.
 */
export const SERVER_ONLY_TABLES: readonly TableName[] = ['concern_escalations', 'citizen_acknowledgements', 'office_profile', 'office_staff'];

/** True when only the server may write the table. */
export function isServerOnlyTable(table: TableName): boolean {
  return SERVER_ONLY_TABLES.includes(table);
}

/** The schema of each table's rows: what a store may hold and what a pull may carry. */
export const ROW_SCHEMAS: { readonly [T in TableName]: z.ZodType<SyncTables[T]> } = {
  concerns: ConcernSchema,
  concern_history: HistoryEntrySchema,
  concern_tags: ConcernTagSchema,
  concern_tombstones: ConcernTombstoneSchema,
  concern_escalations: ConcernEscalationSchema,
  escalation_fallbacks: EscalationFallbackSchema,
  citizen_acknowledgements: CitizenAcknowledgementSchema,
  office_profile: OfficeProfileSchema,
  concern_flags: ConcernFlagSchema,
  concern_comments: ConcernCommentSchema,
  concern_responses: ConcernResponseSchema,
  concern_assignees: ConcernAssigneeSchema,
  office_staff: OfficeStaffSchema,
  theme_corrections: ThemeCorrectionSchema,
  meeting_agenda: AgendaItemSchema,
  meeting_decisions: MeetingDecisionSchema,
  projects: ProjectSchema,
  project_links: ProjectLinkSchema,
  project_thanks: ProjectThanksSchema,
  newsletters: NewsletterSchema,
  newsletter_unsubscribes: NewsletterUnsubscribeSchema,
};

/** A row of any synced table. */
export type Row = SyncTables[TableName];

/** One row's new state: `row` absent means the row is deleted. Used by pull pages and undo logs. */
export type RowChange = { [T in TableName]: { table: T; id: string; row?: SyncTables[T] } }[TableName];

/** The port mutators write through: one transaction's view of the synced tables. */
export interface SyncStore {
  /** The row with this id, or undefined. The result is the caller's copy: changing it changes nothing stored. */
  get<T extends TableName>(table: T, id: string): Promise<SyncTables[T] | undefined>;
  /** Inserts or replaces the row with `row.id`. */
  put<T extends TableName>(table: T, row: SyncTables[T]): Promise<void>;
  /** Removes the row with this id; removing a missing row is not an error. */
  delete(table: TableName, id: string): Promise<void>;
  /**
   * Optional fast path for a pulled page: the same as applyChange on each change in order (a later change of a
   * key wins), done in bulk. Dexie's bulkPut is several times faster than one put per row on a first sync.
   */
  applyChanges?(changes: readonly RowChange[]): Promise<void>;
  /**
   * Optional fast path for a large mutation (an import): the same as get() on each id, in one read. Use
   * getRows() (bulk.ts), which falls back to get() on stores without it.
   */
  getMany?<T extends TableName>(table: T, ids: readonly string[]): Promise<(SyncTables[T] | undefined)[]>;
  /**
   * Optional fast path: the same as put() on each row in order (a later row with the same id wins), in one
   * write. Use putRows() (bulk.ts), which falls back to put() on stores without it.
   */
  putMany?<T extends TableName>(table: T, rows: readonly SyncTables[T][]): Promise<void>;
}

/** Writes one change to a store: put when it carries a row, delete when it does not. */
export async function applyChange(store: SyncStore, change: RowChange): Promise<void> {
  if (change.row === undefined) await store.delete(change.table, change.id);
  // RowChange pairs each table with its own row type (ROW_SCHEMAS checks pulled rows), so the pair fits put().
  else await store.put(change.table, change.row);
}

/** Writes a page of changes in order, in bulk when the store offers it. */
export async function applyChanges(store: SyncStore, changes: readonly RowChange[]): Promise<void> {
  if (store.applyChanges !== undefined) await store.applyChanges(changes);
  else for (const change of changes) await applyChange(store, change);
}
