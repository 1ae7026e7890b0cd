/**
 * The meeting's report as a Markdown file: the agenda, every theme with its trend, key phrases, monthly counts,
 * quotes and decisions, the figures as tables, the decisions and action items, and how trends are judged.
 * Built only from a MeetingReport (report.ts), whose strings are redacted; text is escaped so a quote cannot
 * become a heading, a table cell, a link or HTML.
 */
import { t } from '../../../i18n';
import type { FigureTable } from './figure-rows';
import { countText } from './report-format';
import type { MeetingReport, ReportAgendaItem, ReportDecision, ReportTheme } from './report';

/** Text on one line, with what Markdown would read as markup escaped. */
export function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_{}<>#|!~])/g, '\\$1')
    .replace(/\[(?!(?:name|email|phone|address|redacted)\])/g, '\\[')
    .replace(/^([-+]|\d+\.)(?= )/, '\\$1');
}

const cell = (text: string) => inline(text) || ' ';

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${headers.map(cell).join(' | ')} |`, `|${headers.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)];
}

/** A decision in one line: "Action (Fay Moss, due 2026-12-15, overdue): Fix the lights". */
export function decisionLine(decision: ReportDecision): string {
  const facts = [
    decision.owner === '' ? '' : decision.owner,
    decision.due === '' ? '' : t('present.decision.due', { due: decision.due }),
    t(`present.state.${decision.state}`),
  ].filter((fact) => fact !== '');
  const kind = t(decision.kind === 'action' ? 'present.kind.action' : 'present.kind.decision');
  return `${kind} (${facts.join(', ')}): ${decision.text}`;
}

function themeSection(theme: ReportTheme, index: number): string[] {
  const lines = [`### ${index + 1}. ${inline(theme.label)}`, ''];
  lines.push(`- ${inline(t('present.theme.count', { count: countText(theme.count), people: countText(theme.people) }))}`);
  const trend = [...theme.badges, theme.trend].filter((part) => part !== '').join('. ');
  if (trend !== '') lines.push(`- ${inline(t('present.theme.trend', { trend }))}`);
  if (theme.keyPhrases.length > 0) lines.push(`- ${inline(t('present.theme.phrases', { phrases: theme.keyPhrases.join(', ') }))}`);
  lines.push(`- ${inline(t('present.theme.monthly', { months: theme.monthly.map((m) => `${m.label}: ${m.count}`).join('; ') }))}`);
  for (const quote of theme.quotes) lines.push('', `> ${inline(quote)}`);
  if (theme.decisions.length > 0) {
    lines.push('', inline(t('present.theme.decisions')), '');
    for (const decision of theme.decisions) lines.push(`- ${inline(decisionLine(decision))}`);
  }
  return [...lines, ''];
}

function figureSection(figure: FigureTable): string[] {
  const lines = [`### ${inline(figure.title)}`, '', inline(figure.summary), ''];
  if (figure.rows.length > 0) {
    const rows = figure.rows.map((row) => [row.label, countText(row.count), row.detail]);
    lines.push(...table([t('present.column.what'), t('present.column.count'), t('present.column.detail')], rows), '');
  }
  return lines;
}

function agendaLine(item: ReportAgendaItem, index: number): string {
  if (item.kind === 'figure') return `${index + 1}. ${inline(item.figure.title)}`;
  if (item.theme === null) return `${index + 1}. ${inline(t('present.agenda.notThisMonth', { label: item.label }))}`;
  return `${index + 1}. ${inline(t('present.agenda.theme', { label: item.label, count: countText(item.theme.count) }))}`;
}

/** The report as Markdown text. */
export function reportToMarkdown(report: MeetingReport): string {
  const lines = [`# ${inline(t('present.report.title', { month: report.monthName }))}`, ''];
  lines.push(
    inline(t('present.report.summary', { total: countText(report.total), themes: countText(report.themes.length), unthemed: countText(report.unthemed) })),
    '',
    `## ${inline(t('present.report.agenda'))}`,
    '',
  );
  lines.push(...(report.agenda.length === 0 ? [inline(t('present.report.noAgenda'))] : report.agenda.map(agendaLine)), '');
  lines.push(`## ${inline(t('present.report.themes'))}`, '');
  if (report.themes.length === 0) lines.push(inline(t('present.report.noThemes')), '');
  report.themes.forEach((theme, index) => lines.push(...themeSection(theme, index)));
  lines.push(`## ${inline(t('present.report.figures'))}`, '');
  for (const figure of report.figures) lines.push(...figureSection(figure));
  lines.push(`## ${inline(t('present.report.decisions'))}`, '');
  if (report.decisions.length === 0) lines.push(inline(t('present.report.noDecisions')), '');
  else lines.push(...report.decisions.map((d) => `- ${inline(`${d.theme}: ${decisionLine(d)}`)}`), '');
  lines.push(`## ${inline(t('present.report.method'))}`, '', ...report.method.map((line) => `- ${inline(line)}`), '');
  return lines.join('\n');
}
