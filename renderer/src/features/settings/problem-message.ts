/** Plain-language text for a refused category name. */
import { t } from '../../i18n';
import type { CategoryProblem } from './category-list';

/** The inline message shown under the box where the name was typed. */
export function problemMessage(problem: CategoryProblem): string {
  switch (problem.kind) {
    case 'empty':
      return t('settings.categories.error.empty');
    case 'tooLong':
      return t('settings.categories.error.tooLong', { max: problem.max });
    case 'duplicate':
      return t('settings.categories.error.duplicate', { existing: problem.existing });
  }
}
