/** Messages of the review queue (features/review/queue). */
export const reviewQueue = {
} as const;
