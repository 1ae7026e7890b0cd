/**
 * The meeting's report as one CSV table (RFC 4180: quoted where needed, CRLF line ends, a byte-order mark so
 * spreadsheet programs read UTF-8), one row per theme, figure line, agenda item and decision:
 *
 *   section,label,position,count,detail,trend,key_phrases,owner,due,state
 *   theme,Street lights out,1,42,45 people,"Recurring. 42 this month against about 18 expected…","streetlight, dark",,,
 *   figure:channels,phone,1,120,40%,,,,,
 *   agenda,Street lights out,1,42,theme,,,,,
 *   action,Fix the lights on Oak Lane,1,,Street lights out,,,Fay Moss,2026-12-15,open
 *
 * The label comes before the position: "1,Oak Lane" would read as a house number and a street to the final
 * check (and to a person), where "Oak Lane,1" does not.
 * Built only from a MeetingReport (redacted). A text cell starting with =, +, -, @ (or a tab or carriage return)
 * is prefixed with an apostrophe, so a spreadsheet shows it as text and never runs it as a formula.
 */
import { t } from '../../../i18n';
import type { MeetingReport } from './report';

/** The CSV's columns. */
export const CSV_COLUMNS = ['section', 'label', 'position', 'count', 'detail', 'trend', 'key_phrases', 'owner', 'due', 'state'] as const;

type Row = Partial<Record<(typeof CSV_COLUMNS)[number], string | number>>;

/** A text cell made safe for spreadsheets: a would-be formula becomes text. */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One cell as CSV: numbers as they are, text guarded against formulas and quoted when it must be. */
export function csvCell(value: string | number | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = guardFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function rowsOf(report: MeetingReport): Row[] {
  const rows: Row[] = [];
  report.themes.forEach((theme, i) => {
    rows.push({
      section: 'theme',
      position: i + 1,
      label: theme.label,
      count: theme.count,
      detail: t('present.csv.people', { people: theme.people }),
      trend: [...theme.badges, theme.trend].filter((p) => p !== '').join('. '),
      key_phrases: theme.keyPhrases.join(', '),
    });
  });
  for (const figure of report.figures) {
    figure.rows.forEach((row, i) => rows.push({ section: `figure:${figure.figure}`, position: i + 1, label: row.label, count: row.count, detail: row.detail }));
  }
  report.agenda.forEach((item, i) => {
    if (item.kind === 'figure') rows.push({ section: 'agenda', position: i + 1, label: item.figure.title, detail: 'figure' });
    else rows.push({ section: 'agenda', position: i + 1, label: item.label, count: item.theme?.count, detail: item.theme === null ? t('present.csv.notFound') : 'theme' });
  });
  report.decisions.forEach((d, i) => {
    rows.push({ section: d.kind, position: i + 1, label: d.text, detail: d.theme, owner: d.owner, due: d.due, state: d.state });
  });
  return rows;
}

/** The report as CSV text. */
export function reportToCsv(report: MeetingReport): string {
  const lines = [CSV_COLUMNS.join(','), ...rowsOf(report).map((row) => CSV_COLUMNS.map((column) => csvCell(row[column])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
