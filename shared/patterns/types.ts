/**
 * The pattern engine's contract: what it reads (PatternConcern, one per concern, built from a stored concern by
 * from-concern.ts or from an imported CSV row) and what it returns (Analysis). The engine is pure and
 * deterministic: the same concerns and options give the same Analysis, in Node (npm run analyze), in the app's
 * Web Worker and in tests. Everything in an Analysis that can leave the app (labels, key phrases, quotes,
 * place names) is already redacted; ids are the concerns' own, so every figure opens the concerns behind it.
 */
import type { Month, ThemeCorrection, ThemeSignature } from '../domain/meeting';
import type { ResponsePolicy } from '../domain/response-clock';

/** What the engine reads of one concern. */
export interface PatternConcern {
  id: string;
  /** When it was logged, ISO 8601 UTC. */
  createdAt: string;
  /** What the citizen said: the summary and details as logged (not yet redacted). */
  text: string;
  /** '' when none. */
  category: string;
  /** '' when unknown. */
  channel: string;
  /** The area or neighbourhood, '' when none. */
  area: string;
  /** The street address, '' when none: only its street name is ever shown, never the house number. */
  address: string;
  tags: readonly string[];
  priority: 'normal' | 'high' | 'top';
  status: 'new' | 'acknowledged' | 'in-progress' | 'resolved' | 'closed';
  /** When the citizen was first answered (the response clock stopped), or null. */
  firstResponseAt: string | null;
  /** How many people raised it (1 plus those merged into it). */
  raisedCount: number;
  /**
   * One opaque key per citizen (a normalized email, phone or name, so one person's concerns share it), '' when
   * anonymous or unknown. Only ever counted, never shown.
   */
  contactKey: string;
  /** This concern's personal data (contacts' names, emails, phones, the street address): removed from anything shown. */
  personal: readonly string[];
}

/** How to analyse. */
export interface AnalysisOptions {
  /** The month to analyse, in the office's time zone. */
  period: Month;
  /** How many months before the period to compare it with (default 11: a year in all). */
  history?: number;
  /** The office's IANA time zone: which month a concern falls in. */
  timeZone: string;
  /** The office's response targets, or null when it has none (no response-time figures then). */
  responsePolicy: ResponsePolicy | null;
  /** The facilitators' corrections in force (withdrawn ones are ignored). */
  corrections: readonly ThemeCorrection[];
  /** Called now and then with how far the analysis is, for a progress bar. */
  onProgress?: (progress: AnalysisProgress) => void;
}

/** How far an analysis is: `done` of `total` steps of `stage`. */
export interface AnalysisProgress {
  stage: 'words' | 'themes' | 'trends' | 'figures';
  done: number;
  total: number;
}

/** A count of concerns with the ids behind it, so the figure can be opened. */
export interface Count {
  /** What is counted: a channel, an area, a category, a month… */
  key: string;
  count: number;
  /** count / the total it is a share of, 0..1. */
  share: number;
  concernIds: string[];
}

/** One month's figure of a theme. */
export interface MonthFigure {
  month: Month;
  count: number;
  concernIds: string[];
}

/** How a theme moves against the months before the period. */
export interface Trend {
  /** Months of the last six (the period included) in which the theme had concerns (at least the presence minimum). */
  monthsPresent: number;
  /** Present in at least 3 of the last 6 months. */
  isRecurring: boolean;
  /** 'new': absent before the period; 'growing': more than the earlier months predict (see `test`); null otherwise. */
  emerging: 'new' | 'growing' | null;
  /** Fewer than the earlier months predict, by the same test. */
  isFading: boolean;
  /** Concerns in the period. */
  observed: number;
  /** What the earlier months predict for the period (the theme's earlier share of all concerns times the period's total). */
  expected: number;
  /** The test's p-value for the observed count against `expected` (one-sided, in the direction observed). */
  pValue: number;
  /** The movement in plain words, e.g. "42 this month against about 18 expected from earlier months". */
  explanation: string;
}

/** A representative quote of a theme, redacted. */
export interface Quote {
  concernId: string;
  text: string;
}

/** A group of concerns about the same thing. */
export interface Theme {
  /** Stable for the same signature: derived from it. */
  id: string;
  label: string;
  /** Whether the label is the engine's or a facilitator's (a correction). */
  labelSource: 'engine' | 'facilitator';
  keyPhrases: string[];
  signature: ThemeSignature;
  /** The theme's concerns in the period. A concern belongs to at most one theme. */
  concernIds: string[];
  count: number;
  /** People who raised them (sum of raisedCount). */
  people: number;
  /** Every month of the analysis, oldest first, the period last. */
  monthly: MonthFigure[];
  trend: Trend;
  quotes: Quote[];
  spread: { channels: Count[]; areas: Count[]; categories: Count[] };
  /** Ids of the corrections that shaped this theme. */
  corrections: string[];
}

/** A place with a concentration of concerns in the period. */
export interface Place {
  /** An area, or a street name (never a house number). */
  name: string;
  kind: 'area' | 'street';
  count: number;
  /** The place's monthly average over the earlier months. */
  earlierAverage: number;
  concernIds: string[];
}

/** Response-time performance in the period against the office's targets. */
export interface ResponseFigures {
  /** Concerns with a target (all of the period's). */
  total: number;
  answeredInTime: Count;
  answeredLate: Count;
  /** Not answered yet, still within the target. */
  waiting: Count;
  /** Not answered and past the target. */
  overdue: Count;
  /** Median minutes from logging to the first answer, null when none was answered. */
  medianMinutesToAnswer: number | null;
  /** The same per priority. */
  byPriority: { priority: 'normal' | 'high' | 'top'; total: number; inTime: number; medianMinutesToAnswer: number | null }[];
}

/** Citizens who came back: counted, never named. */
export interface RepeatContacts {
  /** Citizens with two or more concerns in the period. */
  citizens: number;
  /** Their concerns in the period. */
  concernIds: string[];
  /** How many citizens raised 2, 3, 4… concerns: [{ key: '2', count: … }]. */
  distribution: Count[];
  /** Citizens of the period who had also raised a concern in an earlier month. */
  returningFromEarlierMonths: number;
}

/** What became of one of last month's themes. */
export interface LastMonthTheme {
  label: string;
  signature: ThemeSignature;
  concernIds: string[];
  resolved: number;
  inProgress: number;
  open: number;
  /** The same theme's concerns this month (0 when it did not come back). */
  thisMonth: number;
}

/** The engine's result for a period. */
export interface Analysis {
  period: Month;
  /** The months compared, oldest first, the period last. */
  months: Month[];
  /** All concerns per month. */
  totals: MonthFigure[];
  /** Themes with concerns in the period, biggest first (hidden ones left out). */
  themes: Theme[];
  /** Themes a facilitator hid: listed so they can be shown again. */
  hiddenThemes: Theme[];
  /** The period's concerns in no theme. */
  unthemed: string[];
  places: Place[];
  channels: Count[];
  priorities: Count[];
  /** null when the office has no response targets. */
  responseTimes: ResponseFigures | null;
  repeatContacts: RepeatContacts;
  lastMonth: LastMonthTheme[];
  /** How "emerging" and "fading" are decided, in plain words, for the interface. */
  method: { test: string; threshold: string; presence: string };
}
