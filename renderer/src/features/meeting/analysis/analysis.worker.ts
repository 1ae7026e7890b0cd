/**
 * The meeting view's Web Worker: runs the pattern engine off the interface's thread, so the page stays
 * responsive and shows progress while a year of concerns is analysed. It opens the desk's database itself
 * (Dexie works in workers; one connection per database name, kept between runs) and answers each request with
 * progress, then a result or an error (protocol.ts). A stale run is cancelled by the page ending the worker.
 */
import { openNotebookDb, type NotebookDb } from '../../../db';
import type { AnalyzeRequest } from './protocol';
import { runAnalysis } from './run-analysis';

const connections = new Map<string, NotebookDb>();

function openDb(name: string): NotebookDb {
  let db = connections.get(name);
  if (db === undefined) {
    db = openNotebookDb(name);
    connections.set(name, db);
  }
  return db;
}

self.addEventListener('message', (event: MessageEvent<AnalyzeRequest>) => {
  if (event.data?.type !== 'analyze') return;
  void runAnalysis(event.data, { openDb, now: () => performance.now() }, (message) =>
    self.postMessage(message.type === 'result' ? { ...message, timings: { ...message.timings, postedAt: performance.timeOrigin + performance.now() } } : message),
  );
});
