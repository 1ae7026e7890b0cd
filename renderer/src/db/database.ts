/**
 * The desk's local database (IndexedDB through Dexie): the only place in the renderer that imports dexie. Its
 * schema versions, and what each added, are in schema-versions.ts.
 */
import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { Concern } from '@shared/domain/concern';
import type { Draft } from '@shared/domain/draft';
import type { HistoryEntry } from '@shared/domain/history';
import { searchTermsOf, searchTermsOfConcern } from '@shared/domain/search-terms';
import type { OfficeProfile } from '@shared/domain/office-profile';
import type { AgendaItem, MeetingDecision, ThemeCorrection } from '@shared/domain/meeting';
import type { Newsletter, NewsletterUnsubscribe } from '@shared/domain/newsletter';
import type { Project, ProjectLink, ProjectThanks } from '@shared/domain/project';
import type { ConcernAssignee, ConcernComment, ConcernFlag, ConcernResponse, OfficeStaff } from '@shared/domain/review';
import type {
  CitizenAcknowledgement,
  ConcernEscalation,
  ConcernTag,
  ConcernTombstone,
  EscalationFallback,
  RowChange,
} from '@shared/sync/store';
import { newId } from '../lib/ids';
import { CURRENT_VERSION, SCHEMA_VERSIONS } from './schema-versions';
import { upgradeToV4 } from './upgrade-v4';

/** A concern as stored: the domain record plus its search terms. */
export type StoredConcern = Concern & { terms: string[] };

/** A row of the tags table: a tag in use and how many concerns carry it. */
export interface TagRow {
  tag: string;
  count: number;
}

/** A row of the settings table: one JSON value per key. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * A mutation this desk made that the server has not confirmed yet. Entries are written in the same Dexie
 * transaction as the change they record and dropped in the transaction that applies the pulled page whose
 * lastMutationId covers them (db/pulled-page.ts).
 */
export interface OutboxEntry {
  /** Per-desk sequence number, from 1 without gaps: the id the server orders this desk's changes by. */
  mutationId: number;
  /** The mutator's name in shared/sync. */
  name: string;
  args: unknown;
  /** When it was made at the desk (ISO 8601 UTC). */
  at: string;
  /** Who made it, as stamped on the rows; re-runs use it again so they make the same rows. */
  by: string;
  /**
   * The concern it reads and writes (every concern mutator works on one), 'meeting' for the meeting's records
   * (shared/sync/mutators/meeting.ts MEETING_SCOPE), or '*' when that is not known.
   */
  concernId: string;
  /** Before-images of the rows its last local run wrote (shared/sync apply.ts). */
  undo: RowChange[];
  /** Set when it stopped applying on this desk: the reason staff were given. */
  rejectedLocally?: string;
  /** Set when the server said it refused it: the server's reason. */
  rejectedByServer?: string;
  /**
   * A concern logged before this desk could sync: its rows are the desk's own, not an optimistic guess, so the
   * entry is only uploaded, never undone or re-run; if the server refuses it the concern stays on this desk.
   */
  isUploadOnly?: boolean;
  /** For an upload: the desk's own "created" history entry, removed once the server's copy has arrived. */
  createdEntryId?: string;
}

/** A row of the sync_state table: one JSON value per key (see sync-state.ts for the keys). */
export interface SyncStateRow {
  key: string;
  value: unknown;
}

/** Name of the database a desk uses unless told otherwise. */
export const DEFAULT_DB_NAME = 'civic-notebook';

/** The desk's database. */
export type NotebookDb = Dexie & {
  concerns: EntityTable<StoredConcern, 'id'>;
  history: EntityTable<HistoryEntry, 'id'>;
  drafts: EntityTable<Draft, 'id'>;
  tags: EntityTable<TagRow, 'tag'>;
  settings: EntityTable<SettingRow, 'key'>;
  outbox: EntityTable<OutboxEntry, 'mutationId'>;
  concern_tags: EntityTable<ConcernTag, 'id'>;
  concern_tombstones: EntityTable<ConcernTombstone, 'id'>;
  concern_escalations: EntityTable<ConcernEscalation, 'id'>;
  escalation_fallbacks: EntityTable<EscalationFallback, 'id'>;
  citizen_acknowledgements: EntityTable<CitizenAcknowledgement, 'id'>;
  office_profile: EntityTable<OfficeProfile, 'id'>;
  concern_flags: EntityTable<ConcernFlag, 'id'>;
  concern_comments: EntityTable<ConcernComment, 'id'>;
  concern_responses: EntityTable<ConcernResponse, 'id'>;
  concern_assignees: EntityTable<ConcernAssignee, 'id'>;
  office_staff: EntityTable<OfficeStaff, 'id'>;
  theme_corrections: EntityTable<ThemeCorrection, 'id'>;
  meeting_agenda: EntityTable<AgendaItem, 'id'>;
  meeting_decisions: EntityTable<MeetingDecision, 'id'>;
  projects: EntityTable<Project, 'id'>;
  project_links: EntityTable<ProjectLink, 'id'>;
  project_thanks: EntityTable<ProjectThanks, 'id'>;
  newsletters: EntityTable<Newsletter, 'id'>;
  newsletter_unsubscribes: EntityTable<NewsletterUnsubscribe, 'id'>;
  sync_state: EntityTable<SyncStateRow, 'key'>;
};

/** Options of openNotebookDb. */
export interface OpenOptions {
  /** Makes the desk's client id when the version 4 upgrade needs one (tests pass a fixed one). */
  readonly newClientId?: () => string;
}

