/**
 * The meeting's exports (Markdown and CSV) and the report behind slides and the PDF, built from text FULL of
 * names, emails, phone numbers and street addresses: none survive, in any form; CSV cells cannot run as
 * formulas; the finished files pass the final check and a leaky file is refused.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { containsPersonalData } from '@shared/patterns/redact';
import { buildReport, decisionState, type MeetingReport } from '../../../../../renderer/src/features/meeting/export/report';
import { reportToMarkdown, inline } from '../../../../../renderer/src/features/meeting/export/markdown';
import { CSV_COLUMNS, csvCell, guardFormula, reportToCsv } from '../../../../../renderer/src/features/meeting/export/csv';
import { assertNoPersonalData, NO_PERSONAL_DATA, PersonalDataFound, personalDataIn, relevantPersonal, scrub } from '../../../../../renderer/src/features/meeting/export/privacy';
import { personalDataInWords } from '../../../../../renderer/src/features/meeting/export/personal-source';
import { KNOWN, MUST_NOT_APPEAR, leakyAgenda, leakyAnalysis, leakyDecisions } from './personal-fixtures';

const report = (): MeetingReport =>
  buildReport({ analysis: leakyAnalysis(), agenda: leakyAgenda(), decisions: leakyDecisions(), today: '2026-12-05', personal: KNOWN });

function expectClean(text: string): void {
  for (const piece of MUST_NOT_APPEAR) expect(text.toLowerCase(), `"${piece}" survived`).not.toContain(piece.toLowerCase());
  expect(containsPersonalData(text, KNOWN.values)).toEqual([]);
}

/** The CSV's cells as a spreadsheet would read them (papaparse: RFC 4180). */
function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

describe('the report behind slides and files', () => {
  it('redacts every label, phrase, quote, explanation, place, decision, owner and pinned label', () => {
    expectClean(JSON.stringify(report()));
  });

  it('keeps what the meeting needs: counts, public street names, the owner placeholder and three quotes at most', () => {
    const r = report();
    const lights = r.themes[0];
    expect(lights?.count).toBe(2);
    expect(lights?.quotes).toHaveLength(3);
    expect(lights?.label).toContain('street lights');
    expect(r.figures.find((f) => f.figure === 'places')?.rows[0]?.label).toBe('Oak Lane');
    expect(r.decisions[1]?.owner).toBe('[name]');
    expect(r.decisions[2]?.owner).toBe('[phone]');
  });

  it('puts decisions beside their theme, names a pinned theme not found this month, and says where each stands', () => {
    const r = report();
    expect(r.themes[0]?.decisions.map((d) => d.id)).toEqual(leakyDecisions().slice(0, 3).map((d) => d.id));
    expect(r.agenda.map((a) => a.kind)).toEqual(['theme', 'figure', 'theme']);
    const missing = r.agenda[2];
    expect(missing?.kind === 'theme' && missing.theme).toBe(null);
    expect(r.decisions.map((d) => d.state)).toEqual(['open', 'overdue', 'done', 'open']);
  });

  it('judges an action overdue only when open past its due date', () => {
    const base = { kind: 'action' as const, doneAt: null, due: '2026-12-01' };
    expect(decisionState(base, '2026-12-01')).toBe('open');
    expect(decisionState(base, '2026-12-02')).toBe('overdue');
    expect(decisionState({ ...base, doneAt: '2026-12-03T00:00:00.000Z' }, '2027-01-01')).toBe('done');
    expect(decisionState({ ...base, kind: 'decision' }, '2027-01-01')).toBe('open');
  });

  it('runs the generic detectors even with no known personal data', () => {
    const r = buildReport({ analysis: leakyAnalysis(), agenda: leakyAgenda(), decisions: leakyDecisions(), today: '2026-12-05', personal: NO_PERSONAL_DATA });
    const text = JSON.stringify(r);
    for (const piece of ['j.doe@mail.test', '(212) 555-0199', '48 Elm Street', 'Peter Jones', '555-014-2368', '12 Oak Lane']) expect(text).not.toContain(piece);
  });
});

