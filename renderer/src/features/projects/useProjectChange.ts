/**
 * Changes to projects as the projects' screens make them: the app's normal mutation path (runLocalMutation: the
 * shared mutator and its outbox entry in one transaction, then sync), announced when done. Someone who may not
 * keep projects (counter staff) is told who may, in plain words, and nothing is queued for the server to refuse.
 */
import { useCallback } from 'react';
import { rolesThatMay } from '@shared/domain/permissions';
import type { MutatorArgs } from '@shared/sync/mutators';
import { runLocalMutation } from '../../db';
import { useAnnounce } from '../../app/announcer';
import { useDesk } from '../../app/desk-context';
import { t } from '../../i18n';
import { toDayKey } from '../../lib/dates';
import { reasonOf } from '../review/actions/run-action';
import { usePermissions } from '../review/permissions';

/** The project mutators the screens run (recordThanks is the thank-you panel's). */
export type ProjectMutator = 'createProject' | 'editProject' | 'setProjectStatus' | 'linkConcerns' | 'unlinkConcern';

/** Runs a project change: undefined when done, the reason in words when refused. */
export type RunProjectChange = <N extends ProjectMutator>(name: N, args: MutatorArgs<N>, done: string) => Promise<string | undefined>;

/** Who may keep projects, as a sentence for someone who may not: "Only a facilitator, … can change projects …". */
export function projectsRefusal(): string {
  return t('projects.readOnly', { roles: rolesThatMay('manageProjects') });
}

/** The desk's local day (a status change's completed day is the day at the desk, not in UTC). */
export function deskDay(now = new Date()): string {
  return toDayKey(now);
}

/** Whether this desk may keep projects, the refusal to show otherwise, and the function that changes them. */
export function useProjectChange(): { mayManage: boolean; refusal: string; run: RunProjectChange } {
  const { db, settings } = useDesk();
  const announce = useAnnounce();
  const mayManage = usePermissions().may('manageProjects');
  const run = useCallback<RunProjectChange>(
    async (name, args, done) => {
      if (!mayManage) {
        const refusal = projectsRefusal();
        announce(t('projects.problem', { reason: refusal }));
        return refusal;
      }
      try {
        await runLocalMutation(db, name, args, { at: new Date().toISOString(), by: settings.staffName });
        announce(done);
        return undefined;
      } catch (error) {
        const { reason } = reasonOf(error);
        announce(t('projects.problem', { reason }));
        return reason;
      }
    },
    [db, settings.staffName, announce, mayManage],
  );
  return { mayManage, refusal: projectsRefusal(), run };
}
