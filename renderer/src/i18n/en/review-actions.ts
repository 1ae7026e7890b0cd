/** Messages of the review actions' dialogs (features/review/actions). */
export const reviewActions = {
} as const;
