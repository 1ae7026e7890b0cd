/**
 * Checks both adapters share, so a mistake fails the same way on PGlite and on PostgreSQL: using the Db
 * (instead of the tx) inside a transaction, nesting transactions, and channel names that are not plain
 * identifiers (LISTEN takes an identifier, not a parameter, so the name is checked before it reaches SQL).
 */
import { AsyncLocalStorage } from 'node:async_hooks';

/** The Db whose transaction the current async call chain runs in, if any. */
const transactionScope = new AsyncLocalStorage<object>();

/** Runs fn marked as inside owner's transaction. */
export function runInTransactionScope<T>(owner: object, fn: () => Promise<T>): Promise<T> {
  return transactionScope.run(owner, fn);
}

/** Runs fn outside any transaction scope: for listener callbacks, which are not part of the transaction that sent them. */
export function runOutsideTransactionScope(fn: () => void): void {
  transactionScope.exit(fn);
}

/** Throws when called from inside one of owner's transactions. */
export function assertOutsideTransaction(owner: object, what: 'query' | 'exec' | 'transaction' | 'notify' | 'listen'): void {
  if (transactionScope.getStore() !== owner) return;
  throw new Error(
    what === 'transaction'
      ? 'Nested transaction: db.transaction() was called inside a transaction; use the tx you were given'
      : `db.${what}() was called inside a transaction; use the tx you were given`,
  );
}

/** Thrown by any call on a Db after close(). */
export function closedError(): Error {
  return new Error('The database is closed');
}

/** Thrown when a transaction's handle is used after it committed or rolled back. */
export function finishedTxError(): Error {
  return new Error('This transaction has already finished');
}

/** Thrown when COMMIT found the transaction aborted by an earlier failed statement that fn caught. */
export function abortedCommitError(): Error {
  return new Error('The transaction was rolled back: a statement in it failed');
}

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

/** Throws unless channel is a lower-case identifier Postgres accepts unquoted. */
export function assertChannel(channel: string): void {
  if (!CHANNEL.test(channel)) throw new Error(`Invalid notification channel "${channel}": use lower-case letters, digits and _`);
}
