/**
 * The desk's local database (IndexedDB through Dexie): the only place in the renderer that imports dexie.
 *
 * Schema versions (never edit a published version; add the next one with its upgrade):
 *   1  concerns by id, creation time, tags, category, priority, status; history; drafts; settings.
 *   2  adds the `terms` multi-entry index for search as you type, and fills it for existing concerns.
 *   3  adds `tags` (each tag in use with its number of concerns), so tag autocomplete reads a few hundred rows
 *      instead of walking the tag index of every concern; filled from existing concerns.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Concern } from '@shared/domain/concern';
import type { Draft } from '@shared/domain/draft';
import type { HistoryEntry } from '@shared/domain/history';
import { searchTermsOf } from '@shared/domain/search-terms';

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

/** Name of the database a desk uses unless told otherwise. */
export const DEFAULT_DB_NAME = 'civic-notebook';

/** Index declarations of each published schema version, oldest first. */
export const SCHEMA_VERSIONS = {
  1: {
    concerns: 'id, createdAt, *tags, category, priority, status',
    history: 'id, concernId',
    drafts: 'id, updatedAt',
    settings: 'key',
  },
  2: {
    concerns: 'id, createdAt, *tags, category, priority, status, *terms',
  },
  3: {
    tags: 'tag',
  },
} as const;

/** The current schema version. */
export const CURRENT_VERSION = 3;

/** The desk's database. */
export type NotebookDb = Dexie & {
  concerns: EntityTable<StoredConcern, 'id'>;
  history: EntityTable<HistoryEntry, 'id'>;
  drafts: EntityTable<Draft, 'id'>;
  tags: EntityTable<TagRow, 'tag'>;
  settings: EntityTable<SettingRow, 'key'>;
};

/**
 * Declares schema versions up to `upTo` (the current one by default). Tests pass an older version to build a
 * database as an earlier release left it, then reopen it with the current code to prove the upgrade.
 */
export function openNotebookDb(name: string = DEFAULT_DB_NAME, upTo: number = CURRENT_VERSION): NotebookDb {
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
  return db;
}
