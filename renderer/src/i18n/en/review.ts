/** Messages of the review view in the shell: its tab, and the palette's commands for it. */
export const review = {
  'command.showNotebook': 'Show the notebook',
  'command.showReview': 'Show the review queue',
  'view.label': 'Views',
  'view.notebook': 'Notebook',
  'view.review': 'Review queue',
  'view.reviewCount': '{count} waiting',
  'review.concernPage': 'Open concern',
  'review.backToQueue': 'Back to the review queue',
  'review.backToNotebook': 'Back to the notebook',
  'review.backToConcern': 'Back to the previous concern',
} as const;