/**
 * Declares schema versions up to `upTo` (the current one by default). Tests pass an older version to build a
 * database as an earlier release left it, then reopen it with the current code to prove the upgrade.
 */
export function openNotebookDb(
  name: string = DEFAULT_DB_NAME,
  upTo: number = CURRENT_VERSION,
  options: OpenOptions = {},
): NotebookDb {
  const db = new Dexie(name) as NotebookDb;
  db.version(1).stores(SCHEMA_VERSIONS[1]);
  if (upTo >= 2) {
    db.version(2)
      .stores(SCHEMA_VERSIONS[2])
      .upgrade((tx) =>
        tx
          .table<StoredConcern, string>('concerns')
          .toCollection()
          .modify((row) => {
            row.terms = searchTermsOf(row);
          }),
      );
  }
  if (upTo >= 3) {
    db.version(3)
      .stores(SCHEMA_VERSIONS[3])
      .upgrade(async (tx) => {
        const counts = new Map<string, number>();
        await tx
          .table<StoredConcern, string>('concerns')
          .each((row) => row.tags.forEach((tag) => counts.set(tag, (counts.get(tag) ?? 0) + 1)));
        await tx.table<TagRow, string>('tags').bulkPut([...counts].map(([tag, count]) => ({ tag, count })));
      });
  }
  if (upTo >= 4) {
    db.version(4)
      .stores(SCHEMA_VERSIONS[4])
      .upgrade((tx) => upgradeToV4(tx, options.newClientId ?? (() => newId())));
  }
  if (upTo >= 5) db.version(5).stores(SCHEMA_VERSIONS[5]);
  if (upTo >= 6) {
    db.version(6)
      .stores(SCHEMA_VERSIONS[6])
      .upgrade((tx) =>
        tx
          .table<StoredConcern, string>('concerns')
          .toCollection()
          .modify((row) => {
            row.terms = searchTermsOfConcern(row);
          }),
      );
  }
  if (upTo >= 7) db.version(7).stores(SCHEMA_VERSIONS[7]);
  if (upTo >= 8) db.version(8).stores(SCHEMA_VERSIONS[8]);
  if (upTo >= 9) db.version(9).stores(SCHEMA_VERSIONS[9]);
  return db;
}

/** The tables a sync-aware write uses: the database's own, or the same tables bound to one transaction. */
export type WriteTables = Pick<
  NotebookDb,
  | 'concerns'
  | 'history'
  | 'concern_tags'
  | 'concern_tombstones'
  | 'concern_escalations'
  | 'escalation_fallbacks'
  | 'citizen_acknowledgements'
  | 'office_profile'
  | 'concern_flags'
  | 'concern_comments'
  | 'concern_responses'
  | 'concern_assignees'
  | 'office_staff'
  | 'theme_corrections'
  | 'meeting_agenda'
  | 'meeting_decisions'
  | 'projects'
  | 'project_links'
  | 'project_thanks'
  | 'newsletters'
  | 'newsletter_unsubscribes'
  | 'tags'
  | 'outbox'
  | 'sync_state'
  | 'drafts'
>;

/**
 * The tables bound to a transaction. Requests through them join that transaction whatever async code ran in
 * between; Dexie's zone tracking, which db.table relies on, can lose the transaction across deep chains of
 * native async functions (a mutator's), and the transaction then commits before the body is done.
 */
export function tablesOf(tx: Transaction): WriteTables {
  return {
    concerns: tx.table('concerns') as NotebookDb['concerns'],
    history: tx.table('history') as NotebookDb['history'],
    concern_tags: tx.table('concern_tags') as NotebookDb['concern_tags'],
    concern_tombstones: tx.table('concern_tombstones') as NotebookDb['concern_tombstones'],
    concern_escalations: tx.table('concern_escalations') as NotebookDb['concern_escalations'],
    escalation_fallbacks: tx.table('escalation_fallbacks') as NotebookDb['escalation_fallbacks'],
    citizen_acknowledgements: tx.table('citizen_acknowledgements') as NotebookDb['citizen_acknowledgements'],
    office_profile: tx.table('office_profile') as NotebookDb['office_profile'],
    concern_flags: tx.table('concern_flags') as NotebookDb['concern_flags'],
    concern_comments: tx.table('concern_comments') as NotebookDb['concern_comments'],
    concern_responses: tx.table('concern_responses') as NotebookDb['concern_responses'],
    concern_assignees: tx.table('concern_assignees') as NotebookDb['concern_assignees'],
    office_staff: tx.table('office_staff') as NotebookDb['office_staff'],
    theme_corrections: tx.table('theme_corrections') as NotebookDb['theme_corrections'],
    meeting_agenda: tx.table('meeting_agenda') as NotebookDb['meeting_agenda'],
    meeting_decisions: tx.table('meeting_decisions') as NotebookDb['meeting_decisions'],
    projects: tx.table('projects') as NotebookDb['projects'],
    project_links: tx.table('project_links') as NotebookDb['project_links'],
    project_thanks: tx.table('project_thanks') as NotebookDb['project_thanks'],
    newsletters: tx.table('newsletters') as NotebookDb['newsletters'],
    newsletter_unsubscribes: tx.table('newsletter_unsubscribes') as NotebookDb['newsletter_unsubscribes'],
    tags: tx.table('tags') as NotebookDb['tags'],
    outbox: tx.table('outbox') as NotebookDb['outbox'],
    sync_state: tx.table('sync_state') as NotebookDb['sync_state'],
    drafts: tx.table('drafts') as NotebookDb['drafts'],
  };
}
