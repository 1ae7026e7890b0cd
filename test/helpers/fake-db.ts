import { openNotebookDb, type NotebookDb } from '../../renderer/src/db';

let counter = 0;

/** A fresh database with a unique name in fake-indexeddb, so tests never share state. */
export function freshDb(version?: number, name = `test-${process.pid}-${++counter}`): NotebookDb {
  return openNotebookDb(name, version);
}
