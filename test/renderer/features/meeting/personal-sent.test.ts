/**
 * The personal data the worker sends with its result (so the page reads no month of concerns on its own thread
 * as the dashboard appears) is exactly what the page would read from the desk for the same analysis: every
 * name, email, phone and address of the concerns the analysis names, and nothing of the others. The client keeps
 * it with the analysis object, and usePersonalData's source (sentPersonalData) finds it there.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { emptyConcernFields, type Concern } from '@shared/domain/concern';
import type { NotebookDb } from '../../../../renderer/src/db';
import { runAnalysis } from '../../../../renderer/src/features/meeting/analysis/run-analysis';
import { createAnalysisClient, type WorkerLike } from '../../../../renderer/src/features/meeting/analysis/analysis-client';
import type { AnalyzeRequest, WorkerMessage } from '../../../../renderer/src/features/meeting/analysis/protocol';
import { readPersonalData, sentPersonalData } from '../../../../renderer/src/features/meeting/export/personal-source';
import { freshDb } from '../../../helpers/fake-db';
import { testId } from '../../../helpers/concerns';

let db: NotebookDb | undefined;
afterEach(() => db?.close());

const TEXTS = ['Streetlight out on Mill Lane, dark at night', 'Street light broken near the school', 'Bins not collected again on Oak Lane', 'Missed bin collection, rubbish piling up', 'My name is Grace Reid, bins missed again, call 555 014 2368'];
const NAMES = ['Maria Lopez', 'John Smith', 'Aisha Khan', 'Wei Chen', 'Olga Novak'];

function concern(createdAt: string, i: number): Concern & { terms: string[] } {
  const base = emptyConcernFields('phone');
  return {
    ...base,
    summary: TEXTS[i % TEXTS.length] ?? '',
    contact: { ...base.contact, name: NAMES[i % NAMES.length] ?? '', email: i % 2 === 0 ? `person${i}@example.org` : '', phone: i % 3 === 0 ? `555 014 ${String(1000 + i)}` : '' },
    location: { address: i % 4 === 0 ? `${i + 1} Mill Lane` : '', area: 'Riverside' },
    id: testId(Date.parse(createdAt)),
    createdAt,
    createdBy: 'Desk',
    updatedAt: createdAt,
    updatedBy: 'Desk',
    terms: [],
  } as Concern & { terms: string[] };
}

const request = (dbName: string): AnalyzeRequest => ({
  type: 'analyze',
  runId: 1,
  dbName,
  options: { period: '2026-11', history: 2, timeZone: 'UTC', responsePolicy: null, corrections: [] },
});

describe('personal data sent with the analysis', () => {
  it('equals what the page would read from the desk, and the client keeps it with the analysis', async () => {
    db = freshDb();
    const rows = [];
    for (let i = 0; i < 48; i += 1) rows.push(concern(new Date(Date.UTC(2026, 8 + (i % 3), 1 + (i % 27), 10, i)).toISOString(), i));
    await db.concerns.bulkAdd(rows);
    const posted: WorkerMessage[] = [];
    const open = db;
    await runAnalysis(request(open.name), { openDb: () => open, now: () => 0 }, (m) => posted.push(m));
    const result = posted.find((m) => m.type === 'result');
    if (result?.type !== 'result') throw new Error(`no result: ${JSON.stringify(posted.at(-1))}`);
    const read = await readPersonalData(open, result.analysis);
    expect(read.values.length).toBeGreaterThan(0);
    expect([...(result.personal ?? [])].sort()).toEqual([...read.values].sort());
    // A name only in the citizen's words (a concern logged in one line) is sent too.
    expect(result.personal).toContain('Grace Reid');

    // Through the client, as the page receives it: the same analysis object carries it.
    let onmessage: ((event: MessageEvent) => void) | null = null;
    const worker: WorkerLike = {
      postMessage: () => undefined,
      terminate: () => undefined,
      get onmessage() {
        return onmessage;
      },
      set onmessage(handler) {
        onmessage = handler;
      },
      onerror: null,
    };
    const received: WorkerMessage[] = [];
    const client = createAnalysisClient(() => worker, (m) => received.push(m), 'failed');
    const runId = client.start({ dbName: open.name, options: request(open.name).options });
    const copy = structuredClone({ ...result, runId });
    (onmessage as ((event: MessageEvent) => void) | null)?.({ data: copy } as MessageEvent);
    const shown = received.find((m) => m.type === 'result');
    if (shown?.type !== 'result') throw new Error('the client did not pass the result on');
    expect(sentPersonalData(shown.analysis)?.values).toEqual(result.personal);
    expect(sentPersonalData(result.analysis)).toBeUndefined();
  });
});
