import { describe, expect, it } from 'vitest';
import { importedConcernId } from '@shared/sync/mutators/import';
import { checkHistoryFile, checkHistoryText, MAX_HISTORY_FILE_BYTES, previewOf } from '../../../../../renderer/src/features/settings/history-import/check-history';

const HEADER = 'id,created_at,text,category,channel,location';

function problemsOf(csv: string) {
  const check = checkHistoryText(csv, 'office-1');
  if (check.ok) throw new Error('expected problems');
  return check.problems;
}

describe('checkHistoryText', () => {
  it('reads a good file: rows, their concern ids and the preview', () => {
    const csv = [
      '\ufeff' + HEADER,
      'A-1,2025-01-04T09:30:00Z,"Street light out on Oak Lane, again",Streets,Phone,Northside',
      'A-2,2025-01-20,"Bins missed.\nThird week.",Waste,e-mail,',
      'A-3,2025-03-02T10:00:00+01:00,Noise from the bar,,,northside',
      '',
    ].join('\n');
    const check = checkHistoryText(csv, 'office-1');
    if (!check.ok) throw new Error(JSON.stringify(check.problems));
    expect(check.rows.map((r) => [r.id, r.created_at, r.text])).toEqual([
      ['A-1', '2025-01-04T09:30:00.000Z', 'Street light out on Oak Lane, again'],
      ['A-2', '2025-01-20T00:00:00.000Z', 'Bins missed.\nThird week.'],
      ['A-3', '2025-03-02T09:00:00.000Z', 'Noise from the bar'],
    ]);
    expect(check.ids).toEqual(check.rows.map((r) => importedConcernId('office-1', r.id, r.created_at)));
    expect(check.preview).toEqual({
      rows: 3,
      firstMonth: '2025-01',
      lastMonth: '2025-03',
      months: 2,
      categories: [
        ['', 1],
        ['Streets', 1],
        ['Waste', 1],
      ],
      channels: [
        ['email', 1],
        ['other', 1],
        ['phone', 1],
      ],
      areas: 1,
    });
  });

  it('reports every problem with its row number, counting a quoted multi-line text as one row', () => {
    const csv = [
      HEADER,
      'A-1,2025-01-04,"Two\nlines",Streets,phone,',
      'A-2,04/01/2025,ok,,,',
      'A-3,2025-01-05,,,,',
      'A-1,2025-01-06,dup,,,',
      'A-5,2025-01-07,pigeon post,,carrier pigeon,',
    ].join('\n');
    expect(problemsOf(csv)).toEqual([
      { row: 3, message: expect.stringContaining('created_at "04/01/2025" is not an ISO 8601 date') },
      { row: 4, message: 'text is empty' },
      { row: 5, message: 'id "A-1" is also on row 2: each row needs its own id' },
      { row: 6, message: expect.stringContaining('channel "carrier pigeon" is not one the notebook knows') },
    ]);
  });

  it('says when a row has more values than columns (a text with commas not in quotes)', () => {
    expect(problemsOf(`id,created_at,text\nA-1,2025-01-04,Lights out, again\n`)).toEqual([
      { row: 2, message: expect.stringContaining('more values than the header has columns (3)') },
    ]);
  });

  it('says when a quote is never closed', () => {
    const problems = problemsOf(`id,created_at,text\nA-1,2025-01-04,"Lights out\nA-2,2025-01-05,ok\n`);
    expect(problems).toContainEqual({ row: 2, message: expect.stringContaining('closing quote is missing') });
  });

  it('names the missing columns of the header, and an empty file', () => {
    expect(problemsOf('id,date,text\nA-1,2025-01-01,x')).toEqual([{ row: 1, message: expect.stringContaining('no created_at column') }]);
    expect(problemsOf('')).toEqual([{ row: 0, message: expect.stringContaining('The file is empty') }]);
    expect(problemsOf(`${HEADER}\n`)).toEqual([{ row: 0, message: 'The file has a header but no rows' }]);
  });

  it('reads a file written with semicolons, as spreadsheets in many countries save CSV', () => {
    const check = checkHistoryText('id;created_at;text\nA-1;2025-01-04;Lights out, again\n', 'office-1');
    expect(check.ok && check.rows[0]?.text).toBe('Lights out, again');
  });

  it('reports progress up to the end', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `R-${i},2025-02-01,Text number ${i}`);
    const seen: number[] = [];
    checkHistoryText(`id,created_at,text\n${lines.join('\n')}`, 'o', (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(10);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.at(-1)).toBe(1);
  });
});

describe('checkHistoryFile', () => {
  it('refuses a file too large to read, without reading it', async () => {
    const huge = { size: MAX_HISTORY_FILE_BYTES + 1, text: () => Promise.reject(new Error('read')) } as unknown as Blob;
    expect(await checkHistoryFile(huge, 'o', () => undefined)).toEqual({ ok: false, problems: [{ row: 0, message: expect.stringContaining('MB can be read at once') }] });
  });
});

describe('previewOf', () => {
  it('counts areas without regard to case and leaves empty ones out', () => {
    const base = { id: 'x', created_at: '2025-01-01T00:00:00.000Z', text: 't', category: '', channel: '' };
    expect(previewOf([{ ...base, location: 'Docks' }, { ...base, id: 'y', location: 'docks' }, { ...base, id: 'z', location: '' }]).areas).toBe(1);
  });
});
