import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnalyzeArgs, UsageError } from '../../scripts/lib/analyze-args';
import { HistoryFileError, historyRowToConcern, parseHistoryCsv, readHistoryText } from '../../scripts/lib/analyze-csv';

describe('parseAnalyzeArgs', () => {
  it('takes a file and the options, in either spelling', () => {
    expect(parseAnalyzeArgs(['h.csv', '--out', 'r.json', '--period=2026-03', '--time-zone', 'Europe/Berlin', '--history', '5'])).toEqual({
      kind: 'run',
      file: 'h.csv',
      out: 'r.json',
      period: '2026-03',
      timeZone: 'Europe/Berlin',
      history: 5,
    });
    expect(parseAnalyzeArgs(['h.csv'])).toEqual({ kind: 'run', file: 'h.csv', out: null, period: null, timeZone: 'UTC', history: 11 });
  });

  it('answers --help before anything else', () => {
    expect(parseAnalyzeArgs(['--bogus', 'x.csv', '--help'])).toEqual({ kind: 'help' });
    expect(parseAnalyzeArgs(['-h'])).toEqual({ kind: 'help' });
  });

  it.each([
    [[], /Give the CSV file/],
    [['a.csv', 'b.csv'], /Give one CSV file, not 2/],
    [['a.csv', '--verbose'], /Unknown option --verbose/],
    [['a.csv', '--period', '2026-13'], /--period "2026-13" is not a month: write it as YYYY-MM/],
    [['a.csv', '--period', 'March'], /is not a month/],
    [['a.csv', '--period'], /--period needs a value, like --period 2026-03/],
    [['a.csv', '--out', '--period', '2026-03'], /--out needs a value/],
    [['a.csv', '--time-zone', 'Mars/Base'], /not a time zone/],
    [['a.csv', '--history', '-1'], /whole number of months/],
    [['a.csv', '--period', '2026-03', '--period', '2026-04'], /given twice/],
  ])('refuses %j with a message that says what to do', (argv, message) => {
    expect(() => parseAnalyzeArgs(argv)).toThrow(UsageError);
    expect(() => parseAnalyzeArgs(argv)).toThrow(message);
  });
});

describe('parseHistoryCsv', () => {
  it('reads a header, a byte order mark, quoted commas and line breaks, and any column order', () => {
    const csv = '\ufefftext,id,created_at,channel\r\n"Lights out, again\nand again",A-1,2026-03-04T09:30:00Z,Phone call\r\nBins,A-2,2026-03-05,\r\n';
    const read = parseHistoryCsv(csv);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.rows.map((r) => [r.id, r.text, r.created_at, r.channel])).toEqual([
      ['A-1', 'Lights out, again\nand again', '2026-03-04T09:30:00.000Z', 'Phone call'],
      ['A-2', 'Bins', '2026-03-05T00:00:00.000Z', ''],
    ]);
    const [first] = read.rows;
    expect(first && historyRowToConcern(first).channel).toBe('phone');
  });

  it('reads a file a spreadsheet saved with semicolons', () => {
    const read = parseHistoryCsv('id;created_at;text\nA-1;2026-03-04;Pothole on Elm Street\n');
    expect(read.ok && read.rows[0]?.text).toBe('Pothole on Elm Street');
  });

  it('reports every bad row with its row number, counting the header as row 1', () => {
    const csv = 'id,created_at,text\nA-1,2026-03-04,ok\nA-2,yesterday,fine\nA-1,2026-03-05,dup\nA-4,2026-03-05,\n';
    const read = parseHistoryCsv(csv);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.row)).toEqual([3, 4, 5]);
    expect(read.problems[0]?.message).toMatch(/created_at "yesterday" is not an ISO 8601/);
    expect(read.problems[1]?.message).toMatch(/also on row 2/);
    expect(read.problems[2]?.message).toMatch(/text is empty/);
  });

  it('reports a missing column, a row of the wrong width, an unclosed quote, an empty and a binary file', () => {
    const missing = parseHistoryCsv('id,when,text\nA-1,2026-03-04,x\n');
    expect(!missing.ok && missing.problems[0]?.message).toMatch(/no created_at column/);
    const wide = parseHistoryCsv('id,created_at,text\nA-1,2026-03-04,x,extra\n');
    expect(!wide.ok && wide.problems[0]).toMatchObject({ row: 2, message: expect.stringMatching(/as many fields as the header/) });
    const quote = parseHistoryCsv('id,created_at,text\nA-1,2026-03-04,"never closed\n');
    expect(!quote.ok && quote.problems[0]?.message).toMatch(/quoted field is never closed/);
    expect(!parseHistoryCsv('').ok).toBe(true);
    const binary = parseHistoryCsv('PK\u0003\u0004\u0000\u0000');
    expect(!binary.ok && binary.problems[0]?.message).toMatch(/not text/);
  });
});

describe('readHistoryText', () => {
  it('says plainly why a file cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'analyze-'));
    expect(() => readHistoryText(join(dir, 'nope.csv'))).toThrow(HistoryFileError);
    expect(() => readHistoryText(join(dir, 'nope.csv'))).toThrow(/Cannot read .*nope\.csv: there is no such file/);
    mkdirSync(join(dir, 'folder.csv'));
    expect(() => readHistoryText(join(dir, 'folder.csv'))).toThrow(/it is a folder/);
    writeFileSync(join(dir, 'ok.csv'), 'id,created_at,text\n');
    expect(readHistoryText(join(dir, 'ok.csv'))).toBe('id,created_at,text\n');
  });
});