describe('Markdown', () => {
  it('contains no personal data, and passes the final check', () => {
    const markdown = reportToMarkdown(report());
    expectClean(markdown);
    expect(personalDataIn(markdown, KNOWN)).toEqual([]);
    expect(() => assertNoPersonalData(markdown, KNOWN)).not.toThrow();
  });

  it('lays out the month: title, agenda, themes with trend and quotes, figures as tables, decisions, method', () => {
    const markdown = reportToMarkdown(report());
    expect(markdown).toMatch(/^# Monthly meeting: November 2026\n/);
    expect(markdown).toContain('## Agenda\n\n1. ');
    expect(markdown).toContain('3. Graffiti at [address] (not found this month)');
    expect(markdown).toContain('### 2. Missed bins');
    expect(markdown).toContain('- Trend: Recurring. 2 this month, as expected');
    expect(markdown).toContain('| What | Concerns | Meaning |');
    expect(markdown).toContain('Action ([name], due 2026-11-20, Overdue): ');
    expect(markdown).toContain('## How trends are judged');
  });

  it('escapes text so a quote cannot become markup, but keeps placeholders readable', () => {
    expect(inline('# Heading | cell <script>')).toBe('\\# Heading \\| cell \\<script\\>');
    expect(inline('- not a list item')).toBe('\\- not a list item');
    expect(inline('call [name] at [phone]')).toBe('call [name] at [phone]');
    expect(inline('[link](http://evil.test)')).toBe('\\[link](http://evil.test)');
  });
});

describe('CSV', () => {
  it('contains no personal data, and passes the final check', () => {
    const csv = reportToCsv(report());
    expectClean(csv);
    expect(personalDataIn(csv, KNOWN)).toEqual([]);
  });

  it('has one header and rows of the same width, RFC 4180 quoted, with a byte-order mark', () => {
    const csv = reportToCsv(report());
    expect(csv.startsWith('\uFEFFsection,label,position,')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(rows.filter((r) => r[0] === 'theme').map((r) => r[3])).toEqual(['2', '2']);
    expect(rows.some((r) => r[0] === 'figure:places' && r[1] === 'Oak Lane')).toBe(true);
  });

  it('turns every cell that a spreadsheet would run as a formula into text', () => {
    const rows = parseCsv(reportToCsv(report()).slice(1));
    for (const cell of rows.flat()) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows.some((r) => r[1] === '\'=HYPERLINK("http://evil.test","x")')).toBe(true);
    expect(rows.some((r) => r[1]?.startsWith("'=cmd|"))).toBe(true);
    expect(rows.some((r) => r[1]?.startsWith("'@SUM(1+1)"))).toBe(true);
    expect(rows.some((r) => r[1]?.startsWith("'-2 vans"))).toBe(true);
  });

  it('guards and quotes single cells', () => {
    expect(guardFormula('+1 crew')).toBe("'+1 crew");
    expect(guardFormula('\tx')).toBe("'\tx");
    expect(guardFormula('ok = fine')).toBe('ok = fine');
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('the privacy gate', () => {
  it('refuses a finished file that still holds personal data, without repeating it', () => {
    const leaky = 'Minutes: Maria Lopez (maria.lopez@example.org) came again.';
    expect(personalDataIn(leaky, KNOWN).length).toBeGreaterThan(0);
    expect(() => assertNoPersonalData(leaky, KNOWN)).toThrow(PersonalDataFound);
    try {
      assertNoPersonalData(leaky, KNOWN);
    } catch (error) {
      expect(String(error)).not.toContain('Lopez');
    }
  });

  it('checks a text only against the personal strings that could occur in it, and finds the same', () => {
    const text = 'Lopez phoned from 555-014-2368 about the lights';
    expect(relevantPersonal(text, KNOWN).sort()).toEqual(['555 014 2368', 'Maria Lopez', 'maria.lopez@example.org']);
    expect(scrub(text, KNOWN)).toBe(scrub(text, KNOWN));
    expect(scrub(text, KNOWN)).not.toMatch(/Lopez|2368/);
    expect(relevantPersonal('Nothing personal here', KNOWN)).toEqual([]);
  });
});

describe('personal data in a citizen’s own words', () => {
  it('finds the names after a cue, emails, phones and addresses of a concern logged in one line', () => {
    const found = personalDataInWords('Streetlight out. My name is Maria Lopez, call 555 014 2368 or maria.lopez@example.org, I live at 12 Oak Lane. Mrs Ann Smith too');
    expect(found).toEqual(expect.arrayContaining(['Maria Lopez', 'Ann Smith', '555 014 2368', 'maria.lopez@example.org']));
    expect(found.some((v) => v.includes('12 Oak Lane'))).toBe(true);
    expect(found).not.toContain('Mrs Ann Smith');
  });

  it('lets a decision naming that citizen without a cue be redacted', () => {
    const personal = { values: personalDataInWords('Bins missed. My name is Maria Lopez') };
    expect(scrub('Call Maria Lopez back; lopez said so', personal)).toBe('Call [name] back; [name] said so');
  });
});
