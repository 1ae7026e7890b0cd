import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { containsPersonalData } from '@shared/patterns/redact';
import type { AnalyzeOutput } from '../../scripts/lib/analyze-run';
import { syntheticConcerns, toHistoryCsv } from '../helpers/synthetic-concerns';

const ROOT = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));

/** Runs `npm run analyze -- <args>` as the script itself, in a process of its own. */
function analyzeCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'analyze.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const history = syntheticConcerns({ count: 900, months: 6, lastMonth: '2026-03', seed: 11, idPrefix: 'H-' });
const file = join(dir, 'history.csv');
const everyonesData = [...new Set(history.concerns.flatMap((c) => c.personal))];

describe('npm run analyze', () => {
  let result: { code: number | null; stdout: string; stderr: string };
  beforeAll(() => {
    // A spreadsheet's export: a byte order mark, CRLF, quoted line breaks and commas (the signatures).
    writeFileSync(file, `\ufeff${toHistoryCsv(history.rows)}`);
    result = analyzeCli(file);
  }, 180_000);

  it('writes the latest month\'s themes as JSON, each concern in at most one theme, with a summary on stderr', () => {
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as AnalyzeOutput;
    expect(out.period).toBe('2026-03');
    const march = new Set(history.rows.filter((r) => r.created_at.startsWith('2026-03')).map((r) => r.id));
    const themed = out.themes.flatMap((t) => t.concernIds);
    expect(new Set(themed).size).toBe(themed.length);
    expect(new Set([...themed, ...out.unthemed])).toEqual(march);
    expect(out.themes.length).toBeGreaterThan(3);
    for (const theme of out.themes) {
      expect(Object.keys(theme).sort()).toEqual(['concernIds', 'count', 'id', 'keyPhrases', 'label', 'trend']);
      expect(theme.count).toBe(theme.concernIds.length);
      expect(typeof theme.trend.isRecurring).toBe('boolean');
    }
    expect(result.stderr).toMatch(/^Analysed [\d,]+ concerns of March 2026 against 11 earlier months: \d+ themes?, [\d,]+ concerns? in no theme\n$/);
  });

  it('shows no citizen name, email, phone or address in labels and key phrases', () => {
    const out = JSON.parse(result.stdout) as AnalyzeOutput;
    for (const theme of out.themes) {
      for (const text of [theme.label, ...theme.keyPhrases]) expect(containsPersonalData(text, everyonesData)).toEqual([]);
    }
  });

  it('analyses the month asked for and writes to --out, the same themes for the same file', () => {
    const target = join(dir, 'feb.json');
    const run = analyzeCli(file, '--period', '2026-02', '--out', target);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/of February 2026 .*; written to .*feb\.json/);
    const out = JSON.parse(readFileSync(target, 'utf8')) as AnalyzeOutput;
    expect(out.period).toBe('2026-02');
    const again = analyzeCli(file, '--period', '2026-02');
    expect(JSON.parse(again.stdout)).toEqual(out);
  });

  it('prints every bad row with its number, exits 1 and writes nothing', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'id,created_at,text\nB-1,2026-03-04,Pothole\nB-2,04/03/2026,Lights out\nB-1,2026-03-05,Bins\nB-4,2026-03-06,\n');
    const target = join(dir, 'bad.json');
    const run = analyzeCli(bad, '--out', target);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${bad}: row 3: created_at "04/03/2026" is not an ISO 8601 date`);
    expect(run.stderr).toContain(`${bad}: row 4: id "B-1" is also on row 2`);
    expect(run.stderr).toContain(`${bad}: row 5: text is empty`);
    expect(run.stderr).toMatch(/was not analysed: fix these problems/);
    expect(existsSync(target)).toBe(false);
  });

  it('explains a missing file, a file that is not CSV text, a bad period, an unknown option and --help', () => {
    const missing = analyzeCli(join(dir, 'nope.csv'));
    expect([missing.code, missing.stderr]).toEqual([1, `Cannot read ${join(dir, 'nope.csv')}: there is no such file\n`]);
    const binary = join(dir, 'export.xlsx');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00]));
    expect(analyzeCli(binary)).toMatchObject({ code: 1, stderr: expect.stringMatching(/not text .*save the history as CSV/) });
    expect(analyzeCli(file, '--period', '03/2026')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^--period "03\/2026" is not a month/) });
    expect(analyzeCli(file, '--verbose')).toMatchObject({ code: 2, stderr: expect.stringMatching(/^Unknown option --verbose/) });
    const help = analyzeCli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run analyze -- <file\.csv>/);
  });
});
