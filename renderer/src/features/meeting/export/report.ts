/**
 * The meeting's report: one redacted model of a month's meeting that the slides, the Markdown and CSV files
 * and the printed (PDF) report are all drawn from, so what leaves the app passes one privacy gate. Every string
 * in it went through scrub() with the period's personal data: the engine's labels, phrases and quotes (already
 * redacted once), the facilitators' labels, and the decisions' free text and owners.
 */
import { MEETING_FIGURES, type AgendaItem, type MeetingDecision, type MeetingFigure, type Month } from '@shared/domain/meeting';
import { monthName } from '@shared/patterns/months';
import type { Analysis, Theme } from '@shared/patterns/types';
import { t } from '../../../i18n';
import { matchTheme } from '@shared/patterns/match';
import { figureTable, type FigureTable } from './figure-rows';
import { scrub, type PersonalData } from './privacy';

/** Most quotes a theme shows on a slide or in a file. */
export const QUOTES_SHOWN = 3;

/** Where a decision or action item stands: done, open, or open past its due date. */
export type DecisionState = 'done' | 'open' | 'overdue';

/** A decision or action item, redacted. */
export interface ReportDecision {
  readonly id: string;
  readonly kind: 'decision' | 'action';
  readonly theme: string;
  readonly text: string;
  readonly owner: string;
  readonly due: string;
  readonly state: DecisionState;
}

/** A theme, redacted, with its monthly series and the decisions recorded against it this month. */
export interface ReportTheme {
  readonly id: string;
  readonly label: string;
  readonly count: number;
  readonly people: number;
  /** "Recurring", "Emerging: new", "Emerging: growing", "Fading". */
  readonly badges: readonly string[];
  readonly trend: string;
  readonly keyPhrases: readonly string[];
  readonly quotes: readonly string[];
  readonly monthly: readonly { month: Month; label: string; count: number }[];
  readonly decisions: readonly ReportDecision[];
}

/** An agenda item: a theme (null when no theme of this month matches the pinned one) or a figure. */
export type ReportAgendaItem =
  | { readonly kind: 'theme'; readonly id: string; readonly label: string; readonly theme: ReportTheme | null }
  | { readonly kind: 'figure'; readonly id: string; readonly figure: FigureTable };

/** A month's meeting, ready to present or export. */
export interface MeetingReport {
  readonly period: Month;
  readonly monthName: string;
  readonly total: number;
  readonly unthemed: number;
  readonly themes: readonly ReportTheme[];
  readonly figures: readonly FigureTable[];
  readonly agenda: readonly ReportAgendaItem[];
  /** This month's decisions and action items, in the order recorded. */
  readonly decisions: readonly ReportDecision[];
  /** How "emerging" and "fading" are decided, in plain words. */
  readonly method: readonly string[];
}

/** What a report is made from. */
export interface ReportInput {
  readonly analysis: Analysis;
  /** The period's agenda in order (agendaOf). */
  readonly agenda: readonly AgendaItem[];
  /** The period's decisions, not withdrawn (decisionsOf). */
  readonly decisions: readonly MeetingDecision[];
  /** Today in the office's time zone, YYYY-MM-DD: which open action items are overdue. */
  readonly today: string;
  readonly personal: PersonalData;
}

/** Where a decision stands on `today` (YYYY-MM-DD). */
export function decisionState(decision: Pick<MeetingDecision, 'doneAt' | 'due' | 'kind'>, today: string): DecisionState {
  if (decision.doneAt !== null) return 'done';
  return decision.kind === 'action' && decision.due !== '' && decision.due < today ? 'overdue' : 'open';
}

/** The decision, redacted, with its theme named by `themeLabel` (the matched theme's label now, or as recorded). */
export function reportDecision(decision: MeetingDecision, themeLabel: string, today: string, personal: PersonalData): ReportDecision {
  return {
    id: decision.id,
    kind: decision.kind,
    theme: scrub(themeLabel, personal),
    text: scrub(decision.text, personal),
    owner: scrub(decision.owner, personal),
    due: decision.due,
    state: decisionState(decision, today),
  };
}

/** The trend badges of a theme in words. */
export function badgesOf(theme: Theme): string[] {
  const badges: string[] = [];
  if (theme.trend.isRecurring) badges.push(t('present.badge.recurring'));
  if (theme.trend.emerging === 'new') badges.push(t('present.badge.new'));
  if (theme.trend.emerging === 'growing') badges.push(t('present.badge.growing'));
  if (theme.trend.isFading) badges.push(t('present.badge.fading'));
  return badges;
}

function reportTheme(theme: Theme, decisions: readonly ReportDecision[], personal: PersonalData): ReportTheme {
  return {
    id: theme.id,
    label: scrub(theme.label, personal),
    count: theme.count,
    people: theme.people,
    badges: badgesOf(theme),
    trend: scrub(theme.trend.explanation, personal),
    keyPhrases: theme.keyPhrases.map((phrase) => scrub(phrase, personal)),
    quotes: theme.quotes.slice(0, QUOTES_SHOWN).map((quote) => scrub(quote.text, personal)),
    monthly: theme.monthly.map((m) => ({ month: m.month, label: monthName(m.month), count: m.count })),
    decisions,
  };
}

/** The report of a month's meeting; every string in it redacted. */
export function buildReport(input: ReportInput): MeetingReport {
  const { analysis, personal, today } = input;
  const decisionsByTheme = new Map<string, ReportDecision[]>();
  const decisions = input.decisions.map((decision) => {
    const theme = matchTheme(decision.signature, analysis.themes);
    const row = reportDecision(decision, theme?.label ?? decision.themeLabel, today, personal);
    if (theme !== null) decisionsByTheme.set(theme.id, [...(decisionsByTheme.get(theme.id) ?? []), row]);
    return row;
  });
  const themes = analysis.themes.map((theme) => reportTheme(theme, decisionsByTheme.get(theme.id) ?? [], personal));
  const themeById = new Map(themes.map((theme) => [theme.id, theme]));
  const figures = new Map<MeetingFigure, FigureTable>(MEETING_FIGURES.map((f) => [f, figureTable(analysis, f, personal)]));
  const agenda = input.agenda.map((item): ReportAgendaItem => {
    if (item.subject.kind === 'figure') return { kind: 'figure', id: item.id, figure: figures.get(item.subject.figure) as FigureTable };
    const matched = matchTheme(item.subject.signature, analysis.themes);
    const theme = matched === null ? null : (themeById.get(matched.id) ?? null);
    return { kind: 'theme', id: item.id, label: theme?.label ?? scrub(item.subject.label, personal), theme };
  });
  return {
    period: analysis.period,
    monthName: monthName(analysis.period),
    total: analysis.totals.at(-1)?.count ?? 0,
    unthemed: analysis.unthemed.length,
    themes,
    figures: [...figures.values()],
    agenda,
    decisions,
    method: [analysis.method.test, analysis.method.threshold, analysis.method.presence].map((line) => scrub(line, personal)),
  };
}
