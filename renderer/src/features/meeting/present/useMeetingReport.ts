/**
 * The redacted report of a month's meeting (export/report.ts), built once the agenda, the decisions and the
 * personal data of the analysis's concerns are read: until then undefined, so nothing is shown or saved before
 * it can be redacted of that data.
 */
import { useMemo } from 'react';
import type { Month } from '@shared/domain/meeting';
import type { Analysis } from '@shared/patterns/types';
import { useToday } from '../../../app/useToday';
import { useAgenda, useDecisions, usePersonalData } from '../decisions/meeting-records';
import type { PersonalData } from '../export/privacy';
import { buildReport, type MeetingReport } from '../export/report';

/** The report and the personal data it was redacted of; undefined while either is read. */
export function useMeetingReport(analysis: Analysis, period: Month): { report: MeetingReport; personal: PersonalData } | undefined {
  const agenda = useAgenda(period);
  const decisions = useDecisions(period);
  const { personal, isRead } = usePersonalData(analysis);
  const today = useToday();
  return useMemo(() => {
    if (agenda === undefined || !isRead) return undefined;
    return { report: buildReport({ analysis, agenda, decisions, today, personal }), personal };
  }, [analysis, agenda, decisions, today, personal, isRead]);
}
