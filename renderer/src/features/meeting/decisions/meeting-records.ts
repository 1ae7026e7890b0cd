/**
 * The meeting's agenda and decisions as the meeting view's parts read and change them: live reads over the
 * desk's database (renderer/src/db/meeting.ts), and changes through the app's normal mutation path
 * (runLocalMutation: the shared mutator and its outbox entry in one transaction, then sync). Each change
 * announces what was done; a refusal comes back in plain words and nothing is written.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AgendaItem, MeetingDecision, Month } from '@shared/domain/meeting';
import type { Analysis } from '@shared/patterns/types';
import type { MutatorArgs } from '@shared/sync/mutators';
import { agendaOf, decisionsOf, decisionsOfMonthBefore, runLocalMutation, useLiveQuery } from '../../../db';
import { useDesk } from '../../../app/desk-context';
import { useAnnounce } from '../../../app/announcer';
import { usePermissions } from '../../review/permissions';
import { reasonOf } from '../../review/actions/run-action';
import { t } from '../../../i18n';
import { NO_PERSONAL_DATA, type PersonalData } from '../export/privacy';
import { readPersonalData, sentPersonalData } from '../export/personal-source';

const NONE: never[] = [];

/** The period's agenda in order; undefined while it is read. */
export function useAgenda(period: Month): readonly AgendaItem[] | undefined {
  const { db } = useDesk();
  return useLiveQuery(() => agendaOf(db, period), [db, period]);
}

/** The period's decisions and action items, not withdrawn, in the order recorded. */
export function useDecisions(period: Month): readonly MeetingDecision[] {
  const { db } = useDesk();
  return useLiveQuery(() => decisionsOf(db, period), [db, period]) ?? NONE;
}

/** The previous month's decisions and action items; undefined while they are read. */
export function usePreviousDecisions(period: Month): readonly MeetingDecision[] | undefined {
  const { db } = useDesk();
  return useLiveQuery(() => decisionsOfMonthBefore(db, period), [db, period]);
}

/**
 * The personal data of the analysis's concerns: as the worker sent it with the analysis, or else read once per
 * analysis; NO_PERSONAL_DATA until read.
 */
export function usePersonalData(analysis: Analysis): { personal: PersonalData; isRead: boolean } {
  const { db } = useDesk();
  const [read, setRead] = useState<{ analysis: Analysis; personal: PersonalData }>();
  const sent = sentPersonalData(analysis);
  useEffect(() => {
    if (sent !== undefined) return;
    let isCurrent = true;
    void readPersonalData(db, analysis).then((personal) => {
      if (isCurrent) setRead({ analysis, personal });
    });
    return () => {
      isCurrent = false;
    };
  }, [db, analysis, sent]);
  if (sent !== undefined) return { personal: sent, isRead: true };
  return read?.analysis === analysis ? { personal: read.personal, isRead: true } : { personal: NO_PERSONAL_DATA, isRead: false };
}

/** The mutators of the meeting's records (corrections, agenda, decisions). */
export type MeetingMutator =
  | 'correctTheme'
  | 'withdrawCorrection'
  | 'pinToAgenda'
  | 'moveAgendaItem'
  | 'unpinFromAgenda'
  | 'recordDecision'
  | 'editDecision'
  | 'completeDecision'
  | 'withdrawDecision';

/** Runs a meeting change at this desk: undefined when done, the reason when refused. */
export type RunMeetingChange = <N extends MeetingMutator>(name: N, args: MutatorArgs<N>, done: string) => Promise<string | undefined>;

/** Whether this desk may change the meeting's records, and the function that changes them. */
export function useMeetingChange(): { mayFacilitate: boolean; run: RunMeetingChange } {
  const { db, settings } = useDesk();
  const announce = useAnnounce();
  const mayFacilitate = usePermissions().may('facilitate');
  const run = useCallback<RunMeetingChange>(
    async (name, args, done) => {
      try {
        await runLocalMutation(db, name, args, { at: new Date().toISOString(), by: settings.staffName });
        announce(done);
        return undefined;
      } catch (error) {
        const { reason } = reasonOf(error);
        announce(t('present.problem', { reason }));
        return reason;
      }
    },
    [db, settings.staffName, announce],
  );
  return { mayFacilitate, run };
}
