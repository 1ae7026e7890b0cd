/** Messages of an open concern's review panel, timeline, similar concerns and mention alerts (features/review/concern, timeline, similar, mentions). */
export const reviewConcern = {
} as const;
