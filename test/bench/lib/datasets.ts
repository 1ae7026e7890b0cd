/**
 * The labeled public data sets of ../shared/data as PatternConcerns with their human label: hwu64 (short
 * utterances, label = scenario_intent, no dates: every row in one month) and cfpb-payday (complaint narratives,
 * label = Issue, the real month received). Read with papaparse; nothing here is shipped with the project.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { PatternConcern } from '@shared/patterns/types';

/** A data set: concerns, each with its human label, and the month to analyse with how many months before it. */
export interface LabeledSet {
  name: string;
  concerns: PatternConcern[];
  labels: string[];
  period: string;
  history: number;
}

function concern(id: string, createdAt: string, text: string): PatternConcern {
  return {
    id, createdAt, text, category: '', channel: 'web', area: '', address: '', tags: [], priority: 'normal',
    status: 'new', firstResponseAt: null, raisedCount: 1, contactKey: '', personal: [],
  };
}

function rows(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });
  return parsed.data;
}

/** hwu64/hwu64.csv: text and label, all in 2024-01. */
export function loadHwu64(folder: string): LabeledSet {
  const data = rows(join(folder, 'hwu64', 'hwu64.csv'));
  return {
    name: 'hwu64',
    concerns: data.map((r, i) => concern(`h${String(i).padStart(6, '0')}`, '2024-01-15T12:00:00.000Z', r.text ?? '')),
    labels: data.map((r) => r.label ?? ''),
    period: '2024-01',
    history: 0,
  };
}

/** cfpb-payday/cfpb_payday_2023.csv: the narrative, its Issue, dated by Date received; analysed as Aug 2023 with Jan-Jul before it. */
export function loadCfpb(folder: string): LabeledSet {
  const data = rows(join(folder, 'cfpb-payday', 'cfpb_payday_2023.csv'));
  return {
    name: 'cfpb-payday',
    concerns: data.map((r, i) =>
      concern(`c${r['Complaint ID'] ?? i}`, `${r['Date received'] ?? '2023-01-01'}T12:00:00.000Z`, r['Consumer complaint narrative'] ?? ''),
    ),
    labels: data.map((r) => r.Issue ?? ''),
    period: '2023-08',
    history: 7,
  };
}
