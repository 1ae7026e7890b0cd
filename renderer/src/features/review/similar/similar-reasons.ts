/**
 * A similar concern's reasons in words, strongest first: "same street, 3 days apart, most words shared (oak,
 * fallen)". The reasons come as data from shared/domain/similar.ts; the wording lives here, in the catalogue.
 */
import type { SimilarReason } from '@shared/domain/similar';
import { t } from '../../../i18n';

/** Shares of the words at or above which they are "most" and "some" of the words (below: "a few"). */
export const WORD_SHARE_WORDING = { most: 0.5, some: 0.25 } as const;

/** One reason in words. */
export function reasonWords(reason: SimilarReason): string {
  switch (reason.kind) {
    case 'street':
      return t('reviewConcern.similar.reason.street');
    case 'area':
      return t('reviewConcern.similar.reason.area');
    case 'days':
      if (reason.days === 0) return t('reviewConcern.similar.reason.sameDay');
      if (reason.days === 1) return t('reviewConcern.similar.reason.oneDay');
      return t('reviewConcern.similar.reason.days', { days: reason.days });
    case 'words': {
      const words = reason.words.join(', ');
      if (reason.share >= WORD_SHARE_WORDING.most) return t('reviewConcern.similar.reason.wordsMost', { words });
      if (reason.share >= WORD_SHARE_WORDING.some) return t('reviewConcern.similar.reason.wordsSome', { words });
      return t('reviewConcern.similar.reason.wordsFew', { words });
    }
    case 'category':
      return t('reviewConcern.similar.reason.category');
    case 'tags':
      return t('reviewConcern.similar.reason.tags', { tags: reason.tags.map((tag) => `#${tag}`).join(' ') });
    case 'channel':
      return t('reviewConcern.similar.reason.channel');
  }
}

/** All the reasons in one line, in the order given. */
export function reasonsLine(reasons: readonly SimilarReason[]): string {
  return reasons.map(reasonWords).join(', ');
}
