/**
 * Records a thank-you through the synced recordThanks mutator, and says so: announced when it is saved, or the
 * plain reason when it is refused (another desk thanked them first, the concern was unlinked meanwhile).
 */
import { useCallback, useState } from 'react';
import type { Project, ThanksMethod } from '@shared/domain/project';
import type { Contributor } from '@shared/domain/thanks';
import { runLocalMutation } from '../../../db';
import { useDesk } from '../../../app/desk-context';
import { useAnnounce } from '../../../app/announcer';
import { t } from '../../../i18n';

/** What the panel needs to record thank-yous. */
export interface ThanksRecorder {
  /** Records one thank-you; resolves true when saved, false when refused (the reason is in `problem`). */
  record(contributor: Contributor, method: ThanksMethod, note?: string): Promise<boolean>;
  /** Why the last thank-you was not recorded, if it was not. */
  readonly problem: string | undefined;
}

/** Returns record() for a project's contributors and the last refusal. */
export function useThanksRecorder(project: Project): ThanksRecorder {
  const { db, settings } = useDesk();
  const announce = useAnnounce();
  const [problem, setProblem] = useState<string>();
  const record = useCallback(
    async (contributor: Contributor, method: ThanksMethod, note = '') => {
      const name = contributor.name === '' ? t('thanks.noName') : contributor.name;
      const concernId = contributor.concernIds[0];
      if (concernId === undefined) return false;
      try {
        await runLocalMutation(
          db,
          'recordThanks',
          { projectId: project.id, concernId, contributorKey: contributor.key, method, note },
          { at: new Date().toISOString(), by: settings.staffName },
        );
        setProblem(undefined);
        announce(t('thanks.marked', { name, method: t(`thanks.method.${method}`) }));
        return true;
      } catch (error) {
        const reason = t('thanks.failed', { reason: error instanceof Error ? error.message : String(error) });
        setProblem(reason);
        announce(reason);
        return false;
      }
    },
    [db, settings.staffName, project.id, announce],
  );
  return { record, problem };
}
