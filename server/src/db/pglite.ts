/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in this process, stored in a data
 * directory, or in memory when none is given (tests). PGlite is one connection, so every call goes through
 * a FIFO queue: a transaction holds the queue from BEGIN to COMMIT, and other requests wait their turn
 * instead of slipping statements into it. The data directory is locked to this process (data-dir-lock.ts).
 */
import { resolve } from 'node:path';
import { PGlite, TransactionAbortedError } from '@electric-sql/pglite';
import type { Transaction } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock';
import type { DataDirLock } from './data-dir-lock';
import type { Db, QueryResult, Tx, Unlisten } from './db';
import {
  abortedCommitError,
  assertChannel,
  assertOutsideTransaction,
  closedError,
  finishedTxError,
  runInTransactionScope,
  runOutsideTransactionScope,
} from './guards';
import { createSerialQueue } from './serial-queue';
import { BYTEA_OID, TEXT_VALUE_OIDS, asText, parseByteaHex } from './type-parsers';

/** Where the embedded database lives. */
export interface PgliteOptions {
  /** Data directory; without it the database lives in memory and is gone on close. */
  readonly dataDir?: string;
  /** A listener that threw (reported here rather than crashing the process). */
  readonly onError?: (error: Error) => void;
}

const NOTIFY_SQL = 'select pg_notify($1, $2)';

function parsers(): Record<number, (value: string) => unknown> {
  const result: Record<number, (value: string) => unknown> = { [BYTEA_OID]: parseByteaHex };
  for (const oid of TEXT_VALUE_OIDS) result[oid] = asText;
  return result;
}

function wrapTx(tx: Transaction, isOpen: () => boolean): Tx {
  const check = (): void => {
    if (!isOpen()) throw finishedTxError();
  };
  return {
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      check();
      const { rows } = await tx.query<T>(sql, [...params]);
      return { rows };
    },
    async exec(sql: string): Promise<void> {
      check();
      await tx.exec(sql);
    },
    async notify(channel: string, payload: string): Promise<void> {
      assertChannel(channel);
      check();
      await tx.query(NOTIFY_SQL, [channel, payload]);
    },
  };
}

/** Opens (creating if needed) the embedded database; throws DataDirInUseError when another process has it. */
export async function openPglite(options: PgliteOptions = {}): Promise<Db> {
  const dataDir = options.dataDir === undefined ? undefined : resolve(options.dataDir);
  let lock: DataDirLock | undefined;
  if (dataDir !== undefined) lock = await lockDataDir(dataDir);
  try {
    const pglite = await PGlite.create({ ...(dataDir === undefined ? {} : { dataDir }), parsers: parsers() });
    const onError = options.onError ?? ((error: Error) => console.error(`Notification listener failed: ${error.message}`));
    return pgliteDb(pglite, lock, onError);
  } catch (error) {
    await lock?.release();
    throw error;
  }
}

function pgliteDb(pglite: PGlite, lock: DataDirLock | undefined, onError: (error: Error) => void): Db {
  const queue = createSerialQueue(closedError);
  let closing: Promise<void> | undefined;
  const db: Db = {
    kind: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<T>> {
      assertOutsideTransaction(db, 'query');
      const { rows } = await queue.run(() => pglite.query<T>(sql, [...params]));
      return { rows };
    },
    async exec(sql: string): Promise<void> {
      assertOutsideTransaction(db, 'exec');
      await queue.run(() => pglite.exec(sql));
    },
    async transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
      assertOutsideTransaction(db, 'transaction');
      // PGlite's transaction() sends BEGIN, COMMIT or ROLLBACK, and rejects when COMMIT finds the
      // transaction aborted by a failed statement that fn caught (reported as the pg adapter does).
      const run = (): Promise<T> =>
        pglite.transaction(async (raw) => {
          let isOpen = true;
          try {
            return await runInTransactionScope(db, () => fn(wrapTx(raw, () => isOpen)));
          } finally {
            isOpen = false;
          }
        });
      try {
        return await queue.run(run);
      } catch (error) {
        throw error instanceof TransactionAbortedError ? abortedCommitError() : error;
      }
    },
    async listen(channel: string, onPayload: (payload: string) => void): Promise<Unlisten> {
      assertChannel(channel);
      assertOutsideTransaction(db, 'listen');
      // Notifications arrive while PGlite processes a statement, possibly inside the sender's transaction
      // and its queue turn: deliver them afterwards, so a listener that queries does not wait on itself.
      const deliver = (payload: string): void => {
        setImmediate(() =>
          runOutsideTransactionScope(() => {
            try {
              onPayload(payload);
            } catch (error) {
              onError(error instanceof Error ? error : new Error(String(error)));
            }
          }),
        );
      };
      const stop = await queue.run(() => pglite.listen(channel, deliver));
      let isListening = true;
      return async () => {
        if (!isListening || closing !== undefined) return;
        isListening = false;
        await queue.run(() => stop());
      };
    },
    async notify(channel: string, payload: string): Promise<void> {
      assertChannel(channel);
      assertOutsideTransaction(db, 'notify');
      await db.query(NOTIFY_SQL, [channel, payload]);
    },
    close(): Promise<void> {
      closing ??= (async () => {
        try {
          await queue.close();
          await pglite.close();
        } finally {
          await lock?.release();
        }
      })();
      return closing;
    },
  };
  return db;
}
