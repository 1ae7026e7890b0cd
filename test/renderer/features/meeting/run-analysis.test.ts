/**
 * The worker's run on a desk database (fake-indexeddb) with the real engine: it reads the window's concerns,
 * reports progress in order (reading, then the engine's stages), and posts the analysis with the people who
 * raised the period's concerns; a failure is posted as an error of the run, never thrown.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { emptyConcernFields, type Concern } from '@shared/domain/concern';
import type { NotebookDb } from '../../../../renderer/src/db';
import { runAnalysis } from '../../../../renderer/src/features/meeting/analysis/run-analysis';
import type { AnalyzeRequest, WorkerMessage } from '../../../../renderer/src/features/meeting/analysis/protocol';
import { freshDb } from '../../../helpers/fake-db';
import { testId } from '../../../helpers/concerns';

let db: NotebookDb | undefined;
afterEach(() => db?.close());

const TEXTS = [
  'Streetlight out on Mill Lane, the street is dark at night',
  'Street light broken near the school, dark in the evening',
  'Bins not collected again this week on Oak Lane',
  'Missed bin collection, rubbish piling up',
  'Pothole on Station Road damaged my tyre',
];

function concern(createdAt: string, index: number): Concern & { terms: string[] } {
  return {
    ...emptyConcernFields('phone'),
    summary: TEXTS[index % TEXTS.length] ?? '',
    id: testId(Date.parse(createdAt)),
    createdAt,
    createdBy: 'Desk',
    updatedAt: createdAt,
    updatedBy: 'Desk',
    raisedCount: index % 7 === 0 ? 2 : 1,
    terms: [],
  } as Concern & { terms: string[] };
}

const request = (dbName: string): AnalyzeRequest => ({
  type: 'analyze',
  runId: 7,
  dbName,
  options: { period: '2026-11', history: 2, timeZone: 'UTC', responsePolicy: null, corrections: [] },
});

describe('the analysis worker run', () => {
  it('reads the window, reports progress in order and posts the analysis with its people', async () => {
    db = freshDb();
    const rows = [];
    for (let i = 0; i < 60; i += 1) rows.push(concern(new Date(Date.UTC(2026, 8 + (i % 3), 1 + (i % 27), 10)).toISOString(), i));
    rows.push(concern('2026-12-02T10:00:00.000Z', 0)); // after the period: not read
    await db.concerns.bulkAdd(rows);
    const posted: WorkerMessage[] = [];
    let clock = 0;
    const open = db;
    await runAnalysis(request(open.name), { openDb: () => open, now: () => (clock += 100) }, (m) => posted.push(m));
    const stages = posted.flatMap((m) => (m.type === 'progress' ? [m.progress.stage] : []));
    expect(stages[0]).toBe('reading');
    // The first word comes before the database is opened or read.
    expect(posted[0]).toMatchObject({ type: 'progress', progress: { stage: 'reading', done: 0, concerns: 0 } });
    expect(stages.lastIndexOf('reading')).toBeLessThan(stages.indexOf('words'));
    const result = posted.at(-1);
    expect(result?.type).toBe('result');
    if (result?.type !== 'result') return;
    expect(result.runId).toBe(7);
    expect(result.analysis.period).toBe('2026-11');
    const period = rows.filter((r) => r.createdAt.startsWith('2026-11'));
    expect(result.analysis.totals.at(-1)?.count).toBe(period.length);
    expect(result.people).toBe(period.reduce((n, r) => n + (r.raisedCount ?? 1), 0));
    expect(result.timings.concerns).toBe(60);
  });

  it('posts a failure as an error of its run', async () => {
    const posted: WorkerMessage[] = [];
    await runAnalysis(
      request('missing'),
      {
        openDb: () => {
          throw new Error('The database could not be opened');
        },
        now: () => 0,
      },
      (m) => posted.push(m),
    );
    expect(posted.filter((m) => m.type !== 'progress')).toEqual([{ type: 'error', runId: 7, message: 'The database could not be opened' }]);
  });
});
