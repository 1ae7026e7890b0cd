/**
 * Facilitators' changes from the meeting view, through the app's normal mutation path (runLocalMutation: the
 * shared mutator on this desk's database and its outbox entry in one transaction, then sync): correct a theme
 * (rename, merge, split, hide), undo a correction, pin a theme to the month's agenda. Each announces what was
 * done; a refusal comes back in plain words and nothing is written. The analysis runs again by itself when the
 * corrections change (useAnalysis reads them live).
 */
import type { Month, ThemeSignature } from '@shared/domain/meeting';
import type { MutatorArgs } from '@shared/sync/mutators';
import { t } from '../../../i18n';
import { useMeetingChange } from '../decisions/meeting-records';

/** A correction as the facilitator makes it (the mutator's arguments). */
export type CorrectionArgs = MutatorArgs<'correctTheme'>;

/** What a change gives back: undefined when done, the reason when refused. */
export type ActionResult = string | undefined;

/** The meeting's changes. */
export interface ThemeActions {
  /** `themeLabel`: the theme's label now, for the announcement. */
  correct(args: CorrectionArgs, themeLabel: string): Promise<ActionResult>;
  withdraw(correctionId: string): Promise<ActionResult>;
  pin(period: Month, signature: ThemeSignature, label: string): Promise<ActionResult>;
}

/** The words announced once a correction is made. */
export function correctionDone(args: CorrectionArgs, label: string): string {
  switch (args.kind) {
    case 'rename':
      return t('meeting.done.rename', { label: args.label });
    case 'merge':
      return t('meeting.done.merge', { label: args.label });
    case 'split':
      return t('meeting.done.split', { label: args.label });
    case 'hide':
      return t('meeting.done.hide', { label });
  }
}

/** The actions at this desk, stamped with its clock and staff name (the meeting's one change runner). */
export function useThemeActions(): ThemeActions {
  const { run } = useMeetingChange();
  return {
    correct: (args, themeLabel) => run('correctTheme', args, correctionDone(args, themeLabel)),
    withdraw: (id) => run('withdrawCorrection', { id }, t('meeting.done.undo')),
    pin: (period, signature, label) => run('pinToAgenda', { period, subject: { kind: 'theme', signature, label } }, t('meeting.done.pin', { label })),
  };
}
