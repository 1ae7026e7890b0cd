import { admin } from './admin';
import { alerts } from './alerts';
import { escalation } from './escalation';
import { fallback } from './fallback';
import { capture } from './capture';
import { common } from './common';
import { concern } from './concern';
import { concernForm } from './concern-form';
import { help } from './help';
import { historyImport } from './history-import';
import { palette } from './palette';
import { notebook } from './notebook';
import { office } from './office';
import { officeSettings } from './office-settings';
import { search } from './search';
import { settings } from './settings';
import { shell } from './shell';
import { shortcuts } from './shortcuts';
import { review } from './review';
import { reviewActions } from './review-actions';
import { reviewConcern } from './review-concern';
import { reviewQueue } from './review-queue';
import { meeting } from './meeting';
import { meetingPresent } from './meeting-present';
import { replies } from './replies';
import { thanks } from './thanks';
import { newsletter } from './newsletter';
import { projects } from './projects';
import { publicPage } from './public-page';
import { desktop } from './desktop';
import { open311 } from './open311';
import { suggestionForm } from './suggestion-form';

/** The English catalogue: the union of every feature's messages. */
export const en = {
  ...common,
  ...help,
  ...palette,
  ...settings,
  ...historyImport,
  ...shell,
  ...concern,
  ...capture,
  ...concernForm,
  ...notebook,
  ...search,
  ...shortcuts,
  ...office,
  ...admin,
  ...officeSettings,
  ...alerts,
  ...escalation,
  ...fallback,
  ...review,
  ...reviewQueue,
  ...reviewActions,
  ...reviewConcern,
  ...meeting,
  ...meetingPresent,
  ...replies,
  ...thanks,
  ...newsletter,
  ...projects,
  ...publicPage,
  ...desktop,
  ...open311,
  ...suggestionForm,
} as const;
